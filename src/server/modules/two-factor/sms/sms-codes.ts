// 6-digit SMS codes: stored as a keyed hash, valid 5 minutes, dead after 5 wrong tries, sent at
// most once per 30 seconds and 5 times an hour per user.
import { randomInt } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { smsCodes } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { sendSms } from '../../../platform/sms/sender.ts';

export type SmsPurpose = 'verify_phone' | 'sign_in';

const TTL_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;

const TEXTS: Record<SmsPurpose, (code: string) => string> = {
  verify_phone: (code) => `Uw verificatiecode voor het Nachtregister is ${code}. De code is 5 minuten geldig.`,
  sign_in: (code) => `Uw inlogcode voor het Nachtregister is ${code}. De code is 5 minuten geldig. Deel deze code met niemand.`,
};

/**
 * Sends a new code to `phone` (rate limited per user); earlier unused codes stop working.
 * `change` runs in the same transaction and only once the limits allow the SMS, so a refused
 * request changes nothing and a live code always belongs to the number it was sent to.
 */
export async function sendSmsCode(
  deps: Deps,
  userId: string,
  phone: string,
  purpose: SmsPurpose,
  change?: (tx: Db, now: Date) => Promise<void>,
): Promise<void> {
  // Without a gateway, production would keep codes in a table nobody reads: refuse instead.
  if (deps.sms.kind === 'outbox' && deps.config.env === 'production') throw new AppError('SMS_NOT_AVAILABLE');
  await enforceLimit(deps.limiter, `sms-interval:${userId}`, deps.limits.smsInterval);
  await enforceLimit(deps.limiter, `sms-hour:${userId}`, deps.limits.smsPerHour);
  const code = String(randomInt(1_000_000)).padStart(6, '0');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await change?.(tx, now);
    await tx
      .update(smsCodes)
      .set({ usedAt: now })
      .where(and(eq(smsCodes.userId, userId), eq(smsCodes.purpose, purpose), isNull(smsCodes.usedAt)));
    await tx.insert(smsCodes).values({
      userId,
      purpose,
      codeHash: deps.cipher.mac(`${userId}:${code}`),
      createdAt: now,
      expiresAt: new Date(now.getTime() + TTL_MS),
    });
    await sendSms(tx, deps.cipher, { to: phone, text: TEXTS[purpose](code) });
  });
  deps.jobs.kick();
}

export type SmsCheck = 'ok' | 'wrong' | 'expired';

/**
 * Checks a typed code against the newest live code, in a transaction of its own so that a wrong
 * try is counted even though the caller then refuses. A right code is used up; after 5 wrong
 * tries, or after 5 minutes, the code is 'expired'.
 */
export async function checkSmsCode(deps: Deps, userId: string, purpose: SmsPurpose, code: string): Promise<SmsCheck> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [live] = await tx
      .select()
      .from(smsCodes)
      .where(and(eq(smsCodes.userId, userId), eq(smsCodes.purpose, purpose), isNull(smsCodes.usedAt), gt(smsCodes.expiresAt, now)))
      .orderBy(desc(smsCodes.createdAt))
      .for('update')
      .limit(1);
    if (!live || live.attempts >= MAX_ATTEMPTS) return 'expired';
    if (!deps.cipher.macMatches(`${userId}:${code}`, live.codeHash)) {
      await tx
        .update(smsCodes)
        .set({ attempts: live.attempts + 1 })
        .where(eq(smsCodes.id, live.id));
      return 'wrong';
    }
    await tx.update(smsCodes).set({ usedAt: now }).where(eq(smsCodes.id, live.id));
    return 'ok';
  });
}

/** "+31 6 ****5678": enough to recognise one's own number, not enough to learn it. */
export function maskPhone(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone);
  const country = parsed ? `+${parsed.countryCallingCode}` : phone.slice(0, 3);
  const national = parsed ? parsed.nationalNumber : phone.slice(3);
  return `${country} ${national.slice(0, 1)} ****${national.slice(-4)}`;
}
