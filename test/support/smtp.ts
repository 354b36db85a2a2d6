// A real SMTP server inside the test process: the app delivers to it with nodemailer and the test
// reads the parsed messages, as a user would find them in their inbox.
import net, { type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  port: number;
  url: string;
  /** Every message accepted so far, in arrival order. */
  messages: ParsedMail[];
  /** Messages received in full but answered with an error (refuseMessage), in arrival order. */
  refused: ParsedMail[];
  close(): Promise<void>;
}

/** Ways to make the server say no, as a real one does; both may change during a test. */
export interface SmtpSinkOptions {
  /** A reply code (e.g. 550 no such user) for RCPT TO of this address instead of accepting it. */
  refuseRecipient?: (address: string) => number | undefined;
  /** A reply code (e.g. 451) after the whole message came in, instead of 250. */
  refuseMessage?: (mail: ParsedMail) => number | undefined;
  /** Waited for before the answer to a whole message: a slow server, holding the sender. */
  beforeAnswer?: (mail: ParsedMail) => Promise<void>;
}

function smtpError(responseCode: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode });
}

/**
 * Starts an SMTP server on 127.0.0.1 (a free port unless one is given). A message is parsed and
 * stored before the server answers 250, so once the sender's call resolves the message is here.
 */
export async function startSmtpSink(port = 0, options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const refused: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = options.refuseRecipient?.(address.address);
      callback(code ? smtpError(code, `Recipient ${address.address} refused`) : undefined);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        async (mail) => {
          await options.beforeAnswer?.(mail);
          const code = options.refuseMessage?.(mail);
          if (code) {
            refused.push(mail);
            callback(smtpError(code, 'Message refused'));
            return;
          }
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    messages,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A TCP port on 127.0.0.1 that nothing listens on at the moment of the call. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
