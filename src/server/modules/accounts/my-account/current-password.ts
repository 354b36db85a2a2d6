// Changes to the account that ask for the current password check it here. A wrong password counts
// as a failed sign-in on the account's address (login/throttle.ts), and a throttled address is
// refused, so a signed-in session (left open, or stolen) cannot be used to guess the password
// faster than the sign-in page allows.
import type { User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { fieldError } from '../../../platform/errors.ts';
import { verifyPassword } from '../../../platform/passwords.ts';
import { assertNotThrottled, recordFailure, throttleKey } from '../login/throttle.ts';

export async function assertCurrentPassword(
  deps: Deps,
  user: User,
  password: string,
  field: string,
  meta: RequestMeta,
): Promise<void> {
  const key = throttleKey(user.email);
  await assertNotThrottled(deps, key);
  if (user.passwordHash && (await verifyPassword(user.passwordHash, password))) return;
  await deps.db.transaction(async (tx) => {
    await recordFailure(tx, deps, key);
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
