// Changes to the account that ask for the current password check it here. Each check counts as a
// sign-in attempt on the account from this client (login/throttle.ts), and a slowed-down client is
// refused, so a signed-in session (left open, or stolen) cannot be used to guess the password
// faster than the sign-in page allows.
import type { User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { fieldError } from '../../../platform/errors.ts';
import { verifyPassword } from '../../../platform/passwords.ts';
import { clientOf } from '../../identity/devices/sign-in-device.ts';
import { attemptSucceeded, beginAttempt, throttleKeys } from '../../identity/attempts/throttle.ts';

export async function assertCurrentPassword(deps: Deps, user: User, password: string, field: string, meta: RequestMeta): Promise<void> {
  const keys = throttleKeys('login', user.email, await clientOf(deps.db, user.id, meta, deps.clock.now()), deps.limits);
  await beginAttempt(deps, keys);
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) {
    await attemptSucceeded(deps.db, keys);
    return;
  }
  await deps.db.transaction(async (tx) => {
    await recordAudit(tx, {
      action: 'login.failed',
      occurredAt: deps.clock.now(),
      ...ownAction(user),
      ip: meta.ip,
      details: { reason: 'wrong_current_password', field },
    });
  });
  throw fieldError(field, 'PASSWORD_WRONG');
}
