// "Log in met bestaand account": checks email and password and opens a session. A wrong email
// and a wrong password take the same time and give the same answer. What the session grants
// after the password is the two-factor policy's decision: everything, only the 2FA step, or only
// the 2FA set-up. A remembered device skips the 2FA step.
import { eq } from 'drizzle-orm';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { users, type SessionStage, type User } from '../../../db/schema.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import { verifyAgainstDummy, verifyPassword } from '../../../platform/passwords.ts';
import type { Issued } from '../../identity/sessions/cookies.ts';
import { createSession } from '../../identity/sessions/sessions.ts';
import { findUserByEmail } from '../../identity/users.repository.ts';
import { twoFactorOf, type FactorMethod } from '../../identity/two-factor/policy.ts';
import { issueRecoveryCode } from '../../identity/two-factor/email-proof.ts';
import { isTrustedDevice } from '../../identity/devices/trusted-device.ts';
import { clientOf, vouchForDevice } from '../../identity/devices/sign-in-device.ts';
import { attemptSucceeded, beginAttempt, throttleKeys } from '../../identity/attempts/throttle.ts';

export interface SignInResult {
  user: User;
  stage: SessionStage;
  /** At the 2FA step: the methods it offers. */
  methods: FactorMethod[];
  /** The session (at the stage reached) and, when the sign-in completed, the proof of this browser. */
  issued: Issued;
}

export async function signIn(deps: Deps, input: { email: string; password: string; deviceToken?: string }, meta: RequestMeta): Promise<SignInResult> {
  const user = await findUserByEmail(deps.db, input.email);
  const keys = throttleKeys('login', input.email, await clientOf(deps.db, user?.id, meta, deps.clock.now()), deps.limits);
  await beginAttempt(deps, keys);
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  const now = deps.clock.now();

  if (!user || !valid) {
    await deps.db.transaction(async (tx) => {
      await recordAudit(tx, {
        action: 'login.failed',
        occurredAt: now,
        subjectUserId: user?.id,
        accommodationId: user?.accommodationId,
        municipalityId: user?.municipalityId,
        ip: meta.ip,
        details: { reason: user ? 'wrong_password' : 'unknown_email' },
      });
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  // Only someone who knows the password learns these states of the account.
  if (!user.active) throw new AppError('ACCOUNT_INACTIVE');
  if (!user.emailConfirmedAt) throw new AppError('EMAIL_NOT_CONFIRMED');

  const twoFactor = await twoFactorOf(deps.db, user);
  let stage = twoFactor.afterPassword;
  if (stage === 'challenge' && (await isTrustedDevice(deps.db, user.id, input.deviceToken, now))) stage = 'full';

  const issued = await deps.db.transaction(async (tx): Promise<Issued> => {
    // The password was right: its attempts are forgiven (the 2FA step counts its own).
    await attemptSucceeded(tx, keys);
    if (stage === 'full') await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    if (stage === 'enrolment' && twoFactor.needsEmailProof) await issueRecoveryCode(tx, deps, user, now);
    await recordAudit(tx, {
      action: stage === 'full' ? 'login.succeeded' : 'login.password_verified',
      occurredAt: now,
      ...ownAction(user),
      ip: meta.ip,
      details: { next: stage },
    });
    return {
      session: await createSession(tx, deps, user.id, meta, now, { stage }),
      signInDevice: stage === 'full' ? await vouchForDevice(tx, user.id, meta, now) : undefined,
    };
  });
  if (stage === 'enrolment') deps.jobs.kick();
  return { user, stage, methods: twoFactor.challengeMethods, issued };
}
