-- The booking-system API for integrators (decision 0020).
--
-- Synchronisation reads the stays changed since a moment in a stable order (updated_at, id), a page
-- at a time with a cursor: stays added meanwhile come after the cursor instead of shifting pages.
-- The index of migration 0005 on (accommodation_id, updated_at) gets the id as its last column.
DROP INDEX stays_accommodation_updated_idx;
CREATE INDEX stays_accommodation_updated_idx ON stays (accommodation_id, updated_at, id);

-- Idempotency-Key: a creation sent again with the same key (and the same body) is answered as the
-- first time instead of registering the stay twice, also without a booking reference. A key belongs
-- to the accommodation (not the token, which a system may replace), is kept for 24 hours, and
-- holds no guest data: the answer's status and the stay's id, or a batch's per-item results.
CREATE TABLE api_idempotency_keys (
  accommodation_id uuid NOT NULL REFERENCES accommodations(id) ON DELETE CASCADE,
  key text NOT NULL,
  request_hash text NOT NULL,
  -- NULL while the first request is still being handled.
  status_code integer,
  answer jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (accommodation_id, key)
);
CREATE INDEX api_idempotency_keys_created_idx ON api_idempotency_keys (created_at);
