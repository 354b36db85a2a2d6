-- The monthly copy as the municipality's choice, and retention that a tax audit survives (decision 0015).

-- The monthly copy of the register is the municipality's choice: off for new municipalities
-- (AVG data minimisation: a second copy of every guest outside the register), kept on for the
-- municipalities that had it before this migration, so nothing they rely on stops unannounced.
ALTER TABLE municipalities ADD COLUMN monthly_copy boolean NOT NULL DEFAULT true;
ALTER TABLE municipalities ALTER COLUMN monthly_copy SET DEFAULT false;

-- What a tax audit needs of a stay whose guests retention erased, per person and anonymously:
-- no names, no dates of birth, no document numbers. Written in the erasing transaction and
-- deleted five years after the end of the year of the definitive aanslag over the stay (or of
-- the stay's departure when there is none).
CREATE TABLE retained_tax_facts (
  stay_id uuid NOT NULL REFERENCES stays(id),
  person smallint NOT NULL CHECK (person >= 1),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  accommodation_id uuid NOT NULL REFERENCES accommodations(id),
  stay_number integer NOT NULL,
  arrival date NOT NULL,
  departure date NOT NULL,
  nights integer NOT NULL CHECK (nights >= 0),
  -- Completed years at arrival, 0-17 as they were and 18 for every adult; NULL when unknown.
  age_band smallint CHECK (age_band BETWEEN 0 AND 18),
  resident boolean NOT NULL,
  purpose text NOT NULL,
  exemption_reason text,
  -- This person's share of the lodging price incl. VAT, in cents (cumulative rounding over the
  -- persons, so the shares add up to the stay's price); NULL without a price.
  base_cents bigint,
  erased_at timestamptz NOT NULL,
  PRIMARY KEY (stay_id, person)
);
CREATE INDEX retained_tax_facts_municipality_idx ON retained_tax_facts (municipality_id, arrival);
