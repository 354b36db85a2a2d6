// Builds a fresh application per test file on a database in its freshly migrated state: an
// in-memory PGlite by default, or a schema of the PostgreSQL of DATABASE_URL. Files running in
// parallel never share one (test/support/reused-database.ts).
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { buildApp, type BuildOptions } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { upsertMunicipalities } from '../../src/server/modules/organisations/municipalities/repository.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { TestClient } from './client.ts';
import { borrowDatabase } from './reused-database.ts';

export const DEMO = [
  { cbsCode: 'GM0222', name: 'Doetinchem' },
  { cbsCode: 'GM0299', name: 'Zevenaar' },
  { cbsCode: 'GM0363', name: 'Amsterdam' },
];

/** Each client is a different visitor unless a test says otherwise (rate limits are per IP). */
export function randomIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: 'memory://',
    SECRET_KEY: randomBytes(32).toString('hex'),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...env,
  });
}

/** Limits far above what a test sends, for tests that fire many requests from one address. */
const generous = { max: 1_000_000, windowMs: 60_000 };
export const generousLimits = {
  loginPerIp: generous,
  registrationPerIp: generous,
  emailRequestPerIp: generous,
  emailRequestPerAccount: generous,
  codeSubmitPerIp: generous,
  invitationsPerUser: generous,
  apiTokenRequests: generous,
  apiAccommodationRequests: generous,
  csvImportsPerUser: generous,
  loginFreeFailures: 1_000_000,
  loginAccountFreeFailures: 1_000_000,
  loginClientFreeFailures: 1_000_000,
  twoFactorAttemptsPerStep: 1_000_000,
};

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/**
 * The migrated database of the global set-up (test/support/migrated-database.ts), when there is
 * one. Read once per worker: the files a worker runs share their modules (isolate: false).
 */
let snapshot: { file: string; blob: Blob } | undefined;
export function migratedSnapshot(): Blob | undefined {
  const file = inject('migratedDatabase');
  if (!file) return undefined;
  if (snapshot?.file !== file) snapshot = { file, blob: new Blob([fs.readFileSync(file)]) };
  return snapshot.blob;
}

/** Starts an app for this test file and closes it (and gives its database back) after the file. */
export async function startTestApp(options: BuildOptions & { env?: Record<string, string> } = {}) {
  const url = process.env.DATABASE_URL;
  const { database, schema, release } = await borrowDatabase(url, async (name) => {
    const opened = await openDatabase({ url, schema: name, dataDir: 'memory://', snapshot: migratedSnapshot() });
    await migrate(opened);
    return opened;
  });
  const config = testConfig({ ...(schema ? { DATABASE_SCHEMA: schema } : {}), ...options.env });
  await upsertMunicipalities(database.db, DEMO);
  const clock = options.clock ?? manualClock();
  const { app, deps } = await buildApp(config, { startWorker: false, ...options, clock, database });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await release();
  });
  const municipalities = (await new TestClient(app, randomIp()).get('/api/municipalities')).json<{
    municipalities: { id: string; code: string; name: string }[];
  }>().municipalities;
  return { app, deps, clock: clock as ReturnType<typeof manualClock>, municipalities, client: (ip = randomIp()) => new TestClient(app, ip) };
}
