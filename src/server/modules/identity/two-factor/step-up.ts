// Sensitive actions (adding or removing a factor, turning 2FA off, a new backup code, an API
// token) need a second factor proven in this session in the last 10 minutes — when the account
// has one to prove. Adding a factor to an account that has 2FA is one of them: otherwise a stolen
// session could add the thief's authenticator. In the forced set-up after a reset the password
// alone is not enough either: the code mailed to the account's address comes first.
import type { Deps } from '../../../deps.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ActiveSession } from '../sessions/sessions.ts';
import { twoFactorOf } from './policy.ts';

/** Step-ups stay valid this long for sensitive actions. */
export const STEP_UP_WINDOW_MS = 10 * 60_000;

/** Refuses with STEP_UP_REQUIRED unless a factor was proven recently (or there is none to prove). */
export function assertRecentSecondFactor(deps: Pick<Deps, 'clock'>, session: ActiveSession, hasFactor: boolean): void {
  if (!hasFactor) return;
  const provenAt = session.assurance === 'aal2' ? (session.secondFactorAt?.getTime() ?? 0) : 0;
  if (deps.clock.now().getTime() - provenAt > STEP_UP_WINDOW_MS) throw new AppError('STEP_UP_REQUIRED');
}

export async function assertMayAddFactor(deps: Deps, session: ActiveSession): Promise<void> {
  const twoFactor = await twoFactorOf(deps.db, session.user);
  if (session.stage === 'enrolment') {
    if (twoFactor.needsEmailProof && !session.emailProvenAt) throw new AppError('EMAIL_CODE_REQUIRED');
    return;
  }
  assertRecentSecondFactor(deps, session, twoFactor.enabled);
}
