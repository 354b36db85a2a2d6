// Mail and SMS through an outage of the mail server or the SMS gateway: the user's request
// succeeds all the same; while the channel is down only its oldest message is tried, so when it
// comes back everything arrives in the order it was caused, each message exactly once, also with
// a second worker (a second instance) draining at the same time. A message the receiver refuses
// is given up after a few attempts without holding up the rest, and ends in the admin's list of
// undelivered messages, from which the admin sends it again (once) or removes it, audited.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { JobWorker } from '../../src/server/platform/jobs/queue.ts';
import { SMS_JOB, smsJobHandler } from '../../src/server/platform/sms/sender.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { registration, signedInOperatorAccount, signedInOwner, STRONG_PASSWORD } from '../support/factories.ts';
import { freePort, startSmtpSink, type SmtpSink } from '../support/smtp.ts';

const CONFIRM = 'Bevestig uw emailadres voor het Nachtregister';
const RESET = 'Nieuw wachtwoord aanmaken voor het Nachtregister';

const sinks: SmtpSink[] = [];
afterAll(async () => {
  await Promise.all(sinks.map((s) => s.close()));
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Drains again and again (the way the worker polls) until `done`, with a deadline as a hang guard. */
async function drainUntil(t: TestApp, done: () => boolean, what: string): Promise<void> {
  for (let round = 0; round < 600 && !done(); round++) {
    await pause(15);
    await t.deps.jobs.drain();
  }
  if (!done()) throw new Error(`still waiting for ${what}`);
}

/** A few polls of the worker while nothing can be delivered. */
async function pollDuringOutage(t: TestApp, rounds = 4): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await pause(15);
    await t.deps.jobs.drain();
  }
}

const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? '';

interface DeadLetter {
  id: string;
  channel: 'mail' | 'sms';
  recipient: string | null;
  subject: string | null;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  lastTriedAt: string | null;
}
interface DeadLetterList {
  total: number;
  deadLetters: DeadLetter[];
  waiting: { channel: 'mail' | 'sms'; count: number; since: string; attempts: number; lastError: string | null; nextAttemptAt: string }[];
}

async function deadLetters(admin: TestClient): Promise<DeadLetterList> {
  const response = await admin.get('/api/admin/dead-letters');
  expect(response.statusCode).toBe(200);
  return response.json<DeadLetterList>();
}

describe('mail while the mail server is down', async () => {
  const port = await freePort();
  const t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` }, jobOptions: { backoffMs: 10 } });
  const admin = await signedInOperatorAccount(t, 'admin');

  it('accepts every action, tries only the oldest mail meanwhile, and delivers all in order, each once, when the server is back', async () => {
    const [first, second, third] = [registration(t), registration(t), registration(t)];
    const expected: [string, string][] = [];
    const register = async (input: ReturnType<typeof registration>) => {
      const response = await t.client().post('/api/registrations', input);
      expect([response.statusCode, response.json()]).toEqual([201, { status: 'registered' }]);
      expected.push([input.email, CONFIRM]);
    };
    const requestReset = async (email: string) => {
      const response = await t.client().post('/api/password-resets', { email });
      expect([response.statusCode, response.json()]).toEqual([202, { status: 'accepted' }]);
      expected.push([email, RESET]);
    };

    await register(first);
    await pollDuringOutage(t, 6);
    await register(second);
    await requestReset(first.email);
    await pollDuringOutage(t);
    await register(third);
    await pollDuringOutage(t, 2);
    await requestReset(second.email);
    await requestReset(third.email);
    await pollDuringOutage(t);

    // The admin sees the mail waiting behind its oldest message, and why.
    const { waiting, deadLetters: dead } = await deadLetters(admin.client);
    expect(dead).toEqual([]);
    const mail = waiting.find((w) => w.channel === 'mail');
    expect(mail?.count).toBeGreaterThanOrEqual(expected.length);
    expect(mail?.attempts).toBeGreaterThan(1);
    expect(mail?.lastError).toMatch(/ECONNREFUSED|connect/i);

    const inbox = await startSmtpSink(port);
    sinks.push(inbox);
    const ours = () => inbox.messages.filter((m) => expected.some(([email]) => email === addressOf(m)));
    await drainUntil(t, () => ours().length >= expected.length, 'the mail after the outage');
    await pollDuringOutage(t);

    expect(ours().map((m) => [addressOf(m), m.subject])).toEqual(expected);
    const ids = inbox.messages.map((m) => m.messageId);
    expect(ids.every((id) => /^<[0-9a-f-]{36}@nachtregister\.localhost>$/.test(id ?? ''))).toBe(true);
    expect(new Set(ids).size).toBe(inbox.messages.length);
    expect((await deadLetters(admin.client)).waiting).toEqual([]);
  });
});

describe('mail the server defers', async () => {
  const deferred = new Set<string>();
  const inbox = await startSmtpSink(0, { refuseMessage: (mail) => (deferred.delete(addressOf(mail)) ? 451 : undefined) });
  sinks.push(inbox);
  const t = await startTestApp({ env: { SMTP_URL: inbox.url }, jobOptions: { backoffMs: 10 } });

  it('is sent again with the same Message-ID, before the mail behind it', async () => {
    const [first, second] = [registration(t), registration(t)];
    deferred.add(first.email);
    expect((await t.client().post('/api/registrations', first)).statusCode).toBe(201);
    expect((await t.client().post('/api/registrations', second)).statusCode).toBe(201);

    await drainUntil(t, () => inbox.messages.length >= 2, 'both mails');
    await pollDuringOutage(t);
    expect(inbox.refused.map(addressOf)).toEqual([first.email]);
    expect(inbox.messages.map(addressOf)).toEqual([first.email, second.email]);
    expect(inbox.messages[0]?.messageId).toBe(inbox.refused[0]?.messageId);
    expect(inbox.messages[1]?.messageId).not.toBe(inbox.messages[0]?.messageId);
  });
});

/** A gateway speaking the contract of platform/sms/sender.ts that can be down, refuse a number, or hold a request. */
function fakeGateway() {
  const state = {
    down: false,
    refuse: new Set<string>(),
    hold: false,
    held: [] as (() => void)[],
    requests: [] as { status: number; to: string; text: string; reference: string }[],
  };
  const server = http.createServer((request, response) => {
    let data = '';
    request.on('data', (chunk: Buffer) => (data += chunk.toString()));
    request.on('end', () => {
      const body = JSON.parse(data) as { to: string; text: string; reference: string };
      const status = state.down ? 503 : state.refuse.has(body.to) ? 422 : 202;
      const answer = () => {
        state.requests.push({ status, ...body });
        response.writeHead(status).end();
      };
      if (state.hold && status === 202) state.held.push(answer);
      else answer();
    });
  });
  return { state, server };
}

describe('SMS while the gateway is down', async () => {
  const { state, server } = fakeGateway();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const t = await startTestApp({
    env: { SMS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms` },
    jobOptions: { backoffMs: 10 },
  });
  const accepted = () => state.requests.filter((r) => r.status === 202);

  async function sendCode(phone: string): Promise<void> {
    const owner = await signedInOwner(t);
    const response = await owner.client.post('/api/two-factor/sms/phone', { phone });
    expect(response.statusCode).toBeLessThan(300);
  }

  it('delivers every SMS in order after the outage, each reference once, having tried only the oldest meanwhile', async () => {
    state.down = true;
    const phones = ['0611111101', '0611111102', '0611111103', '0611111104'];
    for (const phone of phones) {
      await sendCode(phone);
      await pollDuringOutage(t, 3);
    }
    const duringOutage = [...state.requests];
    expect(duringOutage.length).toBeGreaterThan(1);
    expect(new Set(duringOutage.map((r) => r.to))).toEqual(new Set(['+31611111101']));

    state.down = false;
    await drainUntil(t, () => accepted().length >= phones.length, 'the SMS after the outage');
    await pollDuringOutage(t);
    expect(accepted().map((r) => r.to)).toEqual(phones.map((p) => `+316${p.slice(2)}`));
    const references = accepted().map((r) => r.reference);
    expect(new Set(references).size).toBe(phones.length);
    // Every try of the first message carried the reference it was finally accepted with.
    expect(new Set(duringOutage.map((r) => r.reference))).toEqual(new Set([references[0]]));
  });

  it('lets a second worker send nothing of the channel while its oldest message is in flight', async () => {
    const second = new JobWorker({ db: t.deps.db, log: t.deps.log, handlers: { [SMS_JOB]: smsJobHandler(t.deps.sms, t.deps.cipher) } });
    const before = accepted().length;
    await sendCode('0622222201');
    await sendCode('0622222202');
    state.hold = true;
    const firstWorker = t.deps.jobs.drain();
    for (let round = 0; round < 400 && state.held.length === 0; round++) await pause(10);
    expect(state.held).toHaveLength(1);

    expect(await second.drain()).toBe(0);
    expect(state.held).toHaveLength(1);

    state.hold = false;
    for (const answer of state.held.splice(0)) answer();
    await Promise.all([firstWorker, second.drain()]);
    await drainUntil(t, () => accepted().length >= before + 2, 'both SMS');
    expect(
      accepted()
        .slice(before)
        .map((r) => r.to),
    ).toEqual(['+31622222201', '+31622222202']);
  });

  it('gives up on a number the gateway refuses after a few attempts, without holding up the next SMS', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    state.refuse.add('+31633333301');
    const before = accepted().length;
    await sendCode('0633333301');
    await sendCode('0633333302');
    await drainUntil(t, () => accepted().length > before, 'the SMS behind the refused one');
    expect(
      accepted()
        .slice(before)
        .map((r) => r.to),
    ).toEqual(['+31633333302']);
    expect(state.requests.filter((r) => r.to === '+31633333301')).toHaveLength(3);

    const [dead] = (await deadLetters(admin.client)).deadLetters;
    expect(dead).toMatchObject({ channel: 'sms', recipient: '+31633333301', subject: null, attempts: 3, lastError: 'SMS gateway answered 422' });
    expect(JSON.stringify(dead)).not.toMatch(/verificatiecode|\b\d{6}\b/);
  });
});

describe('a mail the server refuses', async () => {
  const refused = new Set<string>();
  const inbox = await startSmtpSink(0, { refuseRecipient: (address) => (refused.has(address) ? 550 : undefined) });
  sinks.push(inbox);
  const t = await startTestApp({ env: { SMTP_URL: inbox.url }, jobOptions: { backoffMs: 10 } });
  const admin = await signedInOperatorAccount(t, 'admin');
  const mailsTo = (email: string) => inbox.messages.filter((m) => addressOf(m) === email);

  /** Registers `input`; with `refuse` the server answers 550 to its address. */
  async function register(input: ReturnType<typeof registration>, refuse = false): Promise<void> {
    if (refuse) refused.add(input.email);
    const response = await t.client().post('/api/registrations', input);
    expect([response.statusCode, response.json()]).toEqual([201, { status: 'registered' }]);
  }

  /** A signed-in owner, confirmed with the code from the mail in the sink. */
  async function ownerViaInbox(): Promise<TestClient> {
    const input = registration(t);
    await register(input);
    await drainUntil(t, () => mailsTo(input.email).length > 0, 'the confirmation mail');
    const code = /code=([0-9a-f]{48})/.exec(mailsTo(input.email)[0]?.text ?? '')?.[1];
    const client = t.client();
    expect((await client.post('/api/email-confirmations', { code })).statusCode).toBe(200);
    expect((await client.post('/api/sessions', { email: input.email, password: STRONG_PASSWORD })).statusCode).toBe(200);
    return client;
  }

  const unlucky = registration(t);
  const next = registration(t);

  it('ends as a dead letter after a few attempts and does not hold up the mail behind it', async () => {
    await register(unlucky, true);
    await register(next);
    await drainUntil(t, () => mailsTo(next.email).length > 0, 'the mail behind the refused one');
    await pollDuringOutage(t);
    expect(mailsTo(unlucky.email)).toEqual([]);
    expect(mailsTo(next.email)).toHaveLength(1);
  });

  it("shows it in the admin's list: channel, recipient, subject, attempts, last error and times, never the body", async () => {
    const list = await deadLetters(admin.client);
    expect(list.total).toBe(1);
    const [dead] = list.deadLetters;
    expect(dead).toEqual({
      id: expect.stringMatching(/^\d+$/),
      channel: 'mail',
      recipient: unlucky.email,
      subject: CONFIRM,
      attempts: 3,
      lastError: expect.stringContaining('550'),
      queuedAt: expect.any(String),
      lastTriedAt: expect.any(String),
    });
    expect(Date.parse(dead?.lastTriedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(dead?.queuedAt ?? ''));
    expect(JSON.stringify(list)).not.toMatch(/code-invullen|[0-9a-f]{48}/);
  });

  it('is refused to every other role and to visitors', async () => {
    const [
      {
        deadLetters: [dead],
      },
      owner,
      municipality,
      inspector,
    ] = await Promise.all([
      deadLetters(admin.client),
      ownerViaInbox(),
      signedInOperatorAccount(t, 'municipality').then((a) => a.client),
      signedInOperatorAccount(t, 'inspector').then((a) => a.client),
    ]);
    for (const client of [owner, municipality, inspector, t.client()]) {
      const answers = await Promise.all([
        client.get('/api/admin/dead-letters'),
        client.post(`/api/admin/dead-letters/${dead?.id}/retry`),
        client.delete(`/api/admin/dead-letters/${dead?.id}`),
      ]);
      for (const answer of answers) {
        expect([403, 401]).toContain(answer.statusCode);
        expect(answer.body).not.toContain(unlucky.email);
      }
    }
    expect((await deadLetters(admin.client)).deadLetters.map((d) => d.id)).toEqual([dead?.id]);
  });

  it('is delivered exactly once when the admin sends it again after the cause is gone, and the retry is audited', async () => {
    const [dead] = (await deadLetters(admin.client)).deadLetters;
    refused.delete(unlucky.email);
    const retry = await admin.client.post(`/api/admin/dead-letters/${dead?.id}/retry`);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ requeued: { id: expect.stringMatching(/^\d+$/), channel: 'mail' } });
    expect((await admin.client.post(`/api/admin/dead-letters/${dead?.id}/retry`)).statusCode).toBe(404);

    await drainUntil(t, () => mailsTo(unlucky.email).length > 0, 'the mail sent again');
    await pollDuringOutage(t);
    expect(mailsTo(unlucky.email).map((m) => m.subject)).toEqual([CONFIRM]);
    expect((await deadLetters(admin.client)).deadLetters).toEqual([]);

    const audit = (await admin.client.get('/api/audit-events?action=message.retried')).json<{
      events: { action: string; actor: { email: string } | null; details: Record<string, unknown> }[];
    }>();
    expect(audit.events).toHaveLength(1);
    expect(audit.events[0]).toMatchObject({ action: 'message.retried', actor: { email: admin.email }, details: { channel: 'mail', message: dead?.id } });
  });

  it('can be removed by the admin for good, audited', async () => {
    const nobody = registration(t);
    await register(nobody, true);
    let dead: DeadLetter | undefined;
    for (let round = 0; round < 600 && !dead; round++) {
      await pause(15);
      await t.deps.jobs.drain();
      dead = (await deadLetters(admin.client)).deadLetters.find((d) => d.recipient === nobody.email);
    }
    expect(dead).toBeDefined();

    expect((await admin.client.delete(`/api/admin/dead-letters/${dead?.id}`)).statusCode).toBe(204);
    expect((await admin.client.delete(`/api/admin/dead-letters/${dead?.id}`)).statusCode).toBe(404);
    expect((await admin.client.post(`/api/admin/dead-letters/${dead?.id}/retry`)).statusCode).toBe(404);
    expect((await deadLetters(admin.client)).deadLetters).toEqual([]);
    expect((await admin.client.post('/api/admin/dead-letters/not-a-number/retry')).statusCode).toBe(400);
    const audit = (await admin.client.get('/api/audit-events?action=message.dismissed')).json<{ events: { details: Record<string, unknown> }[] }>();
    expect(audit.events.map((e) => e.details)).toEqual([{ channel: 'mail', message: dead?.id }]);
    expect(mailsTo(nobody.email)).toEqual([]);
  });
});
