// Progressive slow-down of sign-in attempts that nobody can turn against the account's owner
// (ASVS 5.0 §6.3.1, "without malicious lockout"). An attempt is counted atomically *before* it
// is checked, so parallel attempts cannot slip past the count. Counters, each with its own number
// of free attempts before the waits start (and then double, up to a ceiling):
//   - per account and client: the client is a browser that signed in to this account before (its
//     sign-in device cookie), otherwise the IP address. Only this one ever applies to a vouched
//     browser, so failures elsewhere never slow the owner down in their own browser;
//   - per account, and per IP address over all accounts: only for clients without such a proof,
//     with far more free attempts (a distributed guess, a spray over many accounts).
// Unknown addresses are counted like known ones, so the answers reveal nothing.
import { inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/client.ts';
import { loginThrottles } from '../../../db/schema.ts';
import type { Deps, Limits } from '../../../deps.ts';
import { sha256 } from '../../../platform/crypto.ts';
import { AppError } from '../../../platform/errors.ts';

/** Attempts older than this are forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

export interface ThrottleKey {
  key: string;
  /** Attempts before the waits begin. */
  free: number;
  /** The key of this account and client: cleared on success (the shared ones only give the attempt back). */
  own: boolean;
}

/** Who is trying: the IP address, and the sign-in device token when its browser vouches for the account. */
export interface Client {
  ip: string;
  vouchedDevice?: string;
}

/** The counters of one kind of attempt ('login' or '2fa') on one account (email or user id) by one client. */
export function throttleKeys(kind: 'login' | '2fa', account: string, client: Client, limits: Limits): ThrottleKey[] {
  if (client.vouchedDevice) {
    return [{ key: sha256(`${kind}:${account}:device:${client.vouchedDevice}`), free: limits.loginFreeFailures, own: true }];
  }
  const keys: ThrottleKey[] = [
    { key: sha256(`${kind}:${account}:ip:${client.ip}`), free: limits.loginFreeFailures, own: true },
    { key: sha256(`${kind}:${account}`), free: limits.loginAccountFreeFailures, own: false },
  ];
  if (kind === 'login') keys.push({ key: sha256(`${kind}-ip:${client.ip}`), free: limits.loginClientFreeFailures, own: false });
  return keys;
}

/**
 * Counts one attempt on every key, or throws LOGIN_THROTTLED (counting nothing) while any of them
 * waits. One statement: each key's upsert also starts the wait when its count reaches the free
 * attempts, so parallel attempts queue on the row lock and those after the one that started the
 * wait find it waiting and are refused uncounted.
 */
export async function beginAttempt(deps: Pick<Deps, 'db' | 'clock' | 'limits'>, keys: ThrottleKey[]): Promise<void> {
  const now = deps.clock.now();
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const { loginFirstDelayMs: first, loginMaxDelayMs: max } = deps.limits;
  const values = sql.join(
    keys.map((k) => sql`(${k.key}, ${k.free}::int)`),
    sql`, `,
  );
  const attempts = sql`(CASE WHEN t.updated_at < ${forgetBefore} THEN 1 ELSE t.failures + 1 END)`;
  const waitFrom = (count: SQL, free: SQL) =>
    sql`CASE WHEN ${count} >= ${free}
      THEN ${now}::timestamptz + LEAST(${first} * power(2, LEAST(${count} - ${free}, 40)), ${max}) * interval '1 millisecond'
      ELSE NULL END`;
  const counted = await queryRows<{ key: string }>(
    deps.db,
    sql`WITH keys (email_hash, free) AS (VALUES ${values}),
      waiting AS (SELECT 1 FROM login_throttles w JOIN keys USING (email_hash) WHERE w.blocked_until > ${now})
    INSERT INTO login_throttles AS t (email_hash, failures, updated_at, free_attempts, blocked_until)
      SELECT email_hash, 1, ${now}, free, ${waitFrom(sql`1`, sql`free`)} FROM keys WHERE NOT EXISTS (SELECT 1 FROM waiting)
    ON CONFLICT (email_hash) DO UPDATE SET
      failures = ${attempts},
      updated_at = ${now},
      free_attempts = EXCLUDED.free_attempts,
      blocked_until = ${waitFrom(attempts, sql`EXCLUDED.free_attempts`)}
      WHERE t.blocked_until IS NULL OR t.blocked_until <= ${now}
    RETURNING t.email_hash AS key`,
  );
  if (counted.length === keys.length) return;
  const waits = await deps.db
    .select({ until: loginThrottles.blockedUntil })
    .from(loginThrottles)
    .where(
      inArray(
        loginThrottles.emailHash,
        keys.map((k) => k.key),
      ),
    );
  throw throttled(
    waits.map((w) => w.until),
    now,
  );
}

/** A correct attempt: this client's counter starts again; the shared ones get the attempt back. */
export async function attemptSucceeded(tx: Db, keys: ThrottleKey[]): Promise<void> {
  const own = keys.filter((k) => k.own).map((k) => k.key);
  const shared = keys.filter((k) => !k.own).map((k) => k.key);
  if (shared.length === 0) {
    await tx.delete(loginThrottles).where(inArray(loginThrottles.emailHash, own));
    return;
  }
  await tx.execute(sql`WITH own AS (DELETE FROM login_throttles WHERE email_hash IN (${sql.join(own, sql`, `)}))
    UPDATE login_throttles SET failures = GREATEST(failures - 1, 0) WHERE email_hash IN (${sql.join(shared, sql`, `)})`);
}

function throttled(until: Array<Date | null>, now: Date): AppError {
  const latest = Math.max(now.getTime() + 1000, ...until.map((u) => (u ? new Date(u).getTime() : 0)));
  return new AppError('LOGIN_THROTTLED', { retryAfterSeconds: Math.ceil((latest - now.getTime()) / 1000) });
}
