// Delivers mail: over SMTP with nodemailer when SMTP_URL is set, otherwise into the development
// outbox (a table shown at /dev/outbox) with the links printed to the console. Callers never send
// directly: they enqueue a 'mail.send' job (see sendMail) in their own transaction.
import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { devOutbox } from '../../db/schema.ts';
import type { Cipher } from '../crypto.ts';
import { enqueue, type JobHandler } from '../jobs/queue.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'outbox';
  deliver(message: MailMessage): Promise<void>;
}

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async deliver(message) {
      await transporter.sendMail({ from, ...message });
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
      const links = message.text.match(/https?:\/\/\S+/g) ?? [];
      log.info({ to: message.to, subject: message.subject, links }, 'mail kept in the development outbox (/dev/outbox)');
    },
  };
}

export const MAIL_JOB = 'mail.send';

/** Queues a mail inside the caller's transaction; its content is encrypted at rest. */
export async function sendMail(tx: Db, cipher: Cipher, message: MailMessage): Promise<void> {
  await enqueue(tx, MAIL_JOB, { sealed: cipher.encrypt(JSON.stringify(message)) });
}

export function mailJobHandler(transport: MailTransport, cipher: Cipher): JobHandler {
  return async (payload) => {
    const sealed = (payload as { sealed?: unknown }).sealed;
    if (typeof sealed !== 'string') throw new Error('mail job without content');
    await transport.deliver(JSON.parse(cipher.decrypt(sealed)) as MailMessage);
  };
}
