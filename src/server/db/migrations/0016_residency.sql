-- Residency per person from the Dutch postcode and house number (decision 0016).
--
-- Gemeentewet art. 224 levies the tourist tax on those not registered (BRP) at an address in
-- the municipality. Until now a whole stay was exempt when the main guest's free-text place of
-- residence equalled the municipality's name. Now each person counts: the main guest lives in
-- the municipality when the owner says so, or else when the postcode table puts the guest's
-- postcode and house number in it; a co-traveller when registered at the same address as a
-- resident main guest. Everyone else is taxed.

-- The postcode table: CBS's yearly "postcode-huisnummer" publication (PC6 and house number to
-- municipality), kept as ranges of house numbers, replaceable by the operator
-- (`npm run admin -- import-postcodes`). A row with a 4-digit postcode covers the whole area
-- where no 6-digit row says otherwise (the example table shipped with the app uses those).
CREATE TABLE postcode_ranges (
  postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}([A-Z]{2})?$'),
  from_number integer NOT NULL CHECK (from_number >= 0),
  to_number integer NOT NULL,
  municipality_code text NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
  PRIMARY KEY (postcode, from_number),
  CHECK (to_number >= from_number)
);

-- Which table is loaded: its source (the CBS file's name, or the example) and when.
CREATE TABLE postcode_table (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  source text NOT NULL,
  example boolean NOT NULL,
  areas integer NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

-- The example: the postcode areas (PC4) of the demo municipalities, so the demo and a new
-- instance show the lookup at work. Not a CBS file: the operator loads that one.
INSERT INTO postcode_ranges (postcode, from_number, to_number, municipality_code)
SELECT pc::text, 0, 99999, code FROM (
  SELECT generate_series(1011, 1109) AS pc, 'GM0363' AS code
  UNION ALL SELECT generate_series(7001, 7009), 'GM0222'
  UNION ALL SELECT generate_series(7411, 7429), 'GM0150'
  UNION ALL SELECT generate_series(6901, 6905), 'GM0299'
  UNION ALL SELECT generate_series(6941, 6942), 'GM1955'
  UNION ALL SELECT generate_series(6601, 6603), 'GM0296'
) demo;
INSERT INTO postcode_table (source, example, areas)
VALUES ('Voorbeeldtabel: postcodegebieden van de demogemeenten', true, (SELECT count(*) FROM postcode_ranges));

-- The municipality (GM0000) of a postcode ("7001 AB", any case and spacing) and house number:
-- the 6-digit row whose range holds the number, else the 4-digit area's; NULL when unknown.
CREATE FUNCTION postcode_municipality(address_postcode text, address_number integer) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT r.municipality_code FROM postcode_ranges r
  WHERE r.postcode IN (upper(regexp_replace(coalesce(address_postcode, ''), '\s', '', 'g')),
                       left(upper(regexp_replace(coalesce(address_postcode, ''), '\s', '', 'g')), 4))
    AND address_number BETWEEN r.from_number AND r.to_number
  ORDER BY length(r.postcode) DESC
  LIMIT 1
$$;

-- How many of the stay's persons live in the municipality; `resident` keeps saying whether the
-- main guest does. A stay registered before this migration keeps its earlier answer (the whole
-- stay when its main guest counted as resident) until its guests are corrected.
ALTER TABLE stays ADD COLUMN residents smallint NOT NULL DEFAULT 0;
UPDATE stays SET residents = CASE WHEN resident THEN persons ELSE 0 END;
ALTER TABLE stays ADD CONSTRAINT stays_residents_check CHECK (residents >= 0 AND residents <= persons);

-- The tax facts of a stay, filled from the guest data on every write that changes them, so every
-- way of registering gives the same answer: the main guest's residency (the owner's statement in
-- guest.resident, else the postcode table for a guest living in the Netherlands), the count of
-- residents (co-travellers with sameAddress follow the main guest), and the ages at arrival of
-- the persons who are not residents and whose date of birth is known: only they can be exempt
-- as children, a resident is exempt already. Where the municipality does not ask the date of birth
-- (decision 0017) the answer to "jonger dan N?" counts: younger gives N - 1 (an upper bound, so the
-- person is under every age from N up), not younger gives 120 (under no age).
CREATE OR REPLACE FUNCTION stays_tax_facts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  own_code text;
  main_resident boolean;
BEGIN
  IF NEW.guest IS NULL OR (TG_OP = 'UPDATE' AND NEW.guest IS NOT DISTINCT FROM OLD.guest
      AND NEW.co_travellers IS NOT DISTINCT FROM OLD.co_travellers AND NEW.arrival = OLD.arrival
      AND NEW.persons = OLD.persons AND NEW.municipality_id = OLD.municipality_id) THEN
    IF TG_OP = 'UPDATE' THEN
      NEW.guest_ages := OLD.guest_ages;
      NEW.resident := OLD.resident;
      NEW.residents := OLD.residents;
    END IF;
    RETURN NEW;
  END IF;
  SELECT cbs_code INTO own_code FROM municipalities WHERE id = NEW.municipality_id;
  IF jsonb_typeof(NEW.guest->'resident') = 'boolean' THEN
    main_resident := (NEW.guest->>'resident')::boolean;
  ELSE
    main_resident := coalesce(NEW.guest->>'country', '') = 'NL'
      AND jsonb_typeof(NEW.guest->'houseNumber') = 'number'
      AND postcode_municipality(NEW.guest->>'postcode', (NEW.guest->>'houseNumber')::integer) IS NOT DISTINCT FROM own_code
      AND own_code IS NOT NULL;
  END IF;
  NEW.resident := coalesce(main_resident, false);
  SELECT NEW.resident::int + count(*) FILTER (WHERE NEW.resident AND c->>'sameAddress' = 'true')
    INTO NEW.residents
    FROM jsonb_array_elements(coalesce(NEW.co_travellers, '[]'::jsonb)) c;
  SELECT coalesce(array_agg(
           CASE WHEN b ~ '^\d{4}-\d{2}-\d{2}$' AND b::date <= NEW.arrival THEN extract(year FROM age(NEW.arrival, b::date))::smallint
                WHEN (y->>'younger')::boolean THEN ((y->>'age')::int - 1)::smallint
                ELSE 120::smallint END ORDER BY n), '{}')
    INTO NEW.guest_ages
    FROM (
      SELECT 0 AS n, NEW.guest->>'dateOfBirth' AS b, NEW.guest->'youngerThan' AS y, NEW.resident AS lives_here
      UNION ALL
      SELECT n, c->>'dateOfBirth', c->'youngerThan', NEW.resident AND c->>'sameAddress' = 'true'
      FROM jsonb_array_elements(coalesce(NEW.co_travellers, '[]'::jsonb)) WITH ORDINALITY AS t (c, n)
    ) births
    WHERE NOT lives_here
      AND ((b ~ '^\d{4}-\d{2}-\d{2}$' AND b::date <= NEW.arrival) OR jsonb_typeof(y) = 'object');
  RETURN NEW;
END
$$;
