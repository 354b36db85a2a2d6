-- Foundation: municipalities, accommodations, users, sessions, one-time codes, audit events,
-- the durable job queue, the development outbox and shared rate-limit counters.

CREATE TABLE municipalities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cbs_code text NOT NULL UNIQUE CHECK (cbs_code ~ '^GM[0-9]{4}$'),
  name text NOT NULL,
  two_factor_required boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accommodations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_id uuid NOT NULL REFERENCES municipalities(id),
  company_name text NOT NULL,
  address text NOT NULL,
  postcode text NOT NULL,
  city text NOT NULL,
  kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
  phone text,
  beds integer NOT NULL CHECK (beds BETWEEN 1 AND 100000),
  accommodation_type text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX accommodations_municipality_idx ON accommodations (municipality_id);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  name text,
  password_hash text,
  role text NOT NULL CHECK (role IN ('owner', 'staff', 'municipality', 'inspector', 'admin')),
  accommodation_id uuid REFERENCES accommodations(id),
  municipality_id uuid REFERENCES municipalities(id),
  email_confirmed_at timestamptz,
  active boolean NOT NULL DEFAULT true,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (
    (role IN ('owner', 'staff') AND accommodation_id IS NOT NULL)
    OR (role IN ('municipality', 'inspector') AND municipality_id IS NOT NULL AND accommodation_id IS NULL)
    OR (role = 'admin' AND accommodation_id IS NULL AND municipality_id IS NULL)
  )
);
CREATE INDEX users_accommodation_idx ON users (accommodation_id);

-- Only the SHA-256 of the cookie value is stored: a leaked table opens no session.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Emailed codes (confirmation, password reset); 192-bit random, so a SHA-256 hash suffices.
CREATE TABLE one_time_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('email_confirmation', 'password_reset')),
  code_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX one_time_codes_user_idx ON one_time_codes (user_id, purpose);

CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  action text NOT NULL,
  actor_user_id uuid REFERENCES users(id),
  subject_user_id uuid REFERENCES users(id),
  accommodation_id uuid REFERENCES accommodations(id),
  municipality_id uuid REFERENCES municipalities(id),
  ip text,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_accommodation_idx ON audit_events (accommodation_id, occurred_at);
CREATE INDEX audit_events_municipality_idx ON audit_events (municipality_id, occurred_at);

-- Durable queue: jobs are inserted in the transaction of the change that caused them.
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  run_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz
);
CREATE INDEX jobs_due_idx ON jobs (run_at, id) WHERE status = 'pending';

-- Development outbox: mail and SMS that would have been sent when no SMTP_URL/SMS_URL is set.
CREATE TABLE dev_outbox (
  id bigserial PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('mail', 'sms')),
  recipient text NOT NULL,
  subject text,
  body_text text NOT NULL,
  body_html text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Fixed-window counters shared by all app instances (used when no REDIS_URL is set).
CREATE TABLE rate_limit_counters (
  key text PRIMARY KEY,
  count integer NOT NULL,
  expires_at timestamptz NOT NULL
);

-- Failed sign-ins per email address (known or not), for the progressive slow-down.
CREATE TABLE login_throttles (
  email_hash text PRIMARY KEY,
  failures integer NOT NULL,
  blocked_until timestamptz,
  updated_at timestamptz NOT NULL
);
