// "Wachtwoord wijzigen": a new password after the current one. Every other session of the user
// ends and every remembered browser is forgotten (whoever else was signed in must know the new
// password, and pass the 2FA step again); this session stays signed in.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { passwordChangedMail } from '../../../platform/mail/templates.ts';
import { hashPassword } from '../../../platform/passwords.ts';
import { forgetSignInDevices } from '../../identity/devices/sign-in-device.ts';
import { forgetAllDevices } from '../../identity/devices/trusted-device.ts';
import { assertStrongPassword } from '../../identity/password-policy.ts';
import { deleteUserSessions, type ActiveSession } from '../../identity/sessions/sessions.ts';
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
    // Browsers remembered under the old password may have been someone else's.
    await forgetAllDevices(tx, user.id);
    await forgetSignInDevices(tx, user.id);
    await sendMail(tx, deps.cipher, passwordChangedMail(user.email, `${deps.config.publicUrl}/wachtwoord-vergeten`));
    await recordAudit(tx, { action: 'account.password_changed', occurredAt: deps.clock.now(), ...ownAction(user), ip: meta.ip });
  });
  deps.jobs.kick();
}
