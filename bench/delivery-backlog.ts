// The job queue draining a backlog, as after an outage of the mail server: jobs per second for a
// channel delivered in order (only its oldest pending job may be claimed) against a kind without
// order, on the same database in the same run, at a small and a large backlog. The handlers do
// nothing, so the figures are the queue's own cost per job. The ratios to watch: ordered /
// unordered (the price of the order) and large / small backlog (should stay near 1: finding a
// channel's head must not get slower as the queue grows). PGlite in memory, or PostgreSQL in a
// schema of its own when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import pg from 'pg';
import { openDatabase } from '../src/server/db/client.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { deliveredInOrder, JobWorker } from '../src/server/platform/jobs/queue.ts';
import { fmt } from './support.ts';

const SMALL = Number(process.env.BENCH_BACKLOG_SMALL ?? 200);
const LARGE = Number(process.env.BENCH_BACKLOG_LARGE ?? 5_000);
const url = process.env.DATABASE_URL;
const schema = `bench_queue_${randomBytes(4).toString('hex')}`;
const database = await openDatabase({ url, schema: url ? schema : undefined, dataDir: 'memory://' });
await migrate(database);

const nothing = async () => undefined;
const worker = new JobWorker({
  db: database.db,
  log: pino({ level: 'silent' }),
  handlers: { 'mail.send': deliveredInOrder(nothing), 'bench.unordered': nothing },
});

/** Queues `count` jobs of `kind` in one statement, drains them all, and returns jobs per second. */
async function drainRate(kind: string, count: number): Promise<number> {
  await database.db.execute(sql`INSERT INTO jobs (kind, payload) SELECT ${kind}, '{}'::jsonb FROM generate_series(1, ${count})`);
  const started = process.hrtime.bigint();
  const processed = await worker.drain();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (processed !== count) throw new Error(`drained ${processed} of ${count}`);
  await database.db.execute(sql`DELETE FROM jobs`);
  return count / seconds;
}

console.log(`queue drain, ${url ? 'PostgreSQL' : 'PGlite'}, ${os.cpus().length} cores; handlers do nothing`);
await drainRate('mail.send', 100); // warm-up
const rates: Record<string, number> = {};
for (const backlog of [SMALL, LARGE]) {
  for (const kind of ['mail.send', 'bench.unordered']) {
    rates[`${kind} ${backlog}`] = await drainRate(kind, backlog);
  }
}
for (const backlog of [SMALL, LARGE]) {
  const ordered = rates[`mail.send ${backlog}`] ?? 0;
  const unordered = rates[`bench.unordered ${backlog}`] ?? 0;
  console.log(`backlog ${backlog}: in order ${fmt(ordered, 0)} jobs/s, without order ${fmt(unordered, 0)} jobs/s, ratio ${fmt(ordered / unordered, 2)}`);
}
const orderedLarge = rates[`mail.send ${LARGE}`] ?? 0;
const orderedSmall = rates[`mail.send ${SMALL}`] ?? 1;
console.log(`in order, backlog ${LARGE} / ${SMALL}: ${fmt(orderedLarge / orderedSmall, 2)} (1 = no slower with a longer queue)`);

await database.close();
if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
}
