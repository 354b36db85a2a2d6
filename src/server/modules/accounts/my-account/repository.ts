// Queries of "Mijn account", one per function: the user's own row, their pending email change
// and their sessions. Every session query is bound to the user, so an id never reaches another
// user's session.
import { and, desc, eq, gt, gte, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { oneTimeCodes, sessions, users } from '../../../db/schema.ts';

/** The address of the newest unused, unexpired email-change code of the user, if any. */
export async function findPendingEmail(db: Db, userId: string, now: Date): Promise<string | null> {
  const [row] = await db
    .select({ newEmail: oneTimeCodes.newEmail })
    .from(oneTimeCodes)
    .where(
      and(
        eq(oneTimeCodes.userId, userId),
        eq(oneTimeCodes.purpose, 'email_change'),
        isNull(oneTimeCodes.usedAt),
        isNull(oneTimeCodes.revokedAt),
        gt(oneTimeCodes.expiresAt, now),
      ),
    )
    .orderBy(desc(oneTimeCodes.createdAt))
    .limit(1);
  return row?.newEmail ?? null;
}

export async function updateName(db: Db, userId: string, name: string): Promise<void> {
  await db.update(users).set({ name }).where(eq(users.id, userId));
}

export async function updateEmail(db: Db, userId: string, email: string, confirmedAt: Date): Promise<void> {
  await db.update(users).set({ email, emailConfirmedAt: confirmedAt }).where(eq(users.id, userId));
}

export async function updatePasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
}

/** Signed-in sessions of the user that have not ended (absolute or idle), newest first. */
export async function listFullSessions(db: Db, userId: string, now: Date, idleSince: Date): Promise<SessionRow[]> {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.stage, 'full'), gt(sessions.expiresAt, now), gte(sessions.lastSeenAt, idleSince)))
    .orderBy(desc(sessions.createdAt));
}

/** Deletes the user's session with this public id; false when the user has no such session. */
export async function deleteOwnSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}
