// "SMS inschakelen als back-upmethode" (Visma seed): add a phone number, confirm it with the
// 6-digit code sent to it, or remove it.
import { eq } from 'drizzle-orm';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { smsCodes, smsPhones } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { securityNoticeMail } from '../../../platform/mail/templates.ts';
import type { ActiveSession } from '../../accounts/sessions/sessions.ts';
import { assertMayAddFactor, assertRecentSecondFactor, hasTwoFactor } from '../challenge.ts';
import { markTwoFactorEnabled } from '../policy.ts';
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

export async function confirmPhone(deps: Deps, session: ActiveSession, code: string, meta: RequestMeta): Promise<string> {
  const user = session.user;
  const [phone] = await deps.db.select().from(smsPhones).where(eq(smsPhones.userId, user.id));
  if (!phone) throw new AppError('SMS_NOT_AVAILABLE', 400);
  const result = await checkSmsCode(deps, user.id, 'verify_phone', code);
  if (result === 'expired') throw new AppError('CODE_EXPIRED', 400);
  if (result === 'wrong') throw new AppError('TWO_FACTOR_CODE_INVALID', 400);
  await deps.db.transaction(async (tx) => {
    await tx.update(smsPhones).set({ verifiedAt: deps.clock.now() }).where(eq(smsPhones.userId, user.id));
    await markTwoFactorEnabled(tx, user.id, deps.clock.now());
    await sendMail(tx, deps.cipher, securityNoticeMail(user.email, 'phone_added', `${deps.config.publicUrl}/inloggen`));
    await recordAudit(tx, { ...ownAction(user), action: 'two_factor.phone_added', occurredAt: deps.clock.now(), ip: meta.ip });
  });
  deps.jobs.kick();
  return phone.phone;
}

export async function removePhone(deps: Deps, session: ActiveSession, meta: RequestMeta): Promise<void> {
  const user = session.user;
  assertRecentSecondFactor(deps, session, await hasTwoFactor(deps, session));
  await deps.db.transaction(async (tx) => {
    await tx.delete(smsPhones).where(eq(smsPhones.userId, user.id));
    await tx.delete(smsCodes).where(eq(smsCodes.userId, user.id));
    await recordAudit(tx, { ...ownAction(user), action: 'two_factor.phone_removed', occurredAt: deps.clock.now(), ip: meta.ip });
  });
}
