// Progressive slow-down of failed sign-ins per email address (known or not, so it reveals
// nothing): after a few free failures each further one doubles the wait, up to a ceiling. It
// never locks an account for good, so nobody can lock its owner out (ASVS 5.0 §6.3.1).
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { loginThrottles } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { sha256 } from '../../../platform/crypto.ts';
import { AppError } from '../../../platform/errors.ts';

/** Failures older than this are forgotten. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

export const throttleKey = (email: string) => sha256(`login:${email}`);

/** Throws LOGIN_THROTTLED while the address is blocked; tells whether failures are on record. */
export async function assertNotThrottled(deps: Pick<Deps, 'db' | 'clock'>, key: string): Promise<{ hasFailures: boolean }> {
  const [row] = await deps.db.select().from(loginThrottles).where(eq(loginThrottles.emailHash, key)).limit(1);
  const now = deps.clock.now().getTime();
  const blockedUntil = row?.blockedUntil?.getTime() ?? 0;
  if (blockedUntil > now) {
    throw new AppError('LOGIN_THROTTLED', 429, { retryAfterSeconds: Math.ceil((blockedUntil - now) / 1000) });
  }
  return { hasFailures: row !== undefined };
}

export function delayAfter(failures: number, limits: Deps['limits']): number {
  const over = failures - limits.loginFreeFailures;
  if (over < 0) return 0;
  return Math.min(limits.loginFirstDelayMs * 2 ** over, limits.loginMaxDelayMs);
}

export async function recordFailure(tx: Db, deps: Pick<Deps, 'clock' | 'limits'>, key: string): Promise<void> {
  const now = deps.clock.now();
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const [row] = await tx
    .insert(loginThrottles)
    .values({ emailHash: key, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.emailHash,
      set: {
        failures: sql`CASE WHEN ${loginThrottles.updatedAt} < ${forgetBefore} THEN 1 ELSE ${loginThrottles.failures} + 1 END`,
        updatedAt: now,
      },
    })
    .returning({ failures: loginThrottles.failures });
  const delay = delayAfter(row?.failures ?? 1, deps.limits);
  if (delay > 0) {
    await tx
      .update(loginThrottles)
      .set({ blockedUntil: new Date(now.getTime() + delay) })
      .where(eq(loginThrottles.emailHash, key));
  }
}

export async function clearFailures(tx: Db, key: string): Promise<void> {
  await tx.delete(loginThrottles).where(eq(loginThrottles.emailHash, key));
}
