// SECRET_KEY rotation: with the former key in SECRET_KEY_PREVIOUS everything encrypted under it
// still opens; `npm run admin -- rotate-key` moves the stored secrets to the new key, after which
// the former key is no longer needed — while the register keeps every stay exactly as written
// (its tamper evidence stays intact). Without the former key the app refuses to start with a
// clear message instead of failing at the first secret it cannot open.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { deriveKey } from '../../src/server/platform/crypto.ts';
import { upsertMunicipalities } from '../../src/server/modules/organisations/municipalities/repository.ts';
import { DEMO, randomIp, testConfig, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/client.ts';
import { dumpTables } from '../support/database.ts';
import { mailTo, signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const run = promisify(execFile);
const ADMIN_CLI = path.resolve(import.meta.dirname, '../../src/server/cli/admin.ts');
const OLD_KEY = randomBytes(32).toString('hex');
const NEW_KEY = randomBytes(32).toString('hex');

// One database kept across "restarts": a schema on PostgreSQL, a data directory for PGlite.
const schema = `t_${randomBytes(6).toString('hex')}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-keys-'));
const storage: Record<string, string> = process.env.DATABASE_URL ? { DATABASE_SCHEMA: schema } : { DATA_DIR: dataDir };
const clock = manualClock();
const opened: TestApp[] = [];

async function startApp(keys: Record<string, string>): Promise<TestApp> {
  const config = testConfig({ ...storage, ...keys });
  const { app, deps } = await buildApp(config, { clock, startWorker: false });
  await app.ready();
  await upsertMunicipalities(deps.db, DEMO);
  const municipalities = (await new TestClient(app, randomIp()).get('/api/municipalities')).json<{ municipalities: TestApp['municipalities'] }>()
    .municipalities;
  const t = { app, deps, clock, municipalities, client: (ip = randomIp()) => new TestClient(app, ip) };
  opened.push(t);
  return t;
}

/** The operator's command line, as `npm run admin -- …` runs it, on the same database. */
function admin(args: string[], keys: Record<string, string>) {
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'test',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...storage,
    ...keys,
  };
  return run(process.execPath, ['--import', 'tsx', ADMIN_CLI, ...args], { env });
}

afterAll(async () => {
  for (const t of opened) await t.app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
});

async function signInWithTotp(t: TestApp, input: { email: string; password: string }, secret: string) {
  clock.advance(30_000);
  const client = t.client();
  expect((await client.post('/api/sessions', input)).json()).toMatchObject({ status: 'two-factor-required' });
  const verify = await client.post('/api/two-factor/totp/verify', { code: oathtool(secret, clock.now()) });
  expect(verify.json()).toEqual({ status: 'signed-in' });
  return client;
}

describe('rotating SECRET_KEY', () => {
  it('opens data under the former key, re-encrypts it with rotate-key, and then needs the former key no more', async () => {
    // Under the old key: an owner with TOTP, a foreign guest's document number in the register,
    // and a mail still in the queue.
    const before = await startApp({ SECRET_KEY: OLD_KEY });
    const officer = await signedInOperatorAccount(before, 'municipality', 'GM0222');
    const settings = (await officer.client.get('/api/municipality/settings')).json();
    const asked = await officer.client.put('/api/municipality/settings', {
      ...settings,
      contactEmail: '',
      contactPhone: '',
      contactText: '',
      themeColor: '',
      recordDocumentNumber: true,
    });
    expect(asked.statusCode).toBe(200);
    const doetinchem = before.municipalities.find((m) => m.code === 'GM0222')?.id;
    const owner = await signedInOwner(before, { municipalityId: doetinchem });
    const secret = secretOf((await owner.client.post('/api/two-factor/totp/setup')).json<{ uri: string }>().uri);
    expect((await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, clock.now()) })).statusCode).toBe(200);
    const guest = { nationality: 'DE', country: 'DE', residence: 'Berlin', documentType: 'passport', documentNumber: 'C01X00T47', surname: 'Müller' };
    const created = await owner.client.post('/api/register/stays', aStay({ guest }));
    expect(created.statusCode).toBe(201);
    const stayId = created.json().stay.id as string;
    const queued = await before.client().post('/api/password-resets', { email: owner.input.email });
    expect(queued.statusCode).toBe(202);
    await before.app.close();

    // The new key alone cannot open the TOTP secret: the start stops with a clear message.
    await expect(startApp({ SECRET_KEY: NEW_KEY })).rejects.toThrow(/SECRET_KEY_PREVIOUS/);

    // During the rotation both keys are configured: everything still opens.
    const during = await startApp({ SECRET_KEY: NEW_KEY, SECRET_KEY_PREVIOUS: OLD_KEY });
    const client = await signInWithTotp(during, owner.input, secret);
    expect((await client.get(`/api/register/stays/${stayId}`)).json().stay.guest.documentNumber).toBe('C01X00T47');
    await during.app.close();

    const rotated = await admin(['rotate-key'], { SECRET_KEY: NEW_KEY, SECRET_KEY_PREVIOUS: OLD_KEY });
    expect(rotated.stdout).toContain(`Data is now encrypted under key ${deriveKey(NEW_KEY).id}.`);
    // The owner's and the officer's TOTP secrets; the reset mail among the queued messages.
    const queuedCount = /Re-encrypted: 2 TOTP secret\(s\), (\d+) queued message\(s\)\./.exec(rotated.stdout)?.[1];
    expect(Number(queuedCount)).toBeGreaterThanOrEqual(1);
    expect(rotated.stdout).toContain(`Former key(s) ${deriveKey(OLD_KEY).id} sealed under the new key for 1 register field(s)`);

    // After the rotation the former key is gone from the configuration.
    const after = await startApp({ SECRET_KEY: NEW_KEY });
    const again = await signInWithTotp(after, owner.input, secret);
    const stay = (await again.get(`/api/register/stays/${stayId}`)).json().stay;
    expect(stay.guest.documentNumber).toBe('C01X00T47');
    const [resetMail] = await mailTo(after, owner.input.email);
    expect(resetMail?.subject).toMatch(/wachtwoord/i);

    const tables = await dumpTables(after);
    const oldId = deriveKey(OLD_KEY).id;
    for (const table of ['totp_credentials', 'jobs']) {
      expect(
        (tables.get(table) ?? []).filter((row) => row.includes(`${oldId}.`)),
        table,
      ).toEqual([]);
    }
    // The register still holds the document number exactly as it was written under the old key.
    expect((tables.get('stays') ?? []).some((row) => row.includes(`${oldId}.`))).toBe(true);
    await after.app.close();

    const verified = await admin(['verify-register'], { SECRET_KEY: NEW_KEY });
    expect(verified.stdout).toMatch(/intact/);
    expect(verified.stdout).not.toMatch(/not intact/i);
  }, 180_000);
});
