-- Organisations, users and roles: municipality settings and approval of new accommodations,
-- owners with several accommodations, invitations, email change, visible sessions, and an audit
-- log that cannot be changed or deleted.

-- What a municipality decides and shows: approval of new registrations, contact details for its
-- entrepreneurs, and the theme (a colour and a logo) of the pages its users and entrepreneurs see.
ALTER TABLE municipalities ADD COLUMN approval_required boolean NOT NULL DEFAULT false;
ALTER TABLE municipalities ADD COLUMN contact_email text;
ALTER TABLE municipalities ADD COLUMN contact_phone text;
ALTER TABLE municipalities ADD COLUMN contact_text text;
ALTER TABLE municipalities ADD COLUMN theme_color text CHECK (theme_color ~ '^#[0-9a-f]{6}$');
ALTER TABLE municipalities ADD COLUMN logo_type text CHECK (logo_type IN ('image/png', 'image/jpeg'));
ALTER TABLE municipalities ADD COLUMN logo bytea;

-- Approval: 'pending' until the municipality decides when it requires approval.
ALTER TABLE accommodations ADD COLUMN status text NOT NULL DEFAULT 'approved'
  CHECK (status IN ('pending', 'approved', 'rejected'));
ALTER TABLE accommodations ADD COLUMN rejection_reason text;
ALTER TABLE accommodations ADD COLUMN decided_at timestamptz;
CREATE INDEX accommodations_municipality_status_idx ON accommodations (municipality_id, status);

-- The accommodations a user works for. users.accommodation_id is the one they registered with or
-- were invited to; an owner may add more and switch between them (per session).
CREATE TABLE accommodation_members (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  accommodation_id uuid NOT NULL REFERENCES accommodations(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, accommodation_id)
);
CREATE INDEX accommodation_members_accommodation_idx ON accommodation_members (accommodation_id);
INSERT INTO accommodation_members (user_id, accommodation_id)
  SELECT id, accommodation_id FROM users WHERE accommodation_id IS NOT NULL;
CREATE INDEX users_municipality_idx ON users (municipality_id);

-- Sessions get a public id (the token hash is never shown) and the accommodation chosen in them.
ALTER TABLE sessions ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
CREATE UNIQUE INDEX sessions_id_idx ON sessions (id);
ALTER TABLE sessions ADD COLUMN accommodation_id uuid REFERENCES accommodations(id) ON DELETE SET NULL;

-- Invitations: single use, 7 days, revocable; the emailed token is stored as SHA-256.
CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  email text NOT NULL CHECK (email = lower(email)),
  name text,
  role text NOT NULL CHECK (role IN ('owner', 'staff', 'municipality', 'inspector')),
  accommodation_id uuid REFERENCES accommodations(id) ON DELETE CASCADE,
  municipality_id uuid REFERENCES municipalities(id),
  invited_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz,
  CHECK (
    (role IN ('owner', 'staff') AND accommodation_id IS NOT NULL AND municipality_id IS NULL)
    OR (role IN ('municipality', 'inspector') AND municipality_id IS NOT NULL AND accommodation_id IS NULL)
  )
);
CREATE INDEX invitations_accommodation_idx ON invitations (accommodation_id);
CREATE INDEX invitations_municipality_idx ON invitations (municipality_id);

-- Email change: the code goes to the new address, which is kept with it.
ALTER TABLE one_time_codes DROP CONSTRAINT one_time_codes_purpose_check;
ALTER TABLE one_time_codes ADD CONSTRAINT one_time_codes_purpose_check
  CHECK (purpose IN ('email_confirmation', 'password_reset', 'email_change'));
ALTER TABLE one_time_codes ADD COLUMN new_email text;

-- The audit log is append-only: the application can add events, never change or remove them.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events cannot be changed or deleted';
END
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_subject_idx ON audit_events (subject_user_id);
