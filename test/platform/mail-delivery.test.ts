// Mail over real SMTP: what arrives in the inbox (sender, parts, Dutch subject), and that an
// unreachable mail server neither fails the user's request nor loses or duplicates the mail.
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { registration } from '../support/factories.ts';
import { freePort, startSmtpSink, type SmtpSink } from '../support/smtp.ts';

const inbox = await startSmtpSink();
const t = await startTestApp({ env: { SMTP_URL: inbox.url } });

const outagePort = await freePort();
const outage = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${outagePort}` }, jobOptions: { backoffMs: 10 } });

const sinks: SmtpSink[] = [inbox];
afterAll(async () => {
  await Promise.all(sinks.map((s) => s.close()));
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mailsTo = (sink: SmtpSink, email: string) => sink.messages.filter((m) => m.to !== undefined && JSON.stringify(m.to).includes(email));

async function jobStates(app: TestApp) {
  return app.deps.database.withConnection(async (conn) => {
    const { rows } = await conn.query('SELECT status, attempts, last_error FROM jobs ORDER BY id');
    return rows as { status: string; attempts: number; last_error: string | null }[];
  });
}

describe('mail delivered over SMTP', () => {
  it('delivers the registration mail from "Nachtregister <no-reply@nachtregister.localhost>" with text and HTML parts and a Dutch subject', async () => {
    const input = registration(t);
    expect((await t.client().post('/api/registrations', input)).statusCode).toBe(201);
    await t.deps.jobs.drain();

    const [mail, ...others] = mailsTo(inbox, input.email);
    expect(others).toHaveLength(0);
    expect(mail?.from?.value).toEqual([{ name: 'Nachtregister', address: 'no-reply@nachtregister.localhost' }]);
    expect(mail?.to).toMatchObject({ value: [{ address: input.email }] });
    expect(mail?.subject).toBe('Bevestig uw emailadres voor het Nachtregister');
    expect(mail?.text).toMatch(/Ga naar deze pagina: \S+\/code-invullen\?code=[0-9a-f]{48}/);
    expect(typeof mail?.html).toBe('string');
    expect(String(mail?.html)).toMatch(/<a href="[^"]+\/code-invullen\?code=[0-9a-f]{48}">deze pagina<\/a>/);
  });
});

describe('mail while the mail server is down', () => {
  it('accepts the registration, retries the mail later and delivers it exactly once', async () => {
    const input = registration(outage);
    const response = await outage.client().post('/api/registrations', input);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ status: 'registered' });

    // Nothing listens: the attempt fails and the job stays queued for a retry.
    await outage.deps.jobs.drain();
    const [failed] = await jobStates(outage);
    expect(failed?.status).toBe('pending');
    expect(failed?.attempts).toBeGreaterThanOrEqual(1);
    expect(failed?.last_error).toBeTruthy();

    const recovered = await startSmtpSink(outagePort);
    sinks.push(recovered);
    for (let round = 0; round < 200 && recovered.messages.length === 0; round++) {
      await pause(20);
      await outage.deps.jobs.drain();
    }
    expect(mailsTo(recovered, input.email)).toHaveLength(1);

    // The job is done: no retry is left to send the mail a second time, however often the worker polls.
    expect((await jobStates(outage)).map((j) => j.status)).toEqual(['done']);
    await outage.deps.jobs.drain();
    expect(recovered.messages).toHaveLength(1);
    expect(recovered.messages[0]?.subject).toBe('Bevestig uw emailadres voor het Nachtregister');
  });
});
