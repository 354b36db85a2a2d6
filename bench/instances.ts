// Two instances against one: the throughput of one app process, and of two processes on the same
// PostgreSQL schema (as behind a load balancer), measured side by side in one run for
//   1. an authenticated read: GET /api/session of signed-in owners;
//   2. sign-in: POST /api/sessions with the right password (argon2id-bound).
// The same number of connections either way: all on one instance, or half on each (two autocannon
// runs at once, their results summed). The configurations alternate over a few rounds so that a
// change in the machine's other load hits both alike. PostgreSQL only (DATABASE_URL): PGlite is
// one process's database.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type autocannon from 'autocannon';
import { benchServer, csrf, fmt, PASSWORD, run, signInWithCsrf } from './support.ts';

if (!process.env.DATABASE_URL) {
  console.log('bench/instances.ts needs PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(0);
}
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 16;
// The other load on the machine, printed with the figures: on shared cores it moves them most.
const loadAtStart = os.loadavg()[0] ?? 0;

// One schema and one secret key: a CSRF token or session from either instance holds on both.
const shared = { BENCH_SCHEMA: `bench_${randomBytes(4).toString('hex')}`, BENCH_SECRET_KEY: randomBytes(32).toString('hex'), BENCH_USERS: '200' };
const first = await benchServer(shared);
const second = await benchServer({ ...shared, BENCH_JOIN: '1' });
const instances = [first.base, second.base];

// A session per connection, as many browsers would have (one shared session row is not the case
// to measure).
const owners = await Promise.all(first.emails.slice(0, CONNECTIONS).map((email) => signInWithCsrf(first.base, email)));
const signInCsrf = await csrf(first.base);

type Workload = (base: string, connections: number, seconds: number) => autocannon.Options;

const authenticatedRead: Workload = (base, connections, seconds) => {
  let next = 0;
  return {
    url: `${base}/api/session`,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, cookie: owners[next++ % owners.length]?.cookie ?? '' } }) }],
  };
};

const signIn: Workload = (base, connections, seconds) => {
  let next = 0;
  return {
    url: `${base}/api/sessions`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', 'x-csrf-token': signInCsrf.token, cookie: signInCsrf.cookie },
    requests: [
      { setupRequest: (request) => ({ ...request, body: JSON.stringify({ email: first.emails[next++ % first.emails.length], password: PASSWORD }) }) },
    ],
  };
};

interface Measured {
  perSecond: number;
  failed: number;
}

/** The workload spread evenly over `bases` at once; 2xx per second summed over them. */
async function measure(workload: Workload, bases: string[], seconds = SECONDS): Promise<Measured> {
  const results = await Promise.all(bases.map((base) => run(workload(base, CONNECTIONS / bases.length, seconds))));
  return {
    perSecond: results.reduce((sum, r) => sum + r['2xx'] / r.duration, 0),
    failed: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  };
}

async function compare(workload: Workload): Promise<{ one: Measured[]; two: Measured[] }> {
  await measure(workload, instances, 2); // warm-up of both processes
  const one: Measured[] = [];
  const two: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    one.push(await measure(workload, [first.base]));
    two.push(await measure(workload, instances));
  }
  return { one, two };
}

const read = await compare(authenticatedRead);
const logins = await compare(signIn);
await second.stop();
await first.stop();

const mean = (runs: Measured[]) => runs.reduce((sum, r) => sum + r.perSecond, 0) / runs.length;
const failed = (runs: Measured[]) => runs.reduce((sum, r) => sum + r.failed, 0);
const rounds = (runs: Measured[]) => runs.map((r) => fmt(r.perSecond)).join(', ');
/** The mean over the rounds, each round in brackets: how far they differ says how noisy the machine was. */
const line = (label: string, { one, two }: { one: Measured[]; two: Measured[] }, unit: string) =>
  `${label}: one ${fmt(mean(one))} ${unit} (${rounds(one)}), two ${fmt(mean(two))} ${unit} (${rounds(two)}), ratio two/one ${fmt(mean(two) / mean(one), 2)}  (non-2xx/errors: ${failed(one)}/${failed(two)})`;
console.log(
  `cores: ${os.availableParallelism()}, ${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds, same PostgreSQL, load average ${fmt(loadAtStart)} → ${fmt(os.loadavg()[0] ?? 0)}`,
);
console.log(line('authenticated read (GET /api/session)', read, 'req/s'));
console.log(line('sign-in (POST /api/sessions)        ', logins, 'sign-ins/s'));
