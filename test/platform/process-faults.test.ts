// The application process ending under work: SIGTERM lets the requests in progress finish and
// exits 0; SIGKILL (a crash, an OOM kill) in the middle of a batch import or of registrations
// leaves no partial batch and no half-made account, and mail queued before the crash goes out
// exactly once after the restart. Each scenario runs the real server process on its own schema of
// the PostgreSQL of DATABASE_URL, so only in the PostgreSQL suite.
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  confirmationCode,
  loopbackAddress,
  municipalityId,
  ownerWithApiTokens,
  ProcessClient,
  registrationOf,
  STRONG_PASSWORD,
  type Answer,
} from '../support/process-client.ts';
import { deploymentEnv, freshSchema, startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { freePort, startSmtpSink, type SmtpSink } from '../support/smtp.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATABASE_URL = process.env.DATABASE_URL ?? '';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await pause(100);
  }
}

/** A deployment on its own schema: the environment every start of its instance shares. */
async function deployment(env: Record<string, string> = {}) {
  const { schema, drop } = await freshSchema(DATABASE_URL);
  cleanups.push(drop);
  const shared = deploymentEnv({ DATABASE_URL, DATABASE_SCHEMA: schema, ...env });
  const started: ServerProcess[] = [];
  cleanups.push(async () => Promise.all(started.map((p) => p.kill())));
  return {
    schema,
    env: shared,
    async start(): Promise<ServerProcess> {
      const instance = await startServerProcess(shared);
      started.push(instance);
      return instance;
    },
    /** Read-only SQL on the deployment's schema, for what only the storage can show. */
    async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
      const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path="${schema}"` });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    /** The operator's register check; true when every register is intact. */
    async registersIntact(): Promise<string> {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/cli/admin.ts', 'verify-register'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', DATABASE_URL, DATABASE_SCHEMA: schema, NODE_ENV: 'test' },
      });
      return stdout;
    },
  };
}

const HEADER = 'aankomst;vertrek;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort;boekingsnummer;medereizigers';

/** A register file of `rows` stays with booking references `${prefix}-<n>`. */
function registerFile(prefix: string, rows: number): string {
  const lines = Array.from(
    { length: rows },
    (_, i) => `2026-07-01;2026-07-04;J.;Jansen ${i};Utrecht;NL;1980-04-02;NL;identiteitskaart;${prefix}-${i};A. Jansen (1982-01-01)`,
  );
  return [HEADER, ...lines].join('\r\n');
}

interface ImportAnswer {
  counts: { total: number; imported: number; duplicate: number; invalid: number; valid: number };
}

/** What the import's preview says about a file: how many of its rows are already in the register. */
async function rowsAlreadyThere(client: ProcessClient, file: string): Promise<{ duplicate: number; valid: number }> {
  const answer = await client.post('/api/register/imports/preview', { csv: file });
  expect(answer.status).toBe(200);
  const { counts } = answer.json as ImportAnswer;
  expect(counts.invalid).toBe(0);
  return { duplicate: counts.duplicate, valid: counts.valid };
}

/** Settles a request as its answer or as the error that took its place (a reset connection). */
function settle(promise: Promise<Answer>): Promise<Answer | Error> {
  return promise.then(
    (answer) => answer,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
}

describe.runIf(DATABASE_URL)('SIGTERM', () => {
  it('lets the imports in progress finish with their answers, then exits 0 with nothing left half', async () => {
    const site = await deployment();
    const app = await site.start();
    const email = `drain-${Date.now()}@example.nl`;
    const owner = await ownerWithApiTokens(app.url, email);
    cleanups.push(async () => owner.client.close());
    const files = ['DRAIN-A', 'DRAIN-B', 'DRAIN-C'].map((prefix) => registerFile(prefix, 2_000));

    // One register takes one import at a time: while the first is answered, the others are
    // certainly in progress (waiting for the register or writing).
    const imports = files.map((csv) => settle(owner.client.post('/api/register/imports', { csv })));
    await Promise.race(imports);
    const exit = app.stop();
    const answers = await Promise.all(imports);

    // The hang guard sits below the keep-alive timeout (72 s) that open connections would otherwise run into.
    const { code, signal } = await Promise.race([exit, pause(50_000).then(() => ({ code: 'still running', signal: null }))]);
    expect({ code, signal }, app.output().slice(-3000)).toEqual({ code: 0, signal: null });
    expect(answers.map((a) => (a instanceof Error ? a.message : [a.status, (a.json as ImportAnswer).counts.imported]))).toEqual([
      [200, 2_000],
      [200, 2_000],
      [200, 2_000],
    ]);
    expect(app.output()).not.toMatch(/"level":(50|60)|Cannot use a pool/);

    const again = await site.start();
    const client = new ProcessClient(again.url);
    cleanups.push(async () => client.close());
    expect((await client.post('/api/sessions', { email, password: STRONG_PASSWORD })).status).toBe(200);
    for (const file of files) expect(await rowsAlreadyThere(client, file)).toEqual({ duplicate: 2_000, valid: 0 });
    expect(await site.registersIntact()).toMatch(/All 1 registers are intact\./);
  }, 240_000);

  it('during the daily tasks at start-up lets the task in progress finish before the database closes, and exits 0', async () => {
    const site = await deployment({ LOG_LEVEL: 'info' });
    await (await site.start()).stop(); // migrated; today's tasks have run
    const blocker = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path="${site.schema}"` });
    await blocker.connect();
    cleanups.push(() => blocker.end());
    // Today's tasks are due again, and the first one to claim its run waits for this lock: the
    // daily tasks are certainly running when the signal comes.
    await blocker.query('DELETE FROM scheduled_runs');
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE scheduled_runs IN EXCLUSIVE MODE');

    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...site.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(async () => child.kill('SIGKILL'));
    let output = '';
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(() => output.includes('Nachtregister is running'), 'the server to listen');
    child.kill('SIGTERM');
    // The server has let go of its port: the shutdown is past the requests, at the background work.
    await until(
      () =>
        fetch(`http://127.0.0.1:${port}/health/live`).then(
          () => false,
          () => true,
        ),
      'the listener to close',
    );
    await pause(500);
    await blocker.query('COMMIT');

    const ended = await Promise.race([exited, pause(60_000).then(() => ({ code: 'still running', signal: null }))]);
    expect(ended, output).toEqual({ code: 0, signal: null });
    expect(output).not.toMatch(/Cannot use a pool|daily tasks failed|"level":(50|60)/);
    // Every task that claimed today's run finished it; none is left marked as started only.
    const runs = await site.query<{ task: string; finished: boolean }>('SELECT task, result IS NOT NULL AS finished FROM scheduled_runs');
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.filter((r) => !r.finished)).toEqual([]);
  }, 180_000);
});

describe.runIf(DATABASE_URL)('SIGKILL', () => {
  it('in the middle of a batch import leaves the whole batch or none of it', async () => {
    const site = await deployment();
    const app = await site.start();
    const email = `import-kill-${Date.now()}@example.nl`;
    const owner = await ownerWithApiTokens(app.url, email);
    cleanups.push(async () => owner.client.close());
    // One import waits for the register until the other is done, then writes its 5000 rows in
    // one transaction: the kill comes the moment the first of them is answered.
    const files = [registerFile('KILL-A', 5_000), registerFile('KILL-B', 5_000)];
    const answers = files.map((csv, index) => settle(owner.client.post('/api/register/imports', { csv })).then((answer) => ({ index, answer })));
    const done = await Promise.race(answers);
    await app.kill();
    const cut = await answers[1 - done.index];
    expect(done.answer instanceof Error ? done.answer.message : done.answer.status).toBe(200);
    expect(cut?.answer).toBeInstanceOf(Error); // killed while it ran: no answer
    const first = files[done.index] ?? '';
    const second = files[1 - done.index] ?? '';

    const again = await site.start();
    const client = new ProcessClient(again.url);
    cleanups.push(async () => client.close());
    expect((await client.post('/api/sessions', { email, password: STRONG_PASSWORD })).status).toBe(200);
    expect(await rowsAlreadyThere(client, first)).toEqual({ duplicate: 5_000, valid: 0 });
    const secondState = await rowsAlreadyThere(client, second);
    expect([
      { duplicate: 0, valid: 5_000 },
      { duplicate: 5_000, valid: 0 },
    ]).toContainEqual(secondState);
    expect(await site.registersIntact()).toMatch(/All 1 registers are intact\./);
    // The batch can simply be sent again.
    const retried = await client.post('/api/register/imports', { csv: second });
    expect((retried.json as ImportAnswer).counts.imported + (retried.json as ImportAnswer).counts.duplicate).toBe(5_000);
  }, 240_000);

  it('in the middle of registrations leaves no half-made account: every account there can be confirmed and used', async () => {
    const inbox = await startSmtpSink();
    cleanups.push(() => inbox.close());
    const site = await deployment({ SMTP_URL: inbox.url });
    const app = await site.start();
    const municipality = await municipalityId(app.url);
    const emails = Array.from({ length: 40 }, (_, i) => `signup-${i}-${Date.now()}@example.nl`);

    // Forty visitors (each its own address: registrations are limited per IP) at once; the kill
    // comes when a quarter of them is answered, while the others are still on their way.
    const visitors = emails.map((_, i) => new ProcessClient(app.url, { localAddress: loopbackAddress(i) }));
    let answered = 0;
    const answers = emails.map((email, i) =>
      settle(visitors[i]?.post('/api/registrations', registrationOf(email, municipality)) ?? Promise.reject(new Error('no visitor'))).finally(
        () => (answered += 1),
      ),
    );
    await until(() => answered >= 10, 'the first registrations');
    await app.kill();
    const settled = await Promise.all(answers);
    for (const visitor of visitors) visitor.close();
    const registered = emails.filter((_, i) => {
      const answer = settled[i];
      return !(answer instanceof Error) && answer?.status === 201;
    });
    expect(registered.length).toBeGreaterThan(0);
    expect(settled.some((a) => a instanceof Error)).toBe(true); // some were cut off by the kill

    // In storage: every account with its accommodation, membership, confirmation code, audit
    // event and queued mail, or nothing of it.
    const accounts = await site.query<{ email: string; accommodation: boolean; member: boolean; code: boolean; audit: boolean }>(`
      SELECT u.email,
        EXISTS (SELECT 1 FROM accommodations a WHERE a.id = u.accommodation_id) AS accommodation,
        EXISTS (SELECT 1 FROM accommodation_members m WHERE m.user_id = u.id AND m.accommodation_id = u.accommodation_id) AS member,
        EXISTS (SELECT 1 FROM one_time_codes c WHERE c.user_id = u.id AND c.purpose = 'email_confirmation') AS code,
        EXISTS (SELECT 1 FROM audit_events e WHERE e.subject_user_id = u.id AND e.action = 'account.registered') AS audit
      FROM users u`);
    expect(accounts.filter((a) => !(a.accommodation && a.member && a.code && a.audit))).toEqual([]);
    const [orphans] = await site.query<{ accommodations: number; mails: number }>(`
      SELECT (SELECT count(*)::int FROM accommodations a WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.accommodation_id = a.id)) AS accommodations,
             (SELECT count(*)::int FROM jobs WHERE kind = 'mail.send') - (SELECT count(*)::int FROM users) AS mails`);
    expect(orphans).toEqual({ accommodations: 0, mails: 0 });
    const existing = accounts.map((a) => a.email);
    expect(registered.filter((email) => !existing.includes(email))).toEqual([]);

    // Through the front door: the confirmation mail of every account arrives after the restart,
    // its code confirms it, and the owner signs in.
    const again = await site.start();
    const mailFor = (email: string) => inbox.messages.find((m) => JSON.stringify(m.to).includes(email));
    await until(() => existing.every((email) => mailFor(email)), 'the confirmation mails');
    for (const [i, email] of existing.entries()) {
      const visitor = new ProcessClient(again.url, { localAddress: loopbackAddress(100 + i) });
      const code = confirmationCode(String(mailFor(email)?.text));
      expect((await visitor.post('/api/email-confirmations', { code })).status, email).toBe(200);
      const signedIn = await visitor.post('/api/sessions', { email, password: STRONG_PASSWORD });
      expect([signedIn.status, (signedIn.json as { status: string }).status]).toEqual([200, 'signed-in']);
      visitor.close();
    }
  }, 300_000);

  it('loses no queued mail: after the restart each goes out exactly once', async () => {
    const port = await freePort();
    const site = await deployment({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const app = await site.start();
    const municipality = await municipalityId(app.url);
    const emails = Array.from({ length: 8 }, (_, i) => `queued-${i}-${Date.now()}@example.nl`);

    // Nothing listens on the mail port yet: the mails wait in the queue.
    for (const [i, email] of emails.entries()) {
      const visitor = new ProcessClient(app.url, { localAddress: loopbackAddress(i) });
      expect((await visitor.post('/api/registrations', registrationOf(email, municipality))).status).toBe(201);
      visitor.close();
    }
    await until(async () => (await site.query('SELECT 1 FROM jobs WHERE last_error IS NOT NULL')).length > 0, 'a failed delivery attempt');
    await app.kill();
    expect(await site.query<{ status: string }>("SELECT status FROM jobs WHERE kind = 'mail.send' AND status <> 'pending'")).toEqual([]);

    const inbox: SmtpSink = await startSmtpSink(port);
    cleanups.push(() => inbox.close());
    await site.start();
    // Done in the queue means handed to the mail server; a lease left by the killed process runs out first.
    await until(
      async () => (await site.query("SELECT 1 FROM jobs WHERE kind = 'mail.send' AND status <> 'done'")).length === 0,
      'every mail delivered',
      180_000,
    );
    const received = inbox.messages.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((to) => to?.value.map((v) => v.address) ?? []).join(','));
    expect(received.sort()).toEqual([...emails].sort());
  }, 300_000);
});
