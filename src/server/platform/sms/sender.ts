// SMS delivery behind one port. Without SMS_URL messages go to the development outbox (shown at
// /dev/outbox next to the mail, and logged); with it, to an HTTP gateway:
//
//   POST <SMS_URL without credentials>
//   Content-Type: application/json
//   Authorization: Basic base64(user:password)      (when SMS_URL carries user:password@)
//   {"to":"+31612345678","text":"…","reference":"<random id>"}
//
// The reference is chosen when the message is queued and sent again with every retry, so a
// gateway that took a message but whose answer got lost can recognise the repeat.
//
// Any 2xx answer is delivery; anything else (or no answer within 10 s) is an error, so the job
// queue retries, keeping the order in which messages were queued. A 4xx answer refuses the
// message itself (an invalid number, say) and ends it as a dead letter after a few attempts,
// except the ones that concern every message or ask to come back later: 401, 403, 404, 405, 407
// (credentials or address of the gateway wrong), 408, 425 and 429. Callers never send directly:
// they enqueue an 'sms.send' job (sendSms) in their own transaction, its content encrypted like
// queued mail.
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { devOutbox } from '../../db/schema.ts';
import type { Cipher } from '../crypto.ts';
import { deliveredInOrder, enqueue, MessageRefused, type JobHandler } from '../jobs/queue.ts';

export interface SmsMessage {
  to: string;
  text: string;
  /** Set by sendSms; the same on every delivery attempt of one message. */
  reference?: string;
}

export interface SmsSender {
  readonly kind: 'gateway' | 'outbox';
  deliver(message: SmsMessage): Promise<void>;
}

export function outboxSender(db: Db, log: FastifyBaseLogger): SmsSender {
  return {
    kind: 'outbox',
    async deliver(message) {
      await db.insert(devOutbox).values({ channel: 'sms', recipient: message.to, bodyText: message.text });
      log.info({ to: message.to, text: message.text }, 'SMS kept in the development outbox (/dev/outbox)');
    },
  };
}

const NOT_ABOUT_THE_MESSAGE = new Set([401, 403, 404, 405, 407, 408, 425, 429]);

function refusesMessage(status: number): boolean {
  return status >= 400 && status < 500 && !NOT_ABOUT_THE_MESSAGE.has(status);
}

export function gatewaySender(smsUrl: string): SmsSender {
  const url = new URL(smsUrl);
  const credentials = url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined;
  url.username = '';
  url.password = '';
  const endpoint = url.toString();
  return {
    kind: 'gateway',
    async deliver(message) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(credentials ? { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } : {}),
        },
        body: JSON.stringify({ to: message.to, text: message.text, reference: message.reference ?? randomUUID() }),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return;
      const problem = `SMS gateway answered ${response.status}`;
      if (refusesMessage(response.status)) throw new MessageRefused(problem);
      throw new Error(problem);
    },
  };
}

export function createSmsSender(config: Config, db: Db, log: FastifyBaseLogger): SmsSender {
  return config.smsUrl ? gatewaySender(config.smsUrl) : outboxSender(db, log);
}

export const SMS_JOB = 'sms.send';

export async function sendSms(tx: Db, cipher: Cipher, message: SmsMessage): Promise<void> {
  const queued: SmsMessage = { reference: randomUUID(), ...message };
  await enqueue(tx, SMS_JOB, { sealed: cipher.encrypt(JSON.stringify(queued)) });
}

function openSms(payload: unknown, cipher: Cipher): SmsMessage {
  const sealed = (payload as { sealed?: unknown }).sealed;
  if (typeof sealed !== 'string') throw new Error('SMS job without content');
  return JSON.parse(cipher.decrypt(sealed)) as SmsMessage;
}

export function smsJobHandler(sender: SmsSender, cipher: Cipher): JobHandler {
  return deliveredInOrder(async (payload) => {
    await sender.deliver(openSms(payload, cipher));
  });
}

/** Who a queued SMS is for, for the admin's dead letters; never the text (it holds a code). */
export function smsEnvelope(payload: unknown, cipher: Cipher): { to: string } {
  return { to: openSms(payload, cipher).to };
}
