// Delivers mail: over SMTP with nodemailer when SMTP_URL is set, otherwise into the development
// outbox (a table shown at /dev/outbox) with the links printed to the console. Callers never send
// directly: they enqueue a 'mail.send' job (see sendMail) in their own transaction. Mail goes
// out in the order it was queued (deliveredInOrder); every attempt of one mail carries the same
// Message-ID, so a receiving server can recognise a repeat after an answer that got lost.
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { devOutbox } from '../../db/schema.ts';
import type { Cipher } from '../crypto.ts';
import { deliveredInOrder, enqueue, MessageRefused, type JobHandler } from '../jobs/queue.ts';
import { linksIn } from '../../../shared/text-links.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Set by sendMail: the local part of the Message-ID, the same on every delivery attempt. */
  messageId?: string;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'outbox';
  deliver(message: MailMessage): Promise<void>;
}

/**
 * The server's reply concerns this message (its recipient or its content) and is final: a 5xx
 * to RCPT TO or DATA. A 5xx to MAIL FROM or to signing in concerns every message (our sender or
 * credentials), so like a server that cannot be reached it keeps the queue waiting in order.
 */
function refusesMessage(error: unknown): boolean {
  const { permanent, command } = error as { permanent?: unknown; command?: unknown };
  return permanent === true && (command === 'RCPT TO' || command === 'DATA');
}

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  // Timeouts well inside the job lease (60 s), so a hanging server ends the attempt before
  // another worker may take the same mail.
  const transporter = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  const domain = /@([^\s@<>]+)>?\s*$/.exec(from)?.[1] ?? 'nachtregister.localhost';
  return {
    kind: 'smtp',
    async deliver({ messageId, ...message }) {
      try {
        await transporter.sendMail({ from, ...message, ...(messageId ? { messageId: `<${messageId}@${domain}>` } : {}) });
      } catch (error) {
        if (refusesMessage(error)) throw new MessageRefused(error instanceof Error ? error.message : String(error), { cause: error });
        throw error;
      }
    },
  };
}

export function outboxTransport(db: Db, log: FastifyBaseLogger): MailTransport {
  return {
    kind: 'outbox',
    async deliver(message) {
      await db.insert(devOutbox).values({
        channel: 'mail',
        recipient: message.to,
        subject: message.subject,
        bodyText: message.text,
        bodyHtml: message.html,
      });
      // Without the sentence's punctuation, so a terminal's link is the address and nothing more.
      const links = linksIn(message.text);
      log.info({ to: message.to, subject: message.subject, links }, 'mail kept in the development outbox (/dev/outbox)');
    },
  };
}

export const MAIL_JOB = 'mail.send';

/** Queues a mail inside the caller's transaction; its content is encrypted at rest. */
export async function sendMail(tx: Db, cipher: Cipher, message: MailMessage): Promise<void> {
  const queued: MailMessage = { messageId: randomUUID(), ...message };
  await enqueue(tx, MAIL_JOB, { sealed: cipher.encrypt(JSON.stringify(queued)) });
}

function openMail(payload: unknown, cipher: Cipher): MailMessage {
  const sealed = (payload as { sealed?: unknown }).sealed;
  if (typeof sealed !== 'string') throw new Error('mail job without content');
  return JSON.parse(cipher.decrypt(sealed)) as MailMessage;
}

export function mailJobHandler(transport: MailTransport, cipher: Cipher): JobHandler {
  return deliveredInOrder(async (payload) => {
    await transport.deliver(openMail(payload, cipher));
  });
}

/** Who a queued mail is for and its subject, for the admin's dead letters; never the body (it holds codes). */
export function mailEnvelope(payload: unknown, cipher: Cipher): { to: string; subject: string } {
  const { to, subject } = openMail(payload, cipher);
  return { to, subject };
}
