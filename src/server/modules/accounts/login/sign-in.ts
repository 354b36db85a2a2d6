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
import { createSession } from '../sessions/sessions.ts';
import { findUserByEmail } from '../users.repository.ts';
import { stageAfterPassword } from '../../two-factor/policy.ts';
import { isTrustedDevice } from '../../two-factor/trusted-device/trusted-device.ts';
import { assertNotThrottled, clearFailures, recordFailure, throttleKey } from './throttle.ts';

export interface SignInResult {
  token: string;
  user: User;
  stage: SessionStage;
}

export async function signIn(
  deps: Deps,
  input: { email: string; password: string; deviceToken?: string },
  meta: RequestMeta,
): Promise<SignInResult> {
  const key = throttleKey(input.email);
  const { hasFailures } = await assertNotThrottled(deps, key);
  const user = await findUserByEmail(deps.db, input.email);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  const now = deps.clock.now();

  if (!user || !valid) {
    await deps.db.transaction(async (tx) => {
      await recordFailure(tx, deps, key);
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
    throw new AppError('INVALID_CREDENTIALS', 401);
  }
  // Only someone who knows the password learns these states of the account.
  if (!user.active) throw new AppError('ACCOUNT_INACTIVE', 403);
  if (!user.emailConfirmedAt) throw new AppError('EMAIL_NOT_CONFIRMED', 403);

  let stage = await stageAfterPassword(deps.db, user);
  if (stage === 'challenge' && (await isTrustedDevice(deps.db, user.id, input.deviceToken, now))) stage = 'full';

  const token = await deps.db.transaction(async (tx) => {
    // Failures are forgotten only once the whole sign-in succeeds (after the 2FA step, if any).
    if (stage === 'full') {
      if (hasFailures) await clearFailures(tx, key);
      await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    }
    await recordAudit(tx, {
      action: stage === 'full' ? 'login.succeeded' : 'login.password_verified',
      occurredAt: now,
      ...ownAction(user),
      ip: meta.ip,
      details: { next: stage },
    });
    return createSession(tx, deps, user.id, meta, now, { stage });
  });
  return { token, user, stage };
}
