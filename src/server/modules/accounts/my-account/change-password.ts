// "Wachtwoord wijzigen": a new password after the current one. Every other session of the user
// ends (whoever else was signed in must know the new password); this one stays signed in.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { passwordChangedMail } from '../../../platform/mail/templates.ts';
import { hashPassword } from '../../../platform/passwords.ts';
import { clearFailures, throttleKey } from '../login/throttle.ts';
import { assertStrongPassword } from '../password-policy.ts';
import { deleteUserSessions, type ActiveSession } from '../sessions/sessions.ts';
import { assertCurrentPassword } from './current-password.ts';
import { updatePasswordHash } from './repository.ts';

export async function changePassword(
  deps: Deps,
  actor: ActiveSession,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  const { user } = actor;
  await assertCurrentPassword(deps, user, input.currentPassword, 'currentPassword', meta);
  assertStrongPassword(input.newPassword, [user.email, user.name ?? ''], 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, passwordHash);
    await deleteUserSessions(tx, user.id, actor.tokenHash);
    await clearFailures(tx, throttleKey(user.email));
    await sendMail(tx, deps.cipher, passwordChangedMail(user.email, `${deps.config.publicUrl}/wachtwoord-vergeten`));
    await recordAudit(tx, { action: 'account.password_changed', occurredAt: deps.clock.now(), ...ownAction(user), ip: meta.ip });
  });
  deps.jobs.kick();
}
