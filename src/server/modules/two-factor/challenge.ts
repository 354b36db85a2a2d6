// The moment a second factor has been proven, whichever method proved it:
// - in the sign-in step ('challenge' session) or at the end of a forced set-up ('enrolment'
//   session) the user becomes signed in: a new session id,
//   optionally a remembered device, the failures forgotten;
// - in a signed-in session it is a step-up: the session records when the factor was proven.
// Every attempt is counted before it is checked, atomically: at most limits.twoFactorAttemptsPerStep in
// one session, and the 2FA slow-down of this account from this client (accounts/login/throttle.ts)
// — its own counters, apart from the password's.
import { and, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { sessions, users } from '../../db/schema.ts';
import type { Deps, RequestMeta } from '../../deps.ts';
import { ownAction, recordAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { clientOf, SIGN_IN_DEVICE_COOKIE, vouchForDevice } from '../accounts/login/sign-in-device.ts';
import { attemptSucceeded, beginAttempt, throttleKeys, type ThrottleKey } from '../accounts/login/throttle.ts';
import { sessionCookieOptions } from '../accounts/sessions/plugin.ts';
import {
  createSession,
  deleteSession,
  markSecondFactor,
  SESSION_COOKIE,
  type ActiveSession,
} from '../accounts/sessions/sessions.ts';
import { rememberDevice } from './trusted-device/trusted-device.ts';
import { hasPrimaryFactor, needsEmailProof } from './policy.ts';

export type FactorMethod = 'totp' | 'backup_code' | 'sms' | 'passkey';

/** Step-ups stay valid this long for sensitive actions. */
export const STEP_UP_WINDOW_MS = 10 * 60_000;

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

/** What a verify route answers: signed in, or a step-up recorded. */
export function provenStatus(stageBefore: ActiveSession['stage']): ProvenStatus {
  return stageBefore === 'full' ? 'verified' : 'signed-in';
}

/** Completes the sign-in step (or the forced set-up) with a full session, or records a step-up. */
export async function factorProven(
  deps: Deps,
  reply: FastifyReply,
  session: ActiveSession,
  method: FactorMethod,
  meta: RequestMeta,
  options: { rememberDevice?: boolean } = {},
): Promise<void> {
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
    return;
  }
  const { token, deviceToken, signInDevice } = await deps.db.transaction(async (tx) => {
    await deleteSession(tx, session.tokenHash);
    await attemptSucceeded(tx, keys);
    await recordAudit(tx, { ...audit, action: 'two_factor.used' });
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    await recordAudit(tx, { ...audit, action: 'login.succeeded' });
    const newToken = await createSession(tx, deps, user.id, meta, now, { stage: 'full', secondFactorAt: now });
    const device = options.rememberDevice ? await rememberDevice(tx, user.id, meta, now) : undefined;
    return {
      token: newToken,
      deviceToken: device,
      signInDevice: await vouchForDevice(tx, user.id, meta, now),
    };
  });
  void reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps));
  if (deviceToken) void reply.setCookie(deviceToken.cookie, deviceToken.value, deviceToken.options(deps));
  void reply.setCookie(SIGN_IN_DEVICE_COOKIE, signInDevice.value, signInDevice.options(deps));
}

/**
 * Adding a factor to an account that already has 2FA is a sensitive action too: otherwise a
 * stolen session could add the thief's authenticator. In the forced set-up after a reset the
 * password alone is not enough either: the code mailed to the account's address comes first.
 */
export async function assertMayAddFactor(deps: Deps, session: ActiveSession): Promise<void> {
  if (session.stage === 'enrolment') {
    if (needsEmailProof(session.user) && !session.emailProvenAt) throw new AppError('EMAIL_CODE_REQUIRED');
    return;
  }
  assertRecentSecondFactor(deps, session, await hasTwoFactor(deps, session));
}

/** The account has 2FA on: bound once and not turned off, or a primary factor in place. */
export async function hasTwoFactor(deps: Deps, session: ActiveSession): Promise<boolean> {
  return session.user.twoFactorEnabledAt !== null || (await hasPrimaryFactor(deps.db, session.user.id));
}

/** Sensitive actions need a second factor proven in the last 10 minutes (when the user has one). */
export function assertRecentSecondFactor(deps: Deps, session: ActiveSession, hasFactor: boolean): void {
  if (!hasFactor) return;
  const at = session.secondFactorAt?.getTime() ?? 0;
  if (deps.clock.now().getTime() - at > STEP_UP_WINDOW_MS) throw new AppError('STEP_UP_REQUIRED');
}
