// Queries on the passkeys table, one per function; the use cases decide what they mean.
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { passkeys } from '../../../db/schema.ts';

export type Passkey = typeof passkeys.$inferSelect;

/** Credential descriptors for the browser (exclude at registration, allow at sign-in). */
export async function credentialDescriptors(db: Db, userId: string): Promise<{ id: string; transports: string[] }[]> {
  return db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId));
}

/** The user's passkey with this credential id; another user's credential is never found. */
export async function findUserCredential(db: Db, userId: string, credentialId: string): Promise<Passkey | undefined> {
  const [row] = await db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.userId, userId), eq(passkeys.credentialId, credentialId)))
    .limit(1);
  return row;
}

/**
 * Records a use with the authenticator's new signature counter, only when the counter went up
 * (or the authenticator keeps none: both zero). The condition sits in the UPDATE, so two sign-ins
 * with the same counter (a cloned authenticator) cannot both pass. False when refused.
 */
export async function claimCounter(db: Db, passkeyId: string, newCounter: number, now: Date): Promise<boolean> {
  const increased = newCounter === 0 ? eq(passkeys.counter, 0) : lt(passkeys.counter, newCounter);
  const claimed = await db
    .update(passkeys)
    .set({ counter: newCounter, lastUsedAt: now })
    .where(and(eq(passkeys.id, passkeyId), increased))
    .returning({ id: passkeys.id });
  return claimed.length > 0;
}
