// Idempotency-Key for creations of the booking-system API (IETF draft "The Idempotency-Key HTTP
// Header Field"): the first request with a key is handled and its answer kept for 24 hours; the
// same key with the same body is answered as the first time (Idempotent-Replayed: true), with
// another body 422 IDEMPOTENCY_KEY_REUSED, and while the first is still being handled 409
// IDEMPOTENCY_KEY_IN_USE. A request that fails (a 4xx or an outage) keeps no key, so the client may
// send it again, corrected or not. Keys belong to the accommodation, not to the token.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { apiIdempotencyKeys } from '../../../db/schema.ts';
import { sha256 } from '../../../platform/crypto.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';

/** How long an answer is kept. */
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** A first request that has not finished after this long is taken as lost (the process ended). */
const ABANDONED_MS = 5 * 60 * 1000;
/** Printable ASCII without spaces, as a UUID or any other client-chosen id. */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

export interface KeptAnswer {
  statusCode: number;
  answer: Record<string, unknown>;
}

/**
 * Runs `create` once per key: the first time its answer is kept, a repeat gets the kept answer
 * (`replayed: true`). Without a key, `create` simply runs.
 */
export async function oncePerKey(
  db: Db,
  scope: { accommodationId: string; key: string | undefined; body: unknown; now: Date },
  create: () => Promise<KeptAnswer>,
): Promise<KeptAnswer & { replayed: boolean }> {
  const { accommodationId, key, now } = scope;
  if (key === undefined) return { ...(await create()), replayed: false };
  if (!KEY_FORMAT.test(key)) throw fieldError('Idempotency-Key', 'IDEMPOTENCY_KEY_INVALID');
  const requestHash = sha256(JSON.stringify(scope.body) ?? '');
  const claimed = await db
    .insert(apiIdempotencyKeys)
    .values({ accommodationId, key, requestHash, createdAt: now })
    .onConflictDoUpdate({
      target: [apiIdempotencyKeys.accommodationId, apiIdempotencyKeys.key],
      set: { requestHash, statusCode: null, answer: null, createdAt: now },
      // An expired key, or a first request that never finished, may be used again.
      setWhere: sql`${apiIdempotencyKeys.createdAt} < ${new Date(now.getTime() - KEY_LIFETIME_MS)}
        OR (${apiIdempotencyKeys.statusCode} IS NULL AND ${apiIdempotencyKeys.createdAt} < ${new Date(now.getTime() - ABANDONED_MS)})`,
    })
    .returning({ key: apiIdempotencyKeys.key });
  const where = and(eq(apiIdempotencyKeys.accommodationId, accommodationId), eq(apiIdempotencyKeys.key, key));
  if (claimed.length === 0) {
    const [kept] = await db.select().from(apiIdempotencyKeys).where(where);
    if (!kept) throw new AppError('IDEMPOTENCY_KEY_IN_USE');
    if (kept.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (kept.statusCode === null || kept.answer === null) throw new AppError('IDEMPOTENCY_KEY_IN_USE');
    return { statusCode: kept.statusCode, answer: kept.answer, replayed: true };
  }
  let result: KeptAnswer;
  try {
    result = await create();
  } catch (error) {
    await db.delete(apiIdempotencyKeys).where(where);
    throw error;
  }
  await db.update(apiIdempotencyKeys).set({ statusCode: result.statusCode, answer: result.answer }).where(where);
  return { ...result, replayed: false };
}

/** Forgets the keys older than their lifetime (the daily clean-up). */
export async function forgetExpiredKeys(db: Db, now: Date): Promise<{ forgotten: number }> {
  const gone = await db
    .delete(apiIdempotencyKeys)
    .where(lt(apiIdempotencyKeys.createdAt, new Date(now.getTime() - KEY_LIFETIME_MS)))
    .returning({ key: apiIdempotencyKeys.key });
  return { forgotten: gone.length };
}
