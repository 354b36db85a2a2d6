-- The night register: units (rooms, pitches, chalets), stays with their guests, the versions
-- that make the register tamper-evident, self check-in, API tokens for booking systems, reports
-- of an accommodation's start, takeover, move or closure, and the municipality's register settings.

-- GiST indexes over (tenant, nights) answer "who stayed in night D" without scanning history.
-- In public, not in the schema being migrated: schemas may come and go (tests), the extension is
-- the database's. Default operator classes are found whatever the search_path.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

-- What a municipality decides about the register: whether the document number of foreign guests
-- is recorded (off by default, AVG), how long guest data is kept, and its privacy statement.
ALTER TABLE municipalities ADD COLUMN record_document_number boolean NOT NULL DEFAULT false;
ALTER TABLE municipalities ADD COLUMN retention_months integer NOT NULL DEFAULT 24
  CHECK (retention_months BETWEEN 12 AND 84);
ALTER TABLE municipalities ADD COLUMN privacy_statement text;

-- Per accommodation: the last stay number handed out (numbers are continuous and never reused),
-- the head of the hash chain over every version, the self check-in link and a privacy statement.
ALTER TABLE accommodations ADD COLUMN last_stay_number integer NOT NULL DEFAULT 0;
ALTER TABLE accommodations ADD COLUMN register_head text NOT NULL DEFAULT '';
ALTER TABLE accommodations ADD COLUMN check_in_token text UNIQUE;
ALTER TABLE accommodations ADD COLUMN privacy_statement text;

CREATE TABLE units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  accommodation_id uuid NOT NULL REFERENCES accommodations(id) ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('room', 'apartment', 'chalet', 'pitch', 'dormitory', 'other')),
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
  -- An exclusive unit holds one stay per night (a room); a shared one many (a dormitory).
  exclusive boolean NOT NULL DEFAULT true,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX units_name_idx ON units (accommodation_id, lower(name));

CREATE TABLE stays (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  accommodation_id uuid NOT NULL REFERENCES accommodations(id),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  number integer NOT NULL CHECK (number >= 1),
  version integer NOT NULL DEFAULT 1,
  -- pending: a guest's self check-in, waiting for staff to confirm it.
  status text NOT NULL CHECK (status IN ('pending', 'registered', 'cancelled')),
  source text NOT NULL CHECK (source IN ('staff', 'self_check_in', 'import', 'api')),
  unit_id uuid REFERENCES units(id),
  arrival date NOT NULL,
  departure date NOT NULL,
  nights daterange GENERATED ALWAYS AS (daterange(arrival, departure, '[)')) STORED,
  persons integer NOT NULL CHECK (persons BETWEEN 1 AND 1000),
  purpose text NOT NULL CHECK (purpose IN ('tourist', 'international_worker')),
  employer_name text,
  booking_reference text,
  lodging_price_cents bigint CHECK (lodging_price_cents >= 0),
  checked_in_at timestamptz,
  checked_out_at timestamptz,
  -- The guests: personal data, emptied by the retention job (erased_at set).
  guest jsonb,
  co_travellers jsonb,
  signature text,
  surname_search text,
  erased_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (departure > arrival),
  UNIQUE (accommodation_id, number)
);
CREATE INDEX stays_accommodation_nights_idx ON stays USING gist (accommodation_id, nights);
-- Across a municipality a night holds thousands of guests: the index carries what is needed to
-- count and order them (an index-only scan), so only the rows shown are read from the table.
CREATE INDEX stays_municipality_nights_idx ON stays USING gist (municipality_id, nights)
  INCLUDE (id, accommodation_id, number, persons) WHERE status <> 'cancelled';
CREATE INDEX stays_accommodation_arrival_idx ON stays (accommodation_id, arrival);
CREATE INDEX stays_accommodation_departure_idx ON stays (accommodation_id, departure);
CREATE INDEX stays_unit_idx ON stays (unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX stays_retention_idx ON stays (municipality_id, departure) WHERE erased_at IS NULL;
CREATE INDEX stays_pending_idx ON stays (accommodation_id) WHERE status = 'pending';
-- "Lange verblijven": stays of four weeks or more are few, so their own index stays small.
CREATE INDEX stays_long_idx ON stays (municipality_id, departure) WHERE departure - arrival >= 28;
-- Re-importing a file or re-posting a batch creates nothing twice: booking reference + arrival.
CREATE UNIQUE INDEX stays_booking_idx ON stays (accommodation_id, booking_reference, arrival)
  WHERE booking_reference IS NOT NULL;

-- Every change of a stay is a new version, chained per accommodation:
--   chain_hash = sha256(previous chain_hash | stay number | version | recorded_at | data_hash).
-- data holds the stay as it was (emptied by retention; data_hash stays, so the chain still checks).
CREATE TABLE stay_versions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  accommodation_id uuid NOT NULL REFERENCES accommodations(id),
  stay_id uuid NOT NULL REFERENCES stays(id),
  stay_number integer NOT NULL,
  version integer NOT NULL,
  change text NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  reason text,
  data jsonb,
  data_hash text NOT NULL,
  chain_hash text NOT NULL,
  UNIQUE (stay_id, version)
);
CREATE INDEX stay_versions_accommodation_idx ON stay_versions (accommodation_id, id);

-- Stays are never deleted nor renumbered; versions are never changed, only emptied by retention.
CREATE FUNCTION stays_keep_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'stays cannot be deleted';
  END IF;
  IF NEW.number <> OLD.number OR NEW.accommodation_id <> OLD.accommodation_id THEN
    RAISE EXCEPTION 'a stay keeps its number and accommodation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER stays_keep_number BEFORE UPDATE OR DELETE ON stays
  FOR EACH ROW EXECUTE FUNCTION stays_keep_number();

CREATE FUNCTION stay_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.data IS NULL
     AND (NEW.id, NEW.stay_id, NEW.version, NEW.data_hash, NEW.chain_hash, NEW.recorded_at)
       IS NOT DISTINCT FROM (OLD.id, OLD.stay_id, OLD.version, OLD.data_hash, OLD.chain_hash, OLD.recorded_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'stay versions cannot be changed or deleted';
END
$$;
CREATE TRIGGER stay_versions_append_only BEFORE UPDATE OR DELETE ON stay_versions
  FOR EACH ROW EXECUTE FUNCTION stay_versions_append_only();

-- Tokens for booking and property-management systems: shown once, stored as SHA-256.
CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  accommodation_id uuid NOT NULL REFERENCES accommodations(id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_accommodation_idx ON api_tokens (accommodation_id);

-- Start, takeover, move or closure of an accommodation, reported to the municipality.
CREATE TABLE accommodation_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  accommodation_id uuid NOT NULL REFERENCES accommodations(id) ON DELETE CASCADE,
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  kind text NOT NULL CHECK (kind IN ('start', 'takeover', 'move', 'closure')),
  effective_date date NOT NULL,
  details text NOT NULL DEFAULT '',
  reported_by uuid REFERENCES users(id) ON DELETE SET NULL,
  reported_at timestamptz NOT NULL
);
CREATE INDEX accommodation_reports_municipality_idx ON accommodation_reports (municipality_id, reported_at DESC);
CREATE INDEX accommodation_reports_accommodation_idx ON accommodation_reports (accommodation_id);

-- Daily tasks (retention) run once a day however many instances run: the first to insert the
-- day's row runs it.
CREATE TABLE scheduled_runs (
  task text NOT NULL,
  day date NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  result jsonb,
  PRIMARY KEY (task, day)
);
