// The application under load, in its own process so the load generator does not share its
// event loop. Seeds confirmed users, listens on a free port and reports it to the parent.
// BENCH_JOIN=1 starts a further instance on the schema (BENCH_SCHEMA) another one has seeded,
// with the same BENCH_SECRET_KEY, for measuring several instances side by side.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { accommodationMembers, accommodations, municipalities, sessions, users } from '../src/server/db/schema.ts';
import { randomToken, sha256 } from '../src/server/platform/crypto.ts';
import { hashPassword } from '../src/server/platform/passwords.ts';
import { PASSWORD } from './support.ts';

const UNLIMITED = { max: 1_000_000_000, windowMs: 60_000 };
const userCount = Number(process.env.BENCH_USERS ?? 200);
const joining = process.env.BENCH_JOIN === '1';
const schema = process.env.DATABASE_URL ? (process.env.BENCH_SCHEMA ?? `bench_${randomBytes(4).toString('hex')}`) : undefined;

const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATA_DIR: 'memory://',
  SECRET_KEY: process.env.BENCH_SECRET_KEY ?? randomBytes(32).toString('hex'),
  ...(process.env.DATABASE_URL && schema ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: schema } : {}),
  // A benchmark that plays several clients names them in X-Forwarded-For.
  ...(process.env.TRUST_PROXY ? { TRUST_PROXY: process.env.TRUST_PROXY } : {}),
});
const { app, deps } = await buildApp(config, {
  limits: {
    loginPerIp: UNLIMITED,
    registrationPerIp: UNLIMITED,
    emailRequestPerIp: UNLIMITED,
    emailRequestPerAccount: UNLIMITED,
    codeSubmitPerIp: UNLIMITED,
    apiTokenRequests: UNLIMITED,
    invitationsPerUser: UNLIMITED,
    csvImportsPerUser: UNLIMITED,
    // Every benchmark client comes from one loopback address; the per-account slow-downs stay.
    loginClientFreeFailures: 1_000_000_000,
  },
});
/** Users, their accommodations and a signed-in municipality user; returns that user's session token. */
async function seed(): Promise<string> {
  const [m] = await deps.db.insert(municipalities).values({ cbsCode: 'GM0222', name: 'Doetinchem' }).returning();
  if (!m) throw new Error('no municipality');
  const passwordHash = await hashPassword(PASSWORD);
  for (let i = 0; i < userCount; i++) {
    const [a] = await deps.db
      .insert(accommodations)
      .values({
        municipalityId: m.id,
        companyName: `Hotel ${i}`,
        address: 'Markt 1',
        postcode: '7001 AB',
        city: 'Doetinchem',
        beds: 10,
        accommodationType: 'hotel',
      })
      .returning();
    if (!a) throw new Error('no accommodation');
    const [u] = await deps.db
      .insert(users)
      .values({ email: `bench-${i}@example.nl`, passwordHash, role: 'owner', accommodationId: a.id, emailConfirmedAt: new Date() })
      .returning();
    if (!u) throw new Error('no user');
    await deps.db.insert(accommodationMembers).values({ userId: u.id, accommodationId: a.id });
  }

  // A municipality user with a full session made here directly: signing in would need a 2FA code,
  // which is not what these benchmarks measure.
  const [officer] = await deps.db
    .insert(users)
    .values({ email: 'bench-gemeente@example.nl', passwordHash, role: 'municipality', municipalityId: m.id, emailConfirmedAt: new Date() })
    .returning();
  if (!officer) throw new Error('no municipality user');
  const municipalityToken = randomToken(32);
  const now = new Date();
  await deps.db.insert(sessions).values({
    tokenHash: sha256(municipalityToken),
    userId: officer.id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 12 * 60 * 60_000),
    stage: 'full',
    secondFactorAt: now,
  });
  return municipalityToken;
}
const municipalityToken = joining ? '' : await seed();

/** After the app (and its job worker) has stopped, so nothing holds locks in the schema. */
async function dropSchema(): Promise<void> {
  // The instance that seeded the schema drops it; one that joined leaves it to that one.
  if (!schema || !process.env.DATABASE_URL || joining) return;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA "${schema}" CASCADE`);
  await client.end();
}
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as AddressInfo).port, userCount, municipalityToken });
process.on('message', (message) => {
  if (message === 'stop')
    void app
      .close()
      .then(dropSchema)
      .then(() => process.exit(0));
});
