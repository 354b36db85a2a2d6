// Backup and restore through the operator command line, as an operator runs it: a register is
// built through HTTP (owners, one with 2FA, operators with 2FA, stays with guests, submitted tax
// returns), `admin backup` writes the file, `admin restore` loads it into an empty database, and
// the application on the restored database has every account (each signs in), every stay (the
// same, field for field) and every return (listed, its PDF downloadable). A target that is not
// empty is refused, and a damaged file fails with one clear line and leaves the target empty.
// PGlite runs in the PGlite suite, PostgreSQL (pg_dump/pg_restore) in the PostgreSQL suite.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { upsertMunicipalities } from '../../src/server/modules/organisations/municipalities/repository.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { DEMO, randomIp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/client.ts';
import { signedInOperatorAccount, signedInOwner, STRONG_PASSWORD } from '../support/factories.ts';
import { aStay } from '../support/register.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The restored installation runs with the same key: TOTP secrets and document numbers are
// encrypted under it, and the backup rightly does not carry it.
const SECRET_KEY = randomBytes(32).toString('hex');
const SLOW = 600_000;

type Env = Record<string, string>;

/** The application on the database `env` names, as the server builds it, on a test clock. */
async function openApp(env: Env, clock: ReturnType<typeof manualClock>, options: { seed: boolean }) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SECRET_KEY, ...env });
  const database = await openDatabase({ url: config.databaseUrl, schema: config.databaseSchema, dataDir: config.dataDir });
  const applied = await migrate(database);
  if (options.seed) await upsertMunicipalities(database.db, DEMO);
  const { app, deps } = await buildApp(config, { database, clock, startWorker: false });
  await app.ready();
  const municipalities = (await new TestClient(app, randomIp()).get('/api/municipalities')).json<{
    municipalities: { id: string; code: string; name: string }[];
  }>().municipalities;
  const t: TestApp = { app, deps, clock, municipalities, client: (ip = randomIp()) => new TestClient(app, ip) };
  return {
    t,
    applied,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

interface Account {
  email: string;
  password: string;
  /** Set for accounts with an authenticator app. */
  secret?: string;
}

interface Quarter {
  submissions?: { id: string; number: string }[];
}

/** What the register held when it was backed up, as the API showed it. */
interface Register {
  accounts: Account[];
  owners: Account[];
  municipality: Account;
  /** Stay id → GET /api/register/stays/:id, and the owner that sees it. */
  stays: Map<string, { owner: Account; body: unknown }>;
  /** Per owner that submitted: GET /api/tax/returns?year=2026 and GET /api/tax/returns/2026-Q1. */
  returns: Map<Account, { year: unknown; quarter: Quarter }>;
  overview: unknown;
}

function totalReturns(register: Register): number {
  return [...register.returns.values()].reduce((sum, r) => sum + (r.quarter.submissions?.length ?? 0), 0);
}

function summaryOf(register: Register): string {
  return `${register.accounts.length} accounts, ${register.stays.size} stays, ${totalReturns(register)} tax returns`;
}

async function signIn(t: TestApp, account: Account): Promise<TestClient> {
  const client = t.client();
  const login = await client.post('/api/sessions', { email: account.email, password: account.password });
  expect(login.statusCode).toBe(200);
  if (login.json().status === 'two-factor-required') {
    if (!account.secret) throw new Error(`${account.email} was asked for a code it cannot have`);
    // A code is accepted once: the next sign-in waits for the next one, as a person would.
    t.clock.advance(30_000);
    const verify = await client.post('/api/two-factor/totp/verify', { code: oathtool(account.secret, t.clock.now()) });
    expect(verify.json()).toEqual({ status: 'signed-in' });
  }
  const session = await client.get('/api/session');
  expect(session.statusCode).toBe(200);
  expect(session.json().user.email).toBe(account.email);
  return client;
}

/** What a page of the API shows; an error would make the comparison after the restore hollow. */
async function shown<T = unknown>(client: TestClient, url: string): Promise<T> {
  const response = await client.get(url);
  expect(response.statusCode).toBe(200);
  return response.json<T>();
}

/** A quarter of register and a submitted return, made through HTTP on a fresh installation. */
async function buildRegister(t: TestApp): Promise<Register> {
  const moveTo = (at: string) => t.clock.advance(new Date(at).getTime() - t.clock.now().getTime());
  const municipalityId = (code: string) => t.municipalities.find((m) => m.code === code)?.id;
  const operator = async (role: 'admin' | 'municipality' | 'inspector') => {
    const made = await signedInOperatorAccount(t, role, 'GM0222');
    return { account: { email: made.email, password: STRONG_PASSWORD, secret: made.secret }, client: made.client };
  };
  const admin = await operator('admin');
  const inspector = await operator('inspector');
  const municipality = await operator('municipality');
  expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 })).statusCode).toBe(200);
  const rule = { exemptResidents: true, exemptInternationalWorkers: false, validFrom: '2026-01-01', perPersonNightCents: 250, exemptUnderAge: 13 };
  expect((await municipality.client.post('/api/municipality/tax/rules', rule)).statusCode).toBe(201);

  const owners: { account: Account; client: TestClient }[] = [];
  for (const [code, companyName] of [
    ['GM0222', 'Hotel Slingeland'],
    ['GM0222', 'Pension Zoë'],
    ['GM0299', 'Camping Aan de Rijn'],
  ] as const) {
    const owner = await signedInOwner(t, { municipalityId: municipalityId(code), companyName });
    owners.push({ account: { email: owner.input.email, password: owner.input.password }, client: owner.client });
  }
  // One owner signs in with an authenticator app as well.
  const withTotp = owners[1];
  if (!withTotp) throw new Error('no second owner');
  const setup = (await withTotp.client.post('/api/two-factor/totp/setup')).json<{ uri: string }>();
  withTotp.account.secret = secretOf(setup.uri);
  expect((await withTotp.client.post('/api/two-factor/totp/confirm', { code: oathtool(withTotp.account.secret, t.clock.now()) })).statusCode).toBe(200);

  const stays = new Map<string, { owner: Account; body: unknown }>();
  const guests = [
    {
      arrival: '2026-01-10',
      departure: '2026-01-13',
      persons: 2,
      guest: { surname: 'Müller-Lüdenscheidt' },
      coTravellers: [{ initials: 'K.', surname: 'Jansen', dateOfBirth: '2020-05-01' }],
    },
    {
      arrival: '2026-02-20',
      departure: '2026-02-22',
      guest: { initials: 'É.', surname: "D'Hondt", country: 'BE', nationality: 'BE', documentType: 'passport', documentNumber: 'EH123456' },
    },
    {
      arrival: '2026-03-01',
      departure: '2026-03-04',
      persons: 3,
      coTravellers: [
        { initials: 'A.', surname: 'Çelik', dateOfBirth: '1990-01-01' },
        { initials: 'B.', surname: 'Çelik', dateOfBirth: '2015-07-07' },
      ],
    },
  ];
  for (const [index, owner] of owners.entries()) {
    for (const stay of guests.slice(0, 3 - index)) {
      const response = await owner.client.post('/api/register/stays', aStay(stay));
      expect(response.statusCode).toBe(201);
      stays.set(response.json().stay.id, { owner: owner.account, body: undefined });
    }
  }

  // The quarter has ended: the Doetinchem owners submit their returns.
  moveTo('2026-04-05T10:00:00Z');
  const returns: Register['returns'] = new Map();
  for (const owner of owners.slice(0, 2)) {
    const client = await signIn(t, owner.account);
    expect((await client.post('/api/tax/returns/2026-Q1', {})).statusCode).toBe(201);
  }
  for (const [index, owner] of owners.entries()) {
    const client = await signIn(t, owner.account);
    // Zevenaar has set no tax period, so its owner has no quarter to show.
    if (index < 2)
      returns.set(owner.account, {
        year: await shown(client, '/api/tax/returns?year=2026'),
        quarter: await shown<Quarter>(client, '/api/tax/returns/2026-Q1'),
      });
    for (const [id, stay] of stays) {
      if (stay.owner === owner.account) stay.body = await shown(client, `/api/register/stays/${id}`);
    }
  }
  const overview = await shown(await signIn(t, municipality.account), '/api/municipality/tax/returns?period=2026-Q1');
  const accounts = [admin.account, inspector.account, municipality.account, ...owners.map((o) => o.account)];
  const register = { accounts, owners: owners.map((o) => o.account), municipality: municipality.account, stays, returns, overview };
  // What the comparison after the restore stands on: no empty lists that would compare equal.
  expect(summaryOf(register)).toBe('6 accounts, 6 stays, 2 tax returns');
  return register;
}

/** Every account signs in; every stay and return is there as it was, and every PDF downloads. */
async function expectWholeRegister(t: TestApp, register: Register): Promise<void> {
  for (const account of register.accounts) await signIn(t, account);
  for (const owner of register.owners) {
    const client = await signIn(t, owner);
    for (const [id, stay] of register.stays) {
      if (stay.owner !== owner) continue;
      expect(await shown(client, `/api/register/stays/${id}`)).toEqual(stay.body);
    }
    const returns = register.returns.get(owner);
    if (!returns) continue;
    expect(await shown(client, '/api/tax/returns?year=2026')).toEqual(returns.year);
    expect(await shown(client, '/api/tax/returns/2026-Q1')).toEqual(returns.quarter);
    for (const submission of returns.quarter.submissions ?? []) {
      const pdf = await client.get(`/api/tax/return-documents/${submission.id}.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  }
  const municipality = await signIn(t, register.municipality);
  expect(await shown(municipality, '/api/municipality/tax/returns?period=2026-Q1')).toEqual(register.overview);
}

interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run admin -- <args>` as a child process, with only the environment an operator would set. */
function admin(args: string[], env: Env): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/cli/admin.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', SECRET_KEY, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A failed command: exit code 1 and one line of explanation, no stack trace. */
function expectRefused(result: CommandResult, reason: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(reason)]);
  expect(result.stderr).toMatch(/^Error: /);
}

/** Copies of a good backup, cut off half-way and with bytes overwritten in the middle. */
function damagedCopies(file: string): { truncated: string; corrupt: string } {
  const bytes = fs.readFileSync(file);
  const truncated = `${file}.truncated`;
  fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const corrupt = `${file}.corrupt`;
  const middle = Math.floor(bytes.length / 2);
  fs.writeFileSync(corrupt, Buffer.concat([bytes.subarray(0, middle), randomBytes(4096), bytes.subarray(middle + 4096)]));
  return { truncated, corrupt };
}

describe.runIf(!process.env.DATABASE_URL)('a backup of the embedded database (PGlite)', () => {
  let work: string;
  let register: Register;
  let file: string;
  const clock = manualClock(new Date('2026-01-05T10:00:00Z'));
  let source: Awaited<ReturnType<typeof openApp>> | undefined;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-backup-'));
    file = path.join(work, 'nachtregister.backup');
    source = await openApp({ DATA_DIR: path.join(work, 'source') }, clock, { seed: true });
    register = await buildRegister(source.t);
  }, SLOW);
  afterAll(async () => {
    await source?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it(
    'is refused while the server holds the database',
    async () => {
      const result = await admin(['backup', file], { DATA_DIR: path.join(work, 'source') });
      expectRefused(result, /in use by process \d+ .*Stop it first/);
      expect(fs.readdirSync(work)).not.toContain('nachtregister.backup');
    },
    SLOW,
  );

  it(
    'is written once the server has stopped, readable by its owner only, and counts what it holds',
    async () => {
      await source?.close();
      source = undefined;
      const result = await admin(['backup', file], { DATA_DIR: path.join(work, 'source') });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`to ${file} (`);
      expect(result.stdout).toContain(summaryOf(register));
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readdirSync(work).sort()).toEqual(['nachtregister.backup', 'source']);
      // A second backup to the same name would overwrite the first.
      expectRefused(await admin(['backup', file], { DATA_DIR: path.join(work, 'source') }), /already exists/);
    },
    SLOW,
  );

  it(
    'restores into an empty DATA_DIR with every account, stay and return',
    async () => {
      const target = { DATA_DIR: path.join(work, 'restored') };
      const result = await admin(['restore', file], target);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(summaryOf(register));
      // Restoring again would overwrite what is there now.
      expectRefused(await admin(['restore', file], target), /already holds a database/);

      const restored = await openApp(target, manualClock(new Date(clock.now().getTime() + 60_000)), { seed: false });
      try {
        expect(restored.applied).toEqual([]);
        await expectWholeRegister(restored.t, register);
      } finally {
        await restored.close();
      }
    },
    SLOW,
  );

  it(
    'fails on a truncated or corrupt file with one clear line and leaves DATA_DIR empty',
    async () => {
      const { truncated, corrupt } = damagedCopies(file);
      for (const damaged of [truncated, corrupt]) {
        const dataDir = fs.mkdtempSync(path.join(work, 'empty-'));
        expectRefused(await admin(['restore', damaged], { DATA_DIR: dataDir }), /damaged or incomplete .*nothing was restored/);
        expect(fs.readdirSync(dataDir)).toEqual([]);
      }
      const notABackup = path.join(work, 'notes.txt');
      fs.writeFileSync(notABackup, 'not a backup');
      expectRefused(await admin(['restore', notABackup], { DATA_DIR: path.join(work, 'other') }), /is not a backup made by/);
    },
    SLOW,
  );
});

const DATABASE_URL = process.env.DATABASE_URL ?? '';

function urlOf(database: string): string {
  const url = new URL(DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(): Promise<string> {
  const name = `restore_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  return name;
}

async function inDatabase<T>(database: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Tables, indexes, views and sequences in `schema` of `database`: none in an empty target. */
async function relationsIn(database: string, schema: string): Promise<number> {
  return inDatabase(database, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind IN ('r', 'p', 'i', 'v', 'm', 'S')",
      [schema],
    );
    return Number(rows[0]?.n);
  });
}

// Production runs on the public schema of its own database; tests and shared servers use
// DATABASE_SCHEMA, whose backup holds that schema and is restored under the same name.
describe.runIf(process.env.DATABASE_URL).each([
  { layout: 'a database of its own', schema: undefined },
  { layout: 'one schema (DATABASE_SCHEMA) of a shared database', schema: `t_${randomBytes(6).toString('hex')}` },
])('a backup of PostgreSQL in $layout', ({ schema }) => {
  const databases: string[] = [];
  let work: string;
  let file: string;
  let register: Register;
  let sourceEnv: Env;
  const clock = manualClock(new Date('2026-01-05T10:00:00Z'));
  const targetEnv = (database: string): Env => ({ DATABASE_URL: urlOf(database), ...(schema ? { DATABASE_SCHEMA: schema } : {}) });

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-backup-'));
    file = path.join(work, 'nachtregister.dump');
    if (schema) {
      sourceEnv = { DATABASE_URL, DATABASE_SCHEMA: schema };
    } else {
      const database = await createDatabase();
      databases.push(database);
      sourceEnv = { DATABASE_URL: urlOf(database) };
    }
    const source = await openApp(sourceEnv, clock, { seed: true });
    try {
      register = await buildRegister(source.t);
    } finally {
      await source.close();
    }
  }, SLOW);
  afterAll(async () => {
    await onServer(async (client) => {
      for (const database of databases) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      if (schema) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    });
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it(
    'is written with pg_dump while the application may run, and counts what it holds',
    async () => {
      const result = await admin(['backup', file], sourceEnv);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(summaryOf(register));
      expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    },
    SLOW,
  );

  it(
    'restores into an empty database with every account, stay and return',
    async () => {
      const database = await createDatabase();
      databases.push(database);
      const result = await admin(['restore', file], targetEnv(database));
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(summaryOf(register));
      const before = await relationsIn(database, schema ?? 'public');
      expectRefused(await admin(['restore', file], targetEnv(database)), /already holds \d+ tables or sequences/);
      expect(await relationsIn(database, schema ?? 'public')).toBe(before);

      const restored = await openApp(targetEnv(database), manualClock(new Date(clock.now().getTime() + 60_000)), { seed: false });
      try {
        expect(restored.applied).toEqual([]);
        await expectWholeRegister(restored.t, register);
      } finally {
        await restored.close();
      }
    },
    SLOW,
  );

  it(
    'fails on a truncated or corrupt file with one clear line and leaves the database empty',
    async () => {
      const { truncated, corrupt } = damagedCopies(file);
      for (const damaged of [truncated, corrupt]) {
        const database = await createDatabase();
        databases.push(database);
        expectRefused(
          await admin(['restore', damaged], targetEnv(database)),
          /pg_restore failed: .*(cannot be read|nothing was restored)|cannot be read: pg_restore failed/,
        );
        expect(await relationsIn(database, schema ?? 'public')).toBe(0);
      }
    },
    SLOW,
  );

  // With DATABASE_SCHEMA, anything in the target schema already refuses the restore before it starts.
  it.runIf(!schema)(
    'leaves nothing behind when it fails after the data was loaded',
    async () => {
      const database = await createDatabase();
      databases.push(database);
      // A type holding the name of an index that is built after all rows are in: the restore gets
      // as far as it can and then fails, as on a full disk or a lost connection.
      await inDatabase(database, (client) => client.query('CREATE TYPE public.stays_accommodation_nights_idx AS (taken boolean)'));
      expectRefused(await admin(['restore', file], targetEnv(database)), /pg_restore failed: .*already exists.*nothing was restored/);
      expect(await relationsIn(database, 'public')).toBe(0);
    },
    SLOW,
  );

  it(
    'is refused into another schema than the one it holds, naming the right one',
    async () => {
      const database = await createDatabase();
      databases.push(database);
      const elsewhere = { DATABASE_URL: urlOf(database), DATABASE_SCHEMA: 'elsewhere' };
      const wanted = schema ? `set DATABASE_SCHEMA=${schema}` : 'leave DATABASE_SCHEMA unset';
      expectRefused(await admin(['restore', file], schema ? { DATABASE_URL: urlOf(database) } : elsewhere), new RegExp(wanted));
      expect(await relationsIn(database, schema ?? 'public')).toBe(0);
    },
    SLOW,
  );
});
