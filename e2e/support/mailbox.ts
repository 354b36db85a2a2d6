// The journeys' inbox: the integration tests' SMTP sink, plus waiting for a particular mail the
// way a user waits for it to arrive.
import type { ParsedMail } from 'mailparser';
import { startSmtpSink, type SmtpSink, type SmtpSinkOptions } from '../../test/support/smtp.ts';

export interface Mailbox extends SmtpSink {
  /** Waits for the next mail to `to` whose subject matches. */
  waitFor(to: string, subject: RegExp, timeoutMs?: number): Promise<ParsedMail>;
}

export async function startMailbox(options: SmtpSinkOptions = {}): Promise<Mailbox> {
  const sink = await startSmtpSink(0, options);
  const seen = new Set<ParsedMail>();
  return {
    ...sink,
    async waitFor(to, subject, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = sink.messages.find((m) => !seen.has(m) && subject.test(m.subject ?? '') && JSON.stringify(m.to).includes(to));
        if (mail) {
          seen.add(mail);
          return mail;
        }
        if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
