// The two channels whose failed messages an admin sees: which job kind each is, and how to read
// who a queued message was for without opening its body (which holds codes and links).
import type { Cipher } from '../../../platform/crypto.ts';
import { MAIL_JOB, mailEnvelope } from '../../../platform/mail/mailer.ts';
import { SMS_JOB, smsEnvelope } from '../../../platform/sms/sender.ts';

export type Channel = 'mail' | 'sms';

export const CHANNEL_KINDS = [MAIL_JOB, SMS_JOB] as const;

export function channelOf(kind: string): Channel {
  return kind === SMS_JOB ? 'sms' : 'mail';
}

/**
 * Recipient and (for mail) subject of a queued message; nulls when the content cannot be opened
 * (sealed under a key this instance no longer has), so one such message does not hide the rest.
 */
export function envelopeOf(kind: string, payload: unknown, cipher: Cipher): { recipient: string | null; subject: string | null } {
  try {
    if (kind === SMS_JOB) return { recipient: smsEnvelope(payload, cipher).to, subject: null };
    const { to, subject } = mailEnvelope(payload, cipher);
    return { recipient: to, subject };
  } catch {
    return { recipient: null, subject: null };
  }
}
