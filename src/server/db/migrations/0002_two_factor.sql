-- Two-factor authentication: authenticator app (TOTP), backup code, SMS backup, passkeys,
-- remembered devices, the company-level policy and the stage of a session.

ALTER TABLE accommodations ADD COLUMN two_factor_required boolean NOT NULL DEFAULT false;

-- 'challenge': password checked, second factor pending (5 minutes, grants nothing else);
-- 'enrolment': password checked, 2FA mandatory but not set up (grants only the set-up);
-- 'full': signed in. second_factor_at is when the second factor was last proven (step-up).
ALTER TABLE sessions ADD COLUMN stage text NOT NULL DEFAULT 'full'
  CHECK (stage IN ('challenge', 'enrolment', 'full'));
ALTER TABLE sessions ADD COLUMN second_factor_at timestamptz;
ALTER TABLE sessions ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0;

-- The authenticator-app secret, AES-256-GCM encrypted. last_used_step refuses a replayed code.
CREATE TABLE totp_credentials (
  user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  secret_encrypted text NOT NULL,
  created_at timestamptz NOT NULL,
  last_used_step bigint NOT NULL DEFAULT 0
);

-- A secret being set up; kept 15 minutes so the QR code stays the same while the user scans.
CREATE TABLE totp_enrolments (
  user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  secret_encrypted text NOT NULL,
  created_at timestamptz NOT NULL
);

-- The one-time emergency code, as an argon2id hash (fewer than 112 bits: ASVS 5.0 §6.5.2).
CREATE TABLE backup_codes (
  user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE sms_phones (
  user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  phone text NOT NULL,
  verified_at timestamptz,
  created_at timestamptz NOT NULL
);

-- 6-digit SMS codes, stored as HMAC under the server key, 5 minutes, 5 attempts.
CREATE TABLE sms_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('verify_phone', 'sign_in')),
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX sms_codes_user_idx ON sms_codes (user_id, purpose, created_at);

CREATE TABLE passkeys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  credential_id text NOT NULL UNIQUE,
  public_key text NOT NULL,
  counter bigint NOT NULL DEFAULT 0,
  transports text[] NOT NULL DEFAULT '{}',
  name text NOT NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz
);
CREATE INDEX passkeys_user_idx ON passkeys (user_id);

-- WebAuthn challenges, single use, bound to the session that asked for them.
CREATE TABLE webauthn_challenges (
  session_token_hash text PRIMARY KEY REFERENCES sessions(token_hash) ON DELETE CASCADE,
  challenge text NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('register', 'authenticate')),
  expires_at timestamptz NOT NULL
);

-- "Dit apparaat 30 dagen onthouden": the cookie holds a random token, the table its SHA-256.
CREATE TABLE trusted_devices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  last_used_at timestamptz,
  user_agent text,
  ip text
);
CREATE INDEX trusted_devices_user_idx ON trusted_devices (user_id);
