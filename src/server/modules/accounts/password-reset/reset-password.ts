// "Code ontvangen": sets a new password with the emailed code and ends every session of the
// user. Following the link also proves the address, so an unconfirmed email becomes confirmed.
// It signs nobody in: the user signs in afterwards, through two-factor authentication if set.
import { eq } from 'drizzle-orm';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { users } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { passwordChangedMail } from '../../../platform/mail/templates.ts';
import { hashPassword } from '../../../platform/passwords.ts';
import { consumeCode } from '../../identity/one-time-codes.ts';
import { assertStrongPassword } from '../../identity/password-policy.ts';
import { deleteUserSessions } from '../../identity/sessions/sessions.ts';
import { forgetSignInDevices } from '../../identity/devices/sign-in-device.ts';
import { findUserById } from '../../identity/users.repository.ts';
import { forgetAllDevices } from '../../identity/devices/trusted-device.ts';

export async function resetPassword(deps: Deps, input: { code: string; password: string }, meta: RequestMeta): Promise<void> {
  await enforceLimit(deps.limiter, `code-submit:${meta.ip}`, deps.limits.codeSubmitPerIp);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const userId = await consumeCode(tx, 'password_reset', input.code, now);
    const user = await findUserById(tx, userId);
    if (!user) throw new Error('code without user');
    // Judged after the code, so the user's own data can be used to reject a guessable password;
    // a rejected password rolls the transaction back and leaves the code usable.
    assertStrongPassword(input.password, [user.email, user.name ?? '']);
    await tx
      .update(users)
      .set({ passwordHash, emailConfirmedAt: user.emailConfirmedAt ?? now })
      .where(eq(users.id, userId));
    await deleteUserSessions(tx, userId);
    await forgetAllDevices(tx, userId);
    await forgetSignInDevices(tx, userId);
    await sendMail(tx, deps.cipher, passwordChangedMail(user.email, `${deps.config.publicUrl}/wachtwoord-vergeten`));
    await recordAudit(tx, {
      action: 'password_reset.completed',
      occurredAt: now,
      actorUserId: userId,
      subjectUserId: userId,
      accommodationId: user.accommodationId,
      municipalityId: user.municipalityId,
      ip: meta.ip,
    });
  });
  deps.jobs.kick();
}
