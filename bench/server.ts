// The application under load, in its own process so the load generator does not share its
// event loop. Seeds confirmed users, listens on a free port and reports it to the parent.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { accommodations, municipalities, users } from '../src/server/db/schema.ts';
import { hashPassword } from '../src/server/platform/passwords.ts';
import { PASSWORD } from './support.ts';

const UNLIMITED = { max: 1_000_000_000, windowMs: 60_000 };
const userCount = Number(process.env.BENCH_USERS ?? 200);
const schema = process.env.DATABASE_URL ? `bench_${randomBytes(4).toString('hex')}` : undefined;

const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATA_DIR: 'memory://',
  SECRET_KEY: randomBytes(32).toString('hex'),
  ...(process.env.DATABASE_URL && schema ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: schema } : {}),
});
const { app, deps } = await buildApp(config, {
  limits: {
    loginPerIp: UNLIMITED,
    registrationPerIp: UNLIMITED,
    emailRequestPerIp: UNLIMITED,
    emailRequestPerAccount: UNLIMITED,
    codeSubmitPerIp: UNLIMITED,
  },
});
const [m] = await deps.db.insert(municipalities).values({ cbsCode: 'GM0222', name: 'Doetinchem' }).returning();
if (!m) throw new Error('no municipality');
const passwordHash = await hashPassword(PASSWORD);
for (let i = 0; i < userCount; i++) {
  const [a] = await deps.db
    .insert(accommodations)
    .values({ municipalityId: m.id, companyName: `Hotel ${i}`, address: 'Markt 1', postcode: '7001 AB', city: 'Doetinchem', beds: 10, accommodationType: 'hotel' })
    .returning();
  if (!a) throw new Error('no accommodation');
  await deps.db.insert(users).values({ email: `bench-${i}@example.nl`, passwordHash, role: 'owner', accommodationId: a.id, emailConfirmedAt: new Date() });
}
if (schema) {
  app.addHook('preClose', async () => {
    await deps.database.withConnection((c) => c.exec(`DROP SCHEMA "${schema}" CASCADE`));
  });
}
await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: (app.server.address() as AddressInfo).port, userCount });
process.on('message', (message) => {
  if (message === 'stop') void app.close().then(() => process.exit(0));
});
