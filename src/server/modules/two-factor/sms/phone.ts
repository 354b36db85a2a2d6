// "SMS inschakelen als back-upmethode" (Visma seed): add a phone number, confirm it with the
// 6-digit code sent to it, or remove it.
import { eq } from 'drizzle-orm';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { backupCodes, smsCodes, smsPhones } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { securityNoticeMail } from '../../../platform/mail/templates.ts';
import { markSecondFactor, type ActiveSession } from '../../identity/sessions/sessions.ts';
import { newBackupCode, storeBackupCode } from '../backup-code/backup-code.ts';
import { twoFactorOf } from '../../identity/two-factor/policy.ts';
import { assertMayAddFactor, assertRecentSecondFactor } from '../../identity/two-factor/step-up.ts';
import { markTwoFactorEnabled } from '../../identity/two-factor/policy.ts';
import { checkSmsCode, sendSmsCode } from './sms-codes.ts';

/** A number that can receive text messages, in E.164; undefined when it cannot. */
export function mobileNumber(input: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input, 'NL');
  if (!parsed?.isValid()) return undefined;
  const type = parsed.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' || type === undefined ? parsed.number : undefined;
}

export async function addPhone(deps: Deps, session: ActiveSession, input: string): Promise<string> {
  await assertMayAddFactor(deps, session);
  const phone = mobileNumber(input);
  if (!phone) throw fieldError('phone', 'PHONE_INVALID');
  await sendSmsCode(deps, session.user.id, phone, 'verify_phone', async (tx, now) => {
    const values = { userId: session.user.id, phone, verifiedAt: null, createdAt: now };
    await tx.insert(smsPhones).values(values).onConflictDoUpdate({ target: smsPhones.userId, set: values });
  });
  return phone;
}

/**
 * The phone is confirmed and 2FA is on. When it is the account's first factor (no backup code yet:
 * the phone was added before, or instead of, an app or a passkey), a backup code comes with it, as
 * with the other factors: otherwise SMS would be the only way in, and anyone with the password could
 * use up its sending limit. The code just entered proves the phone, so in a full session it counts as
 * a fresh second factor, and the new backup code shows there until "Gereed".
 */
export async function confirmPhone(deps: Deps, session: ActiveSession, code: string, meta: RequestMeta): Promise<{ phone: string; backupCode?: string }> {
  const user = session.user;
  const [phone] = await deps.db.select().from(smsPhones).where(eq(smsPhones.userId, user.id));
  if (!phone) throw new AppError('SMS_NOT_AVAILABLE');
  const result = await checkSmsCode(deps, user.id, 'verify_phone', code);
  if (result === 'expired') throw new AppError('CODE_EXPIRED');
  if (result === 'wrong') throw new AppError('TWO_FACTOR_CODE_INVALID');
  const [existingBackup] = await deps.db.select({ userId: backupCodes.userId }).from(backupCodes).where(eq(backupCodes.userId, user.id)).limit(1);
  // Hashed before the transaction: argon2 takes a while.
  const backup = existingBackup ? undefined : await newBackupCode();
  const now = deps.clock.now();
  const audit = { ...ownAction(user), occurredAt: now, ip: meta.ip };
  await deps.db.transaction(async (tx) => {
    await tx.update(smsPhones).set({ verifiedAt: now }).where(eq(smsPhones.userId, user.id));
    await markTwoFactorEnabled(tx, user.id, now);
    if (backup) {
      await storeBackupCode(tx, deps.cipher, user.id, backup, now);
      await recordAudit(tx, { ...audit, action: 'two_factor.backup_code_issued' });
      if (session.stage === 'full') await markSecondFactor(tx, session.tokenHash, now);
    }
    await sendMail(tx, deps.cipher, securityNoticeMail(user.email, 'phone_added', `${deps.config.publicUrl}/inloggen`));
    await recordAudit(tx, { ...audit, action: 'two_factor.phone_added' });
  });
  deps.jobs.kick();
  return { phone: phone.phone, ...(backup ? { backupCode: backup.code } : {}) };
}

export async function removePhone(deps: Deps, session: ActiveSession, meta: RequestMeta): Promise<void> {
  const user = session.user;
  assertRecentSecondFactor(deps, session, (await twoFactorOf(deps.db, user)).enabled);
  await deps.db.transaction(async (tx) => {
    await tx.delete(smsPhones).where(eq(smsPhones.userId, user.id));
    await tx.delete(smsCodes).where(eq(smsCodes.userId, user.id));
    await recordAudit(tx, { ...ownAction(user), action: 'two_factor.phone_removed', occurredAt: deps.clock.now(), ip: meta.ip });
  });
}
