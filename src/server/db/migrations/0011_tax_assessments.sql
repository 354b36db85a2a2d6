-- Aangifte, then aanslag: the municipality's assessments (voorlopige and definitieve aanslagen,
-- recorded one by one or imported from its tax system) and the owners' requests for ambtshalve
-- vermindering after an aanslag. See docs/decisions/0011-assessments.md.

-- New municipalities file a return per year; existing ones keep the period they chose.
ALTER TABLE municipalities ALTER COLUMN tax_period SET DEFAULT 'year';

-- The return is due at least one calendar month after the period ends (AWR art. 10): 31 days
-- after the last day covers every month. Terms set shorter before are lengthened to that minimum.
ALTER TABLE municipalities DROP CONSTRAINT IF EXISTS municipalities_tax_deadline_days_check;
UPDATE municipalities SET tax_deadline_days = 31 WHERE tax_deadline_days < 31;
ALTER TABLE municipalities ALTER COLUMN tax_deadline_days SET DEFAULT 31;
ALTER TABLE municipalities ADD CONSTRAINT municipalities_tax_deadline_days_check CHECK (tax_deadline_days BETWEEN 31 AND 366);

-- An aanslag as the tax system issued it: for one accommodation (its company is the taxpayer)
-- and one period ('2026', '2026-Q2', '2026-04'), numbered by the municipality, dated
-- (dagtekening). Kept as issued: a mistake is put right by a new aanslag in the tax system.
CREATE TABLE tax_assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  accommodation_id uuid NOT NULL REFERENCES accommodations(id),
  period text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('voorlopig', 'definitief')),
  number text NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  dated_on date NOT NULL,
  source text NOT NULL CHECK (source IN ('portal', 'import')),
  recorded_at timestamptz NOT NULL,
  recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  UNIQUE (municipality_id, number)
);
CREATE INDEX tax_assessments_accommodation_idx ON tax_assessments (accommodation_id, period_start);
CREATE INDEX tax_assessments_municipality_idx ON tax_assessments (municipality_id, period_start);

CREATE FUNCTION tax_assessments_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a recorded tax assessment cannot be changed or deleted';
END
$$;
CREATE TRIGGER tax_assessments_locked BEFORE UPDATE OR DELETE ON tax_assessments
  FOR EACH ROW EXECUTE FUNCTION tax_assessments_locked();

-- "Verzoek om ambtshalve vermindering" (AWR art. 65): after a definitive aanslag a lower amount
-- is asked for with its reason, instead of a negative correctie-aangifte.
CREATE TABLE tax_reduction_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  accommodation_id uuid NOT NULL REFERENCES accommodations(id),
  assessment_id uuid NOT NULL REFERENCES tax_assessments(id),
  reduction_cents bigint NOT NULL CHECK (reduction_cents > 0),
  reason text NOT NULL,
  submitted_at timestamptz NOT NULL,
  submitted_by uuid REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX tax_reduction_requests_assessment_idx ON tax_reduction_requests (assessment_id);
CREATE INDEX tax_reduction_requests_municipality_idx ON tax_reduction_requests (municipality_id, submitted_at);
