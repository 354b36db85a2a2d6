// The moment a second factor has been proven, whichever method proved it:
// - in the sign-in step ('challenge' session) or at the end of a forced set-up ('enrolment'
//   session) the user becomes signed in: a new session id,
//   optionally a remembered device, the failures forgotten;
// - in a signed-in session it is a step-up: the session records when the factor was proven.
// And the moment one was wrong: it counts toward the account's sign-in slow-down.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import { users } from '../../db/schema.ts';
import type { Deps, RequestMeta } from '../../deps.ts';
import { ownAction, recordAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { assertNotThrottled, clearFailures, recordFailure, throttleKey } from '../accounts/login/throttle.ts';
import { sessionCookieOptions } from '../accounts/sessions/plugin.ts';
import {
  createSession,
  deleteSession,
  markSecondFactor,
  SESSION_COOKIE,
  type ActiveSession,
} from '../accounts/sessions/sessions.ts';
import { rememberDevice } from './trusted-device/trusted-device.ts';
import { hasPrimaryFactor } from './policy.ts';

export type FactorMethod = 'totp' | 'backup_code' | 'sms' | 'passkey';

/** Step-ups stay valid this long for sensitive actions. */
export const STEP_UP_WINDOW_MS = 10 * 60_000;

/** Refuses a check while the account is slowed down after failures. */
export async function assertMayTry(deps: Deps, session: ActiveSession): Promise<void> {
  await assertNotThrottled(deps, throttleKey(session.user.email));
}

export async function factorFailed(
  deps: Deps,
  session: ActiveSession,
  method: FactorMethod,
  meta: RequestMeta,
  error: AppError = new AppError('TWO_FACTOR_CODE_INVALID', 400),
): Promise<never> {
  await deps.db.transaction(async (tx) => {
    await recordFailure(tx, deps, throttleKey(session.user.email));
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

export interface FactorProven {
  /** The stage the user is in afterwards. */
  stage: 'full' | 'enrolment';
}

export const provenResponse = z.object({ status: z.enum(['signed-in', 'verified', 'two-factor-setup-required']) });
export type ProvenStatus = z.infer<typeof provenResponse>['status'];

/** What a verify route answers: signed in, a step-up recorded, or on to the mandatory set-up. */
export function provenStatus(stageBefore: ActiveSession['stage'], result: FactorProven): ProvenStatus {
  if (result.stage === 'enrolment') return 'two-factor-setup-required';
  return stageBefore === 'full' ? 'verified' : 'signed-in';
}

/**
 * Completes the sign-in step or records a step-up. `next` lets a method that leaves the user
 * without a primary factor (the backup code) send a mandatory user on to the set-up.
 */
export async function factorProven(
  deps: Deps,
  reply: FastifyReply,
  session: ActiveSession,
  method: FactorMethod,
  meta: RequestMeta,
  options: { rememberDevice?: boolean; next?: 'full' | 'enrolment' } = {},
): Promise<FactorProven> {
  const now = deps.clock.now();
  const user = session.user;
  const audit = {
    occurredAt: now,
    ...ownAction(user),
    ip: meta.ip,
    details: { method },
  };
  if (session.stage === 'full') {
    await deps.db.transaction(async (tx) => {
      await markSecondFactor(tx, session.tokenHash, now);
      await recordAudit(tx, { ...audit, action: 'two_factor.step_up' });
    });
    return { stage: 'full' };
  }
  const stage = options.next ?? 'full';
  const { token, deviceToken } = await deps.db.transaction(async (tx) => {
    await deleteSession(tx, session.tokenHash);
    await clearFailures(tx, throttleKey(user.email));
    await recordAudit(tx, { ...audit, action: 'two_factor.used' });
    if (stage === 'full') {
      await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
      await recordAudit(tx, { ...audit, action: 'login.succeeded' });
    }
    const newToken = await createSession(tx, deps, user.id, meta, now, { stage, secondFactorAt: now });
    const device = options.rememberDevice ? await rememberDevice(tx, user.id, meta, now) : undefined;
    return { token: newToken, deviceToken: device };
  });
  void reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps));
  if (deviceToken) void reply.setCookie(deviceToken.cookie, deviceToken.value, deviceToken.options(deps));
  return { stage };
}

/**
 * Adding a factor to an account that already has one is a sensitive action too: otherwise a
 * stolen session could add the thief's authenticator. The forced set-up has none yet.
 */
export async function assertMayAddFactor(deps: Deps, session: ActiveSession): Promise<void> {
  if (session.stage !== 'full') return;
  assertRecentSecondFactor(deps, session, await hasPrimaryFactor(deps.db, session.user.id));
}

/** Sensitive actions need a second factor proven in the last 10 minutes (when the user has one). */
export function assertRecentSecondFactor(deps: Deps, session: ActiveSession, hasFactor: boolean): void {
  if (!hasFactor) return;
  const at = session.secondFactorAt?.getTime() ?? 0;
  if (deps.clock.now().getTime() - at > STEP_UP_WINDOW_MS) throw new AppError('STEP_UP_REQUIRED', 403);
}
