// Server-side sessions. The cookie holds a random token; the database holds only its SHA-256.
// A session has a stage: 'challenge' (password checked, second factor pending: 5 minutes, grants
// nothing but that step), 'enrolment' (2FA mandatory but not set up: grants only the set-up) or
// 'full'. A full session ends after an idle period and at an absolute lifetime.
// Its assurance level says what was proven in it (as Kratos' AAL): 'aal1' the password (or a
// remembered device), 'aal2' a second factor as well — when, in secondFactorAt, so sensitive
// actions can ask for a recent one (two-factor/step-up.ts).
import { and, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessions, users, type SessionStage, type User } from '../../../db/schema.ts';
import { randomToken, sha256 } from '../../../platform/crypto.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';

export const SESSION_COOKIE = 'nr_session';
/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;
const PARTIAL_LIFETIME_MS: Record<Exclude<SessionStage, 'full'>, number> = {
  challenge: 5 * 60_000,
  enrolment: 30 * 60_000,
};

export type AssuranceLevel = 'aal1' | 'aal2';

export interface ActiveSession {
  tokenHash: string;
  /** The public id, for "Actieve sessies". */
  id: string;
  /** The user, with accommodationId set to the accommodation chosen in this session. */
  user: User;
  stage: SessionStage;
  assurance: AssuranceLevel;
  secondFactorAt: Date | null;
  failedAttempts: number;
  /** In a set-up after a reset: when the mailed code was entered. */
  emailProvenAt: Date | null;
  /** A full session: when it ends unless a request comes first (null: the other stages). */
  idleExpiresAt: Date | null;
}

export interface NewSession {
  stage: SessionStage;
  /** When a second factor was proven in this sign-in (null: none was). */
  secondFactorAt?: Date | null;
}

export async function createSession(
  tx: Db,
  deps: Pick<Deps, 'config'>,
  userId: string,
  meta: RequestMeta,
  now: Date,
  options: NewSession = { stage: 'full' },
): Promise<string> {
  const token = randomToken(32);
  const lifetime = options.stage === 'full' ? deps.config.sessionAbsoluteMs : PARTIAL_LIFETIME_MS[options.stage];
  await tx.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + lifetime),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
    stage: options.stage,
    secondFactorAt: options.secondFactorAt ?? null,
  });
  return token;
}

export async function resolveSession(deps: Pick<Deps, 'db' | 'clock' | 'config'>, token: string): Promise<ActiveSession | undefined> {
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
  const idleExpired = row.session.stage === 'full' && idleFor > deps.config.sessionIdleMs;
  if (idleExpired || !row.user.active) {
    await deps.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return undefined;
  }
  const touched = idleFor > TOUCH_INTERVAL_MS;
  if (touched) await touchSession(deps.db, tokenHash, now);
  const lastSeenAt = touched ? now : row.session.lastSeenAt;
  const idleExpiresAt = row.session.stage === 'full' ? new Date(lastSeenAt.getTime() + deps.config.sessionIdleMs) : null;
  const { id, stage, secondFactorAt, failedAttempts, emailProvenAt, accommodationId } = row.session;
  // An owner with several accommodations works in the one chosen in this session (membership is
  // checked when choosing); everything downstream reads user.accommodationId.
  const user = accommodationId ? { ...row.user, accommodationId } : row.user;
  const assurance: AssuranceLevel = secondFactorAt ? 'aal2' : 'aal1';
  return { tokenHash, id, user, stage, assurance, secondFactorAt, failedAttempts, emailProvenAt, idleExpiresAt };
}

/** The session was used now: its idle period starts again. */
export async function touchSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of the user, except the one given (if any). */
export async function deleteUserSessions(db: Db, userId: string, exceptTokenHash?: string): Promise<void> {
  await db.delete(sessions).where(exceptTokenHash ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash)) : eq(sessions.userId, userId));
}

/** A step-up: the factor proven now, and the session's attempts start again. */
export async function markSecondFactor(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: at, failedAttempts: 0 }).where(eq(sessions.tokenHash, tokenHash));
}
