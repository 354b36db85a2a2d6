// Turning 2FA off ("uitschakelen"): the one way an account with 2FA goes back to the password
// alone, and so an explicit choice: only where it is not mandatory, only when 2FA is on, and only
// right after proving a second factor (step-up). Removes every method, the backup code and
// remembered devices.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { backupCodes, passkeys, smsPhones, totpCredentials, totpEnrolments, users, type User } from '../../db/schema.ts';
import type { Deps, RequestMeta } from '../../deps.ts';
import { ownAction, recordAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { sendMail } from '../../platform/mail/mailer.ts';
import { securityNoticeMail } from '../../platform/mail/templates.ts';
import type { ActiveSession } from '../identity/sessions/sessions.ts';
import { twoFactorOf } from '../identity/two-factor/policy.ts';
import { assertRecentSecondFactor } from '../identity/two-factor/step-up.ts';
import { forgetAllDevices } from '../identity/devices/trusted-device.ts';

/** Deletes every second factor of the user (turn-off and reset share this). */
export async function removeAllFactors(tx: Db, userId: string): Promise<void> {
  for (const table of [totpCredentials, totpEnrolments, backupCodes, smsPhones, passkeys]) {
    await tx.delete(table).where(eq(table.userId, userId));
  }
  await forgetAllDevices(tx, userId);
}

export async function turnOffTwoFactor(deps: Deps, session: ActiveSession, meta: RequestMeta): Promise<void> {
  const user: User = session.user;
  const twoFactor = await twoFactorOf(deps.db, user);
  if (twoFactor.required) throw new AppError('TWO_FACTOR_MANDATORY');
  if (!twoFactor.enabled) throw new AppError('TWO_FACTOR_NOT_ENABLED');
  assertRecentSecondFactor(deps, session, true);
  await deps.db.transaction(async (tx) => {
    await removeAllFactors(tx, user.id);
    await tx.update(users).set({ twoFactorEnabledAt: null }).where(eq(users.id, user.id));
    await sendMail(tx, deps.cipher, securityNoticeMail(user.email, 'two_factor_disabled', `${deps.config.publicUrl}/inloggen`));
    await recordAudit(tx, {
      action: 'two_factor.disabled',
      occurredAt: deps.clock.now(),
      ...ownAction(user),
      ip: meta.ip,
    });
  });
  deps.jobs.kick();
}
