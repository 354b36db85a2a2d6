// Two real app processes on different ports and one PostgreSQL, as behind a load balancer. They
// start at the same moment on an empty schema (migrations and demo data exactly once), share
// sessions and CSRF tokens, count the per-IP sign-in limit and the per-account slow-down
// together, accept a TOTP code once, and deliver each queued mail and run each daily task exactly
// once. Everything goes through HTTP, SMTP and the processes' logs; the database is only read to
// see what was stored. What must not have happened twice is counted once the instances have
// stopped: a stopping instance finishes the job and the daily run in hand before it exits.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedMail } from 'mailparser';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MUNICIPALITIES_CSV, parseMunicipalityCsv } from '../../src/server/modules/organisations/municipalities/import-municipalities.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { randomEmail, STRONG_PASSWORD } from '../support/factories.ts';
import { registrationOf } from '../support/process-client.ts';
import { deploymentEnv, freshSchema, startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const DATABASE_URL = process.env.DATABASE_URL ?? '';
const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/server/db/migrations');
const CONFIRMATION = 'Bevestig uw emailadres voor het Nachtregister';
const RESET = 'Nieuw wachtwoord aanmaken voor het Nachtregister';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  json<T = Record<string, unknown>>(): T;
}

function send(options: http.RequestOptions, payload: string | undefined): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', agent: false, ...options }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('error', reject);
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, json: <T>() => JSON.parse(text) as T }));
    });
    request.on('error', reject);
    request.end(payload);
  });
}

let hosts = 0;
/** A loopback address of its own (all of 127/8 reaches the servers), so per-IP limits are its own. */
function freshIp(): string {
  hosts += 1;
  return `127.0.${10 + Math.floor(hosts / 250)}.${2 + (hosts % 250)}`;
}

/**
 * A browser whose requests a load balancer may send to either instance: one cookie jar and one
 * CSRF token, whichever instance handed them out. It connects from its own loopback address.
 */
class Visitor {
  readonly ip = freshIp();
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get(at: ServerProcess, url: string): Promise<Reply> {
    return this.request(at, 'GET', url);
  }

  post(at: ServerProcess, url: string, body: unknown = {}): Promise<Reply> {
    return this.request(at, 'POST', url, body);
  }

  async request(at: ServerProcess, method: string, url: string, body?: unknown, options: { csrf?: boolean; cookies?: string } = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (method !== 'GET' && options.csrf !== false) {
      this.csrfToken ??= (await this.get(at, '/api/csrf')).json<{ token: string }>().token;
      headers['x-csrf-token'] = this.csrfToken;
    }
    const payload = method === 'GET' ? undefined : JSON.stringify(body ?? {});
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const cookie = options.cookies ?? [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers.cookie = cookie;
    const reply = await send({ port: at.port, localAddress: this.ip, method, path: url, headers }, payload);
    for (const line of reply.headers['set-cookie'] ?? []) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return reply;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` gives a value; the deadline only guards against a hang. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(100);
  }
}

const recipientOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;

describe.runIf(DATABASE_URL)('two app processes on one PostgreSQL', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let mailbox: SmtpSink;
  let db: pg.Pool;
  let dropSchema: () => Promise<void> = async () => undefined;
  let municipalityId: string;

  beforeAll(async () => {
    mailbox = await startSmtpSink();
    const fresh = await freshSchema(DATABASE_URL);
    dropSchema = fresh.drop;
    // LOG_LEVEL info: the log says which instance ran a daily task.
    const env = deploymentEnv({ DATABASE_URL, DATABASE_SCHEMA: fresh.schema, SMTP_URL: mailbox.url, LOG_LEVEL: 'info' });
    // Started at the same moment on an empty schema: both migrate and seed at once.
    [a, b] = await Promise.all([startServerProcess(env, { timeoutMs: 100_000 }), startServerProcess(env, { timeoutMs: 100_000 })]);
    db = new pg.Pool({ connectionString: DATABASE_URL, max: 2, options: `-c search_path="${fresh.schema}"` });
    const list = (await new Visitor().get(a, '/api/municipalities')).json<{ municipalities: { id: string; code: string }[] }>();
    const doetinchem = list.municipalities.find((m) => m.code === 'GM0222');
    if (!doetinchem) throw new Error('no demo municipality GM0222');
    municipalityId = doetinchem.id;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.end();
    await mailbox?.close();
    await dropSchema();
  });

  /** The newest mail to `email` with `subject`, once it has arrived. */
  const mailTo = (email: string, subject: string) =>
    eventually(`a mail "${subject}" to ${email}`, () => mailbox.messages.findLast((m) => recipientOf(m) === email && m.subject === subject));

  const codeIn = (mail: ParsedMail): string => {
    const code = /code=([0-9a-f]{48})/.exec(mail.text ?? '')?.[1];
    if (!code) throw new Error(`no code in mail: ${mail.text}`);
    return code;
  };

  async function registerOwner(at: ServerProcess): Promise<string> {
    const email = randomEmail();
    const registered = await new Visitor().post(at, '/api/registrations', registrationOf(email, municipalityId));
    expect(registered.status).toBe(201);
    return email;
  }

  /** Registered on one instance, confirmed by the mailed code on the other. */
  async function confirmedOwner(): Promise<string> {
    const email = await registerOwner(a);
    const confirmed = await new Visitor().post(b, '/api/email-confirmations', { code: codeIn(await mailTo(email, CONFIRMATION)) });
    expect(confirmed.status).toBe(200);
    return email;
  }

  /** Waits until no job is left. */
  async function allJobsDone(): Promise<void> {
    await eventually('every job finished', async () => {
      const { rows } = await db.query<{ open: number }>("SELECT count(*)::int AS open FROM jobs WHERE status <> 'done'");
      return rows[0]?.open === 0 ? true : undefined;
    });
  }

  /**
   * Both instances stopped (SIGTERM): each has finished the job and the daily run in hand and then
   * exited, so a second delivery or a second run is in the mailbox and the logs by now.
   */
  const stopBoth = () => Promise.all([a.stop(), b.stop()]);

  const signIn = (visitor: Visitor, at: ServerProcess, email: string, password = STRONG_PASSWORD) => visitor.post(at, '/api/sessions', { email, password });

  it('start together on an empty schema: every migration applied once, the demo data once', async () => {
    for (const at of [a, b]) expect((await new Visitor().get(at, '/health/ready')).status).toBe(200);

    const files = fs
      .readdirSync(MIGRATIONS)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const migrations = await db.query('SELECT name, count(*)::int AS times FROM schema_migrations GROUP BY name ORDER BY name');
    expect(migrations.rows).toEqual(files.map((name) => ({ name, times: 1 })));

    const demoCodes = parseMunicipalityCsv(fs.readFileSync(DEMO_MUNICIPALITIES_CSV, 'utf8'))
      .map((m) => m.cbsCode)
      .sort();
    for (const at of [a, b]) {
      const list = (await new Visitor().get(at, '/api/municipalities')).json<{ municipalities: { code: string }[] }>();
      expect(list.municipalities.map((m) => m.code).sort()).toEqual(demoCodes);
    }
    const rules = await db.query(
      'SELECT m.cbs_code AS code, count(*)::int AS rules FROM tax_rules r JOIN municipalities m ON m.id = r.municipality_id GROUP BY m.cbs_code ORDER BY m.cbs_code',
    );
    expect(rules.rows).toEqual([
      { code: 'GM0222', rules: 2 },
      { code: 'GM0363', rules: 2 },
    ]);
  });

  it('open one new schema from several instances at once', async () => {
    // The window is short: a few rounds of four at once hit it nearly every time.
    for (let round = 0; round < 3; round++) {
      const fresh = await freshSchema(DATABASE_URL);
      try {
        const opened = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url: DATABASE_URL, schema: fresh.schema, dataDir: 'memory://' })));
        await Promise.all(opened.map((database) => database.close()));
      } finally {
        await fresh.drop();
      }
    }
  });

  it('share sessions and CSRF tokens; signing out on one ends the session on both', async () => {
    const email = await confirmedOwner();
    const visitor = new Visitor();
    // The CSRF token is fetched from A on the first POST; the session is made on A.
    const signedIn = await signIn(visitor, a, email);
    expect(signedIn.json()).toMatchObject({ status: 'signed-in' });
    const onB = await visitor.get(b, '/api/session');
    expect(onB.status).toBe(200);
    expect(onB.json<{ user: { email: string } }>().user.email).toBe(email);

    // B enforces CSRF, and accepts the token A handed out; the change shows on A.
    const forged = await visitor.request(b, 'PUT', '/api/account', { name: 'Anna de Vries' }, { csrf: false });
    expect(forged.status).toBe(403);
    expect(forged.json().code).toBe('CSRF_INVALID');
    expect((await visitor.request(b, 'PUT', '/api/account', { name: 'Anna de Vries' })).status).toBe(200);
    expect((await visitor.get(a, '/api/account')).json()).toMatchObject({ name: 'Anna de Vries' });

    const cookies = `nr_session=${visitor.cookie('nr_session') ?? ''}`;
    expect((await visitor.request(b, 'DELETE', '/api/session')).status).toBe(204);
    const onA = await visitor.request(a, 'GET', '/api/session', undefined, { cookies });
    expect(onA.status).toBe(401);
  });

  it('count the per-IP sign-in limit together: 30 a minute over both, as on one', async () => {
    const visitor = new Visitor();
    for (let i = 0; i < 30; i++) {
      const attempt = await signIn(visitor, i % 2 === 0 ? a : b, randomEmail(), 'niet het goede wachtwoord');
      expect(attempt.status, `attempt ${i + 1}`).toBe(401);
    }
    for (const at of [a, b]) {
      const refused = await signIn(visitor, at, randomEmail(), 'niet het goede wachtwoord');
      expect(refused.status).toBe(429);
      expect(refused.json().code).toBe('RATE_LIMITED');
    }
    // Another address is not affected.
    expect((await signIn(new Visitor(), b, randomEmail(), 'niet het goede wachtwoord')).status).toBe(401);
  });

  it('count failed sign-ins of one account together: the slow-down starts after 5 over both', async () => {
    const email = await confirmedOwner();
    const visitor = new Visitor();
    // Three failures on A and two on B: neither alone reaches five.
    for (let i = 0; i < 5; i++) {
      expect((await signIn(visitor, i % 2 === 0 ? a : b, email, 'niet het goede wachtwoord')).status).toBe(401);
    }
    for (const at of [b, a]) {
      const throttled = await signIn(visitor, at, email);
      expect(throttled.status).toBe(429);
      expect(throttled.json().code).toBe('LOGIN_THROTTLED');
    }
  });

  it('accept a TOTP code once: the same code on the other instance is refused', async () => {
    const email = await confirmedOwner();
    const owner = new Visitor();
    expect((await signIn(owner, a, email)).status).toBe(200);
    const setup = (await owner.post(b, '/api/two-factor/totp/setup')).json<{ uri: string }>();
    const secret = secretOf(setup.uri);
    expect((await owner.post(a, '/api/two-factor/totp/confirm', { code: oathtool(secret) })).status).toBe(200);

    const [onA, onB] = [new Visitor(), new Visitor()];
    expect((await signIn(onA, a, email)).json()).toMatchObject({ status: 'two-factor-required' });
    expect((await signIn(onB, b, email)).json()).toMatchObject({ status: 'two-factor-required' });
    // The next time step's code: later than the one used to confirm, and valid for either.
    const code = oathtool(secret, new Date(Date.now() + 30_000));
    const answers = await Promise.all([onA.post(a, '/api/two-factor/totp/verify', { code }), onB.post(b, '/api/two-factor/totp/verify', { code })]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400]);
    const refused = answers.find((r) => r.status === 400);
    expect(refused?.json().code).toBe('TOTP_CODE_USED');

    // The winner is signed in on both instances, the other is still at the 2FA step on both.
    const [winner, loser] = answers[0]?.status === 200 ? [onA, onB] : [onB, onA];
    for (const at of [a, b]) {
      expect((await winner.get(at, '/api/session')).status).toBe(200);
      expect((await loser.get(at, '/api/session')).json().code).toBe('TWO_FACTOR_REQUIRED');
    }
  });

  // Last but one: it stops instance A halfway and both at the end.
  it('deliver every queued mail exactly once, both job workers running', async () => {
    const emails = await Promise.all(Array.from({ length: 8 }, (_, i) => registerOwner(i % 2 === 0 ? a : b)));
    const resets = await Promise.all(emails.map((email, i) => new Visitor().post(i % 2 === 0 ? b : a, '/api/password-resets', { email })));
    expect(resets.map((r) => r.status)).toEqual(emails.map(() => 202));
    for (const email of emails) {
      await mailTo(email, CONFIRMATION);
      await mailTo(email, RESET);
    }
    await allJobsDone();
    // Two workers competed for these jobs, not one: with A gone, B's worker delivers on its own.
    await a.stop();
    const mailsOf = (email: string) =>
      mailbox.messages
        .filter((m) => recipientOf(m) === email)
        .map((m) => m.subject)
        .sort();
    const before = new Map(emails.map((email) => [email, mailsOf(email)]));
    const [email = ''] = emails;
    expect((await new Visitor().post(b, '/api/password-resets', { email })).status).toBe(202);
    await eventually('the mail sent by B alone', () =>
      mailbox.messages.filter((m) => recipientOf(m) === email && m.subject === RESET).length === 2 ? true : undefined,
    );
    await allJobsDone();
    await stopBoth();

    for (const other of emails) {
      expect(before.get(other)).toEqual([CONFIRMATION, RESET]);
      expect(mailsOf(other)).toEqual(other === email ? [CONFIRMATION, RESET, RESET] : [CONFIRMATION, RESET]);
    }
    // Everything this file queued, not only the mails above: one message per job, none twice.
    const { rows } = await db.query<{ jobs: number }>("SELECT count(*)::int AS jobs FROM jobs WHERE kind = 'mail.send'");
    expect(mailbox.messages.length).toBe(rows[0]?.jobs);
    const distinct = new Set(mailbox.messages.map((m) => `${recipientOf(m)}\n${m.subject}\n${m.text}`));
    expect(distinct.size).toBe(mailbox.messages.length);
  });

  // Last: it reads the logs of the stopped instances.
  it('run each daily task once a day, on one of the two instances', async () => {
    const tasks = ['idempotency-keys', 'monthly-copy', 'retention', 'tax-reminders'];
    // Both instances looked for due tasks as they started, at the same moment.
    const runs = await eventually("today's runs finished", async () => {
      const { rows } = await db.query<{ task: string; runs: number; finished: number }>(
        'SELECT task, count(*)::int AS runs, count(result)::int AS finished FROM scheduled_runs WHERE task = ANY($1) GROUP BY task ORDER BY task',
        [tasks],
      );
      return rows.length === tasks.length && rows.every((r) => r.finished === r.runs) ? rows : undefined;
    });
    expect(runs).toEqual(tasks.map((task) => ({ task, runs: 1, finished: 1 })));

    const ranTask = (instance: ServerProcess) =>
      instance
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; task?: string })
        .filter((entry) => entry.msg === 'daily task done')
        .map((entry) => entry.task);
    await eventually('the log lines of the runs', () => ([...ranTask(a), ...ranTask(b)].length >= tasks.length ? true : undefined));
    await stopBoth();
    // One line per task over both logs: had both instances run a task, it would be there twice.
    expect([...ranTask(a), ...ranTask(b)].sort()).toEqual(tasks);
  });
});
