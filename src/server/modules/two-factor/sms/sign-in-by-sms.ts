// "Stuur een code per SMS" at the 2FA step (or as a step-up): a code to the confirmed phone,
// then checked like the app's code.
import { and, eq, isNotNull } from 'drizzle-orm';
import { smsPhones } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { assertMayTry, factorFailed, factorProven, type Proven } from '../challenge.ts';
import { checkSmsCode, maskPhone, sendSmsCode } from './sms-codes.ts';

export async function sendSignInSms(deps: Deps, session: ActiveSession): Promise<string> {
  const [phone] = await deps.db
    .select()
    .from(smsPhones)
    .where(and(eq(smsPhones.userId, session.user.id), isNotNull(smsPhones.verifiedAt)));
  if (!phone) throw new AppError('SMS_NOT_AVAILABLE');
  await sendSmsCode(deps, session.user.id, phone.phone, 'sign_in');
  return maskPhone(phone.phone);
}

export async function verifySignInSms(
  deps: Deps,
  session: ActiveSession,
  input: { code: string; rememberDevice?: boolean },
  meta: RequestMeta,
): Promise<Proven> {
  await assertMayTry(deps, session, meta);
  const result = await checkSmsCode(deps, session.user.id, 'sign_in', input.code);
  if (result === 'expired') return factorFailed(deps, session, 'sms', meta, new AppError('CODE_EXPIRED'));
  if (result === 'wrong') return factorFailed(deps, session, 'sms', meta);
  return factorProven(deps, session, 'sms', meta, { rememberDevice: input.rememberDevice });
}
