-- Tourist tax (Gemeentewet art. 224): the municipality's rules, the owners' returns, and what a
-- stay keeps for tax after retention has erased its guests.

-- How often an accommodation files a return, and how many days after the period it is due.
ALTER TABLE municipalities ADD COLUMN tax_period text NOT NULL DEFAULT 'quarter'
  CHECK (tax_period IN ('month', 'quarter', 'year'));
ALTER TABLE municipalities ADD COLUMN tax_deadline_days integer NOT NULL DEFAULT 30
  CHECK (tax_deadline_days BETWEEN 1 AND 366);

-- Hotel classification, where a by-law taxes by stars (Maastricht).
ALTER TABLE accommodations ADD COLUMN star_rating smallint CHECK (star_rating BETWEEN 1 AND 5);

-- A version of a rule: valid from a day on for one accommodation type (NULL: every type) and one
-- star rating (NULL: every rating), until a newer version with the same type and stars starts.
CREATE TABLE tax_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  accommodation_type text,
  star_rating smallint CHECK (star_rating BETWEEN 1 AND 5),
  valid_from date NOT NULL,
  per_person_night_cents integer CHECK (per_person_night_cents >= 0),
  percentage_basis_points integer CHECK (percentage_basis_points BETWEEN 0 AND 10000),
  night_cap integer CHECK (night_cap >= 1),
  forfait_per_pitch_cents integer CHECK (forfait_per_pitch_cents >= 0),
  exempt_under_age integer CHECK (exempt_under_age BETWEEN 1 AND 100),
  exempt_residents boolean NOT NULL DEFAULT true,
  exempt_international_workers boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX tax_rules_version_idx
  ON tax_rules (municipality_id, coalesce(accommodation_type, ''), coalesce(star_rating, 0), valid_from);

-- A submitted return or correction: locked, numbered per municipality and year. totals holds
-- the register's figures at submission (TaxTotals), lines the per-stay detail behind them.
ALTER TABLE municipalities ADD COLUMN last_tax_return_number integer NOT NULL DEFAULT 0;
CREATE TABLE tax_returns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  accommodation_id uuid NOT NULL REFERENCES accommodations(id),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  period text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('return', 'correction')),
  -- Corrections of one period are numbered 1, 2, … after the return (sequence 0).
  sequence integer NOT NULL,
  totals jsonb NOT NULL,
  lines jsonb NOT NULL,
  rules jsonb NOT NULL,
  correction_cents bigint NOT NULL DEFAULT 0,
  correction_reason text,
  platform_deduction_cents bigint NOT NULL DEFAULT 0,
  platform_reference text,
  seasonal_pitches integer NOT NULL DEFAULT 0,
  -- What the whole period now comes to (this return and those before it), and what this one adds.
  total_cents bigint NOT NULL,
  amount_due_cents bigint NOT NULL,
  submitted_at timestamptz NOT NULL,
  submitted_by uuid REFERENCES users(id) ON DELETE SET NULL,
  UNIQUE (accommodation_id, period_start, sequence)
);
CREATE INDEX tax_returns_municipality_idx ON tax_returns (municipality_id, period_start);

CREATE FUNCTION tax_returns_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a submitted tax return cannot be changed or deleted';
END
$$;
CREATE TRIGGER tax_returns_locked BEFORE UPDATE OR DELETE ON tax_returns
  FOR EACH ROW EXECUTE FUNCTION tax_returns_locked();

-- Reminders and overdue notices, each sent once per accommodation and period.
CREATE TABLE tax_notices (
  accommodation_id uuid NOT NULL REFERENCES accommodations(id),
  period text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('reminder', 'overdue')),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (accommodation_id, period, kind)
);

-- What a stay keeps for tax once retention has erased its guests: the ages at arrival of the
-- guests whose date of birth is known, and whether the main guest lives in the municipality.
-- Filled by a trigger from the guest data on every write, so every way of registering (staff,
-- self check-in, import, API, corrections) gives the same answer; kept when the guests go.
ALTER TABLE stays ADD COLUMN guest_ages smallint[] NOT NULL DEFAULT '{}';
ALTER TABLE stays ADD COLUMN resident boolean NOT NULL DEFAULT false;

CREATE FUNCTION stays_tax_facts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  municipality_name text;
BEGIN
  IF NEW.guest IS NULL THEN
    IF TG_OP = 'UPDATE' THEN
      NEW.guest_ages := OLD.guest_ages;
      NEW.resident := OLD.resident;
    END IF;
    RETURN NEW;
  END IF;
  SELECT name INTO municipality_name FROM municipalities WHERE id = NEW.municipality_id;
  NEW.resident := coalesce(NEW.guest->>'country', '') = 'NL'
    AND lower(btrim(coalesce(NEW.guest->>'residence', ''))) = lower(btrim(coalesce(municipality_name, '')));
  SELECT coalesce(array_agg(extract(year FROM age(NEW.arrival, b::date))::smallint), '{}')
    INTO NEW.guest_ages
    FROM (
      SELECT NEW.guest->>'dateOfBirth' AS b
      UNION ALL
      SELECT c->>'dateOfBirth' FROM jsonb_array_elements(coalesce(NEW.co_travellers, '[]'::jsonb)) c
    ) births
    WHERE b ~ '^\d{4}-\d{2}-\d{2}$' AND b::date <= NEW.arrival;
  RETURN NEW;
END
$$;
CREATE TRIGGER stays_tax_facts BEFORE INSERT OR UPDATE ON stays
  FOR EACH ROW EXECUTE FUNCTION stays_tax_facts();
UPDATE stays SET guest = guest WHERE guest IS NOT NULL;

-- Returns read the stays of one accommodation in a period, and notice which changed after a
-- return was submitted.
CREATE INDEX stays_accommodation_updated_idx ON stays (accommodation_id, updated_at);
