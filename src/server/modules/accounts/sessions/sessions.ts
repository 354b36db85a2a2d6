// Server-side sessions. The cookie holds a random token; the database holds only its SHA-256.
// A session ends after an idle period and at an absolute lifetime, whichever comes first.
import { and, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessions, users, type User } from '../../../db/schema.ts';
import { randomToken, sha256 } from '../../../platform/crypto.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';

export const SESSION_COOKIE = 'nr_session';
/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ActiveSession {
  tokenHash: string;
  user: User;
}

export async function createSession(
  tx: Db,
  deps: Pick<Deps, 'config'>,
  userId: string,
  meta: RequestMeta,
  now: Date,
): Promise<string> {
  const token = randomToken(32);
  await tx.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + deps.config.sessionAbsoluteMs),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
  return token;
}

export async function resolveSession(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  token: string,
): Promise<ActiveSession | undefined> {
  const now = deps.clock.now();
  const tokenHash = sha256(token);
  const [row] = await deps.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return undefined;
  const idleFor = now.getTime() - row.session.lastSeenAt.getTime();
  if (idleFor > deps.config.sessionIdleMs || !row.user.active) {
    await deps.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return undefined;
  }
  if (idleFor > TOUCH_INTERVAL_MS) {
    await deps.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { tokenHash, user: row.user };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of the user, except the one given (if any). */
export async function deleteUserSessions(db: Db, userId: string, exceptTokenHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptTokenHash
        ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash))
        : eq(sessions.userId, userId),
    );
}
