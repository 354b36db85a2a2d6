-- Exemptions from the by-laws' own list (docs/decisions/0014-exemptions.md): a stay's purpose may
-- be a stay in a toegelaten zorginstelling, in the care of the COA, an organised youth group or a
-- person liable to forensenbelasting; a rule chooses its exemptions from a list and may tax a
-- purpose at a rate of its own. Residents are exempt by law, so the rule's switch goes.

ALTER TABLE stays DROP CONSTRAINT IF EXISTS stays_purpose_check;
ALTER TABLE stays ADD CONSTRAINT stays_purpose_check
  CHECK (purpose IN ('tourist', 'international_worker', 'care_stay', 'coa', 'youth_group', 'forensen'));

ALTER TABLE tax_rules ADD COLUMN exemptions text[] NOT NULL DEFAULT '{}'
  CHECK (exemptions <@ ARRAY['under_age', 'international_worker', 'care_stay', 'coa', 'youth_group', 'forensen']::text[]);
-- Cents per person per night by purpose, e.g. {"international_worker": 150}.
ALTER TABLE tax_rules ADD COLUMN purpose_rates jsonb NOT NULL DEFAULT '{}'::jsonb;

-- The children's exemption applied wherever an age was set; international workers where switched on.
UPDATE tax_rules SET exemptions =
  (CASE WHEN exempt_under_age IS NOT NULL THEN ARRAY['under_age'] ELSE ARRAY[]::text[] END)
  || (CASE WHEN exempt_international_workers THEN ARRAY['international_worker'] ELSE ARRAY[]::text[] END);

ALTER TABLE tax_rules DROP COLUMN exempt_residents;
ALTER TABLE tax_rules DROP COLUMN exempt_international_workers;
