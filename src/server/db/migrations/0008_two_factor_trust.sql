-- Two-factor authentication that cannot silently go off, and a sign-in slow-down nobody can turn
-- against the account's owner.
--
-- users.two_factor_enabled_at: set when the first second factor is bound and cleared only when
-- the user turns 2FA off on purpose. An account that has it never reaches a full session on the
-- password alone: with no factor left (after a reset) it must set one up again, after a code
-- mailed to its address.
ALTER TABLE users ADD COLUMN two_factor_enabled_at timestamptz;
UPDATE users u SET two_factor_enabled_at = now()
  WHERE EXISTS (SELECT 1 FROM totp_credentials t WHERE t.user_id = u.id)
     OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id);

-- The mailed code of a set-up after a reset was entered in this (enrolment) session.
ALTER TABLE sessions ADD COLUMN email_proven_at timestamptz;

ALTER TABLE one_time_codes DROP CONSTRAINT one_time_codes_purpose_check;
ALTER TABLE one_time_codes ADD CONSTRAINT one_time_codes_purpose_check
  CHECK (purpose IN ('email_confirmation', 'password_reset', 'email_change', 'two_factor_recovery'));

-- A new backup code stays readable (encrypted) until the user confirms having stored it, so a
-- reload of the page that shows it once does not lose it.
ALTER TABLE backup_codes ADD COLUMN display_encrypted text;

-- Browsers that signed in to an account successfully before: a signed, revocable cookie that
-- exempts them from the account-wide slow-down, which otherwise anyone could set off.
-- One browser token may vouch for several accounts (a shared desk), hence the pair as key.
CREATE TABLE sign_in_devices (
  token_hash text NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (token_hash, user_id)
);
CREATE INDEX sign_in_devices_user_idx ON sign_in_devices (user_id);

-- The slow-down's counters now differ in their free attempts (per account and client, per account,
-- per address); each row keeps its own, so one statement can count an attempt on all of them.
ALTER TABLE login_throttles ADD COLUMN free_attempts integer NOT NULL DEFAULT 5;
