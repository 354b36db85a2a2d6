// Sustained load: first the capacity of one instance for a mixed owner workload (read the
// register, register a stay, read the session), then BENCH_SOAK_SECONDS (default 600) at half that
// rate. Prints the error rate, p50/p99 latency, and the server's resident memory at the start and
// the end of the soak (growth should stay under 10 %), sampled every 10 s. PostgreSQL only
// (DATABASE_URL): an embedded PGlite holds the data in the server's own memory, which is not what
// this measures.
import fs from 'node:fs';
import os from 'node:os';
import { benchServer, fmt, run, signInWithCsrf } from './support.ts';

if (!process.env.DATABASE_URL) {
  console.log('bench/soak.ts needs PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(0);
}
const CAPACITY_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const CONNECTIONS = 16;

const server = await benchServer({ BENCH_USERS: '16' });
const rssMiB = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const owners = await Promise.all(server.emails.slice(0, CONNECTIONS).map((email) => signInWithCsrf(server.base, email)));
const stay = JSON.stringify({
  arrival: '2026-06-10',
  departure: '2026-06-12',
  persons: 2,
  purpose: 'tourist',
  guest: { initials: 'J.', surname: 'Jansen', residence: 'Utrecht', country: 'NL', dateOfBirth: '1980-04-02', nationality: 'NL', documentType: 'id_card' },
  coTravellers: [{ initials: 'A.', surname: 'Jansen', dateOfBirth: '1982-05-03' }],
});

/** One autocannon client per owner, each cycling read register → register a stay → read session. */
function load(seconds: number, ratePerSecond?: number) {
  // autocannon takes whole requests per second per client: spread the total over the clients.
  const rateOf = (i: number) =>
    ratePerSecond === undefined ? {} : { overallRate: Math.floor(ratePerSecond / owners.length) + (i < ratePerSecond % owners.length ? 1 : 0) };
  return Promise.all(
    owners.map(({ cookie, csrfToken }, i) =>
      run({
        url: server.base,
        connections: 1,
        duration: seconds,
        ...rateOf(i),
        headers: { cookie, 'x-csrf-token': csrfToken },
        requests: [
          { method: 'GET', path: '/api/register/stays' },
          { method: 'POST', path: '/api/register/stays', headers: { 'content-type': 'application/json' }, body: stay },
          { method: 'GET', path: '/api/session' },
        ],
      }),
    ),
  );
}

function summarise(results: Awaited<ReturnType<typeof load>>) {
  const total = results.reduce((n, r) => n + r.requests.total, 0);
  const failed = results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
  const seconds = Math.max(...results.map((r) => r.duration));
  return {
    rate: total / seconds,
    total,
    failed,
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
  };
}

const capacity = summarise(await load(CAPACITY_SECONDS));
const target = Math.floor(capacity.rate / 2);
console.log(`capacity (${os.cpus().length} cores, ${CONNECTIONS} owners, read/write/read mix): ${fmt(capacity.rate)} req/s, p99 ${capacity.p99} ms`);

const samples: number[] = [rssMiB()];
const sampler = setInterval(() => samples.push(rssMiB()), 10_000);
const soak = summarise(await load(SOAK_SECONDS, target));
clearInterval(sampler);
samples.push(rssMiB());

const [start = 0, end = 0] = [samples[0], samples.at(-1)];
console.log(`soak: ${SOAK_SECONDS} s at ${target} req/s target (half of capacity): ${fmt(soak.rate)} req/s achieved, ${soak.total} requests`);
console.log(`soak errors: ${soak.failed} of ${soak.total} (${fmt((100 * soak.failed) / Math.max(1, soak.total), 3)} %)`);
console.log(`soak latency: p50 ${soak.p50} ms, p99 ${soak.p99} ms`);
console.log(
  `soak RSS: start ${fmt(start)} MiB, end ${fmt(end)} MiB, min ${fmt(Math.min(...samples))}, max ${fmt(Math.max(...samples))} MiB; growth ${fmt((100 * (end - start)) / start)} % (limit 10 %)`,
);
await server.stop();
