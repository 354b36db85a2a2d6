// Time from PostgreSQL back up to the application's first 2xx. A private PostgreSQL server and the
// app as a process (the way it runs in production) under light steady load of signed-in reads;
// PostgreSQL is stopped (fast shutdown), left down for a moment and started, several times. For
// each restart: how long PostgreSQL itself took from `pg_ctl start` to accepting a connection, and
// how long after that the app answered its first 2xx. Prints the median and max of both and
// their ratio: the app's own share of an outage after the database has returned.
import pg from 'pg';
import { startPostgresServer } from '../test/support/postgres-server.ts';
import { ownerWithApiTokens, RequestHung } from '../test/support/process-client.ts';
import { deploymentEnv, startServerProcess } from '../test/support/server-process.ts';
import { fmt } from './support.ts';

const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 5);
const LOOPS = 4;
const DOWN_MS = 2_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Resolves with the moment a fresh connection to PostgreSQL first succeeds. */
async function firstConnection(url: string): Promise<number> {
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return performance.now();
    } catch {
      await pause(5);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

const database = await startPostgresServer();
const app = await startServerProcess(deploymentEnv({ DATABASE_URL: database.url }));
const { client } = await ownerWithApiTokens(app.url, `bench-restart-${Date.now()}@example.nl`, 0);

const counts = { ok: 0, unavailable: 0, other: 0, hung: 0 };
/** The moment of the first 2xx since the last stop of PostgreSQL. */
let first2xx: number | undefined;
let running = true;
const loops = Array.from({ length: LOOPS }, async () => {
  while (running) {
    try {
      const answer = await client.get('/api/session');
      if (answer.status === 200) {
        counts.ok += 1;
        first2xx ??= performance.now();
      } else if (answer.status === 503) counts.unavailable += 1;
      else counts.other += 1;
    } catch (error) {
      if (error instanceof RequestHung) counts.hung += 1;
      else counts.other += 1;
    }
    await pause(10);
  }
});

const pgRestart: number[] = [];
const appBehind: number[] = [];
try {
  await pause(1_000);
  for (let i = 0; i < RESTARTS; i += 1) {
    await database.stop('fast');
    first2xx = undefined;
    await pause(DOWN_MS);
    const startedAt = performance.now();
    const accepting = firstConnection(database.url);
    await database.start();
    const up = await accepting;
    const deadline = up + 60_000;
    while (first2xx === undefined && performance.now() < deadline) await pause(1);
    if (first2xx === undefined) throw new Error('the app did not answer 2xx within 60 s of PostgreSQL accepting connections');
    pgRestart.push(up - startedAt);
    // Below zero only within the poll interval of firstConnection (5 ms): the app was quicker.
    appBehind.push(Math.max(0, first2xx - up));
    await pause(1_000);
  }
} finally {
  running = false;
  await Promise.all(loops);
  client.close();
  await app.stop();
  await database.destroy();
}

const ms = (n: number) => `${fmt(n, 0)} ms`;
console.log(`restarts of PostgreSQL (fast shutdown, ${DOWN_MS / 1000} s down) under ${LOOPS} loops of GET /api/session: ${RESTARTS}`);
console.log(`PostgreSQL itself, pg_ctl start -> accepting connections: median ${ms(median(pgRestart))}, max ${ms(Math.max(...pgRestart))}`);
console.log(
  `app, PostgreSQL accepting -> first 2xx: median ${ms(median(appBehind))}, max ${ms(Math.max(...appBehind))} (each: ${appBehind.map((n) => fmt(n, 0)).join(', ')})`,
);
console.log(
  `ratio app delay / PostgreSQL's own restart: median ${fmt(median(appBehind) / median(pgRestart), 2)}, max ${fmt(Math.max(...appBehind) / median(pgRestart), 2)}`,
);
console.log(`answers: ${counts.ok} x 200, ${counts.unavailable} x 503, ${counts.other} other, ${counts.hung} hung`);
