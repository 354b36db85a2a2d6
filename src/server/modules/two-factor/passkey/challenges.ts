// The challenge of a WebAuthn ceremony, kept server-side for 5 minutes and bound to the session
// that asked for it: one per session (a new request replaces the old one), and taken out of the
// table when checked, so a signed response cannot be played a second time.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { webauthnChallenges } from '../../../db/schema.ts';

export type CeremonyPurpose = 'register' | 'authenticate';

const CHALLENGE_TTL_MS = 5 * 60_000;

export async function storeChallenge(db: Db, sessionTokenHash: string, purpose: CeremonyPurpose, challenge: string, now: Date): Promise<void> {
  const values = { sessionTokenHash, purpose, challenge, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) };
  await db.insert(webauthnChallenges).values(values).onConflictDoUpdate({ target: webauthnChallenges.sessionTokenHash, set: values });
}

/**
 * Removes and returns the session's pending challenge for `purpose`; undefined when there is
 * none or it expired. The DELETE … RETURNING is atomic, so two requests cannot both get it.
 */
export async function takeChallenge(db: Db, sessionTokenHash: string, purpose: CeremonyPurpose, now: Date): Promise<string | undefined> {
  const [row] = await db
    .delete(webauthnChallenges)
    .where(and(eq(webauthnChallenges.sessionTokenHash, sessionTokenHash), eq(webauthnChallenges.purpose, purpose)))
    .returning({ challenge: webauthnChallenges.challenge, expiresAt: webauthnChallenges.expiresAt });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return undefined;
  return row.challenge;
}
