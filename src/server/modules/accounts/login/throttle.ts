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
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
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

export function delayAfter(attempts: number, free: number, limits: Pick<Limits, 'loginFirstDelayMs' | 'loginMaxDelayMs'>): number {
  const over = attempts - free;
  if (over < 0) return 0;
  return Math.min(limits.loginFirstDelayMs * 2 ** over, limits.loginMaxDelayMs);
}

/**
 * Counts one attempt on every key, or throws LOGIN_THROTTLED while any of them is waiting. Each
 * key is one conditional upsert that also starts the wait when the count passes the free
 * attempts: parallel attempts queue on the row lock, and those after the one that started the
 * wait find it waiting and are refused uncounted.
 */
export async function beginAttempt(deps: Pick<Deps, 'db' | 'clock' | 'limits'>, keys: ThrottleKey[]): Promise<void> {
  const now = deps.clock.now();
  const blocked = await deps.db
    .select({ until: loginThrottles.blockedUntil })
    .from(loginThrottles)
    .where(and(inArray(loginThrottles.emailHash, keys.map((k) => k.key)), sql`${loginThrottles.blockedUntil} > ${now}`));
  if (blocked.length > 0) throw throttled(blocked.map((b) => b.until), now);
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const { loginFirstDelayMs: first, loginMaxDelayMs: max } = deps.limits;
  let refused = false;
  for (const { key, free } of keys) {
    const attempts = sql`(CASE WHEN ${loginThrottles.updatedAt} < ${forgetBefore} THEN 1 ELSE ${loginThrottles.failures} + 1 END)`;
    const firstDelay = delayAfter(1, free, deps.limits);
    const [row] = await deps.db
      .insert(loginThrottles)
      .values({ emailHash: key, failures: 1, updatedAt: now, blockedUntil: firstDelay > 0 ? new Date(now.getTime() + firstDelay) : null })
      .onConflictDoUpdate({
        target: loginThrottles.emailHash,
        set: {
          failures: attempts,
          updatedAt: now,
          blockedUntil: sql`CASE WHEN ${attempts} >= ${free}
            THEN ${now}::timestamptz + LEAST(${first} * power(2, LEAST(${attempts} - ${free}, 40)), ${max}) * interval '1 millisecond'
            ELSE NULL END`,
        },
        setWhere: sql`${loginThrottles.blockedUntil} IS NULL OR ${loginThrottles.blockedUntil} <= ${now}`,
      })
      .returning({ attempts: loginThrottles.failures });
    if (!row) refused = true;
  }
  if (refused) throw throttled([], now);
}

/** A correct attempt: this client's counter starts again; the shared ones get the attempt back. */
export async function attemptSucceeded(tx: Db, keys: ThrottleKey[]): Promise<void> {
  for (const { key, own } of keys) {
    if (own) await tx.delete(loginThrottles).where(eq(loginThrottles.emailHash, key));
    else await tx.update(loginThrottles).set({ failures: sql`GREATEST(${loginThrottles.failures} - 1, 0)` }).where(eq(loginThrottles.emailHash, key));
  }
}

function throttled(until: Array<Date | null>, now: Date): AppError {
  const latest = Math.max(now.getTime() + 1000, ...until.map((u) => u?.getTime() ?? 0));
  return new AppError('LOGIN_THROTTLED', 429, { retryAfterSeconds: Math.ceil((latest - now.getTime()) / 1000) });
}
