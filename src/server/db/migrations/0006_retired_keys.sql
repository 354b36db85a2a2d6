-- Key rotation: the data keys of former secret keys, kept sealed under the current secret key.
-- The register keeps every stay and version exactly as it was written (tamper evidence), so a
-- document number encrypted under an old key stays under it; its key is re-sealed here instead.
CREATE TABLE retired_keys (
  id text PRIMARY KEY,
  sealed text NOT NULL,
  retired_at timestamptz NOT NULL
);
