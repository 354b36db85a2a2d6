// The moment a second factor has been proven, whichever method proved it:
// - in the sign-in step ('challenge' session) or at the end of a forced set-up ('enrolment'
//   session) the user becomes signed in: a new session id,
//   optionally a remembered device, the failures forgotten;
// - in a signed-in session it is a step-up: the session records when the factor was proven.
// Every attempt is counted before it is checked, atomically: at most limits.twoFactorAttemptsPerStep in
// one session, and the 2FA slow-down of this account from this client (identity/attempts/throttle.ts)
// — its own counters, apart from the password's.
import { and, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { sessions, users } from '../../db/schema.ts';
import type { Deps, RequestMeta } from '../../deps.ts';
import { ownAction, recordAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { clientOf, vouchForDevice } from '../identity/devices/sign-in-device.ts';
import { attemptSucceeded, beginAttempt, throttleKeys, type ThrottleKey } from '../identity/attempts/throttle.ts';
import type { Issued } from '../identity/sessions/cookies.ts';
import { createSession, deleteSession, markSecondFactor, type ActiveSession } from '../identity/sessions/sessions.ts';
import { rememberDevice } from '../identity/devices/trusted-device.ts';
import type { FactorMethod } from '../identity/two-factor/policy.ts';

async function factorKeys(deps: Deps, session: ActiveSession, meta: RequestMeta): Promise<ThrottleKey[]> {
  const client = await clientOf(deps.db, session.user.id, meta, deps.clock.now());
  return throttleKeys('2fa', session.user.id, client, deps.limits);
}

/**
 * Counts this attempt before the factor is checked, or refuses it: past the session's attempts
 * (a sign-in step ends; it starts again with the password) or while the account's 2FA slow-down
 * for this client waits.
 */
export async function assertMayTry(deps: Deps, session: ActiveSession, meta: RequestMeta): Promise<void> {
  const [counted] = await deps.db
    .update(sessions)
    .set({ failedAttempts: sql`${sessions.failedAttempts} + 1` })
    .where(and(eq(sessions.tokenHash, session.tokenHash), lt(sessions.failedAttempts, deps.limits.twoFactorAttemptsPerStep)))
    .returning({ attempts: sessions.failedAttempts });
  if (!counted) {
    if (session.stage !== 'full') await deleteSession(deps.db, session.tokenHash);
    throw new AppError('TWO_FACTOR_ATTEMPTS_EXCEEDED');
  }
  await beginAttempt(deps, await factorKeys(deps, session, meta));
}

/** A wrong factor (already counted by assertMayTry): audited, and answered with `error`. */
export async function factorFailed(
  deps: Deps,
  session: ActiveSession,
  method: FactorMethod,
  meta: RequestMeta,
  error: AppError = new AppError('TWO_FACTOR_CODE_INVALID'),
): Promise<never> {
  await deps.db.transaction(async (tx) => {
    await recordAudit(tx, {
      action: 'two_factor.failed',
      occurredAt: deps.clock.now(),
      ...ownAction(session.user),
      ip: meta.ip,
      details: { method, stage: session.stage },
    });
  });
  throw error;
}

export const provenResponse = z.object({ status: z.enum(['signed-in', 'verified']) });
export type ProvenStatus = z.infer<typeof provenResponse>['status'];

/** A factor proven: signed in (with the credentials issued for the cookies) or a step-up recorded. */
export interface Proven {
  status: ProvenStatus;
  issued: Issued;
}

/** Completes the sign-in step (or the forced set-up) with a full session, or records a step-up. */
export async function factorProven(
  deps: Deps,
  session: ActiveSession,
  method: FactorMethod,
  meta: RequestMeta,
  options: { rememberDevice?: boolean } = {},
): Promise<Proven> {
  const now = deps.clock.now();
  const user = session.user;
  const audit = {
    occurredAt: now,
    ...ownAction(user),
    ip: meta.ip,
    details: { method },
  };
  const keys = await factorKeys(deps, session, meta);
  if (session.stage === 'full') {
    await deps.db.transaction(async (tx) => {
      await attemptSucceeded(tx, keys);
      await markSecondFactor(tx, session.tokenHash, now);
      await recordAudit(tx, { ...audit, action: 'two_factor.step_up' });
    });
    return { status: 'verified', issued: {} };
  }
  const issued = await deps.db.transaction(async (tx): Promise<Issued> => {
    await deleteSession(tx, session.tokenHash);
    await attemptSucceeded(tx, keys);
    await recordAudit(tx, { ...audit, action: 'two_factor.used' });
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    await recordAudit(tx, { ...audit, action: 'login.succeeded' });
    return {
      session: await createSession(tx, deps, user.id, meta, now, { stage: 'full', secondFactorAt: now }),
      trustedDevice: options.rememberDevice ? await rememberDevice(tx, user.id, meta, now) : undefined,
      signInDevice: await vouchForDevice(tx, user.id, meta, now),
    };
  });
  return { status: 'signed-in', issued };
}
