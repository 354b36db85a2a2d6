// The CSV import's preview against everyone else's requests, measured side by side in one run:
//   1. p99 of GET /health/live with nothing else going on;
//   2. the same while hostile previews run back to back (the file from the report: one line of
//      4.8 MB, 2.4 million columns; each is refused at its line's limit);
//   3. the same while previews of a valid file of 10 000 rows run (the largest file the import
//      takes: every row is checked, and against the register).
// The ratio of each to idle says how much a preview still takes from the others (target for the
// hostile one: <= 2). The per-user rate limit is lifted here (bench/server.ts), as if many
// accounts sent files at once.
import os from 'node:os';
import { benchServer, fmt, run, signInWithCsrf } from './support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 2);

const HOSTILE = 'a;'.repeat(2_400_000);
const HEADER = 'aankomst;vertrek;kamer;personen;reisdoel;boekingsnummer;prijs;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort';
const VALID = [
  HEADER,
  ...Array.from({ length: 10_000 }, (_, i) => `01-07-2026;03-07-2026;;2;toerist;BENCH-${i};89,50;J.;Jansen;Utrecht;NL;02-04-1980;NL;identiteitskaart`),
].join('\r\n');

const { base, emails, stop } = await benchServer();
const owner = await signInWithCsrf(base, emails[0] ?? '');

const health = (seconds: number) => run({ url: `${base}/health/live`, connections: 4, duration: seconds });

/** Previews of `csv` back to back on UPLOADS connections, while /health/live is measured. */
async function during(csv: string) {
  const previews = run({
    url: `${base}/api/register/imports/preview`,
    method: 'POST',
    connections: UPLOADS,
    duration: SECONDS + 2,
    timeout: 60,
    headers: { 'content-type': 'application/json', 'x-csrf-token': owner.csrfToken, cookie: owner.cookie },
    body: JSON.stringify({ csv }),
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const measured = await health(SECONDS);
  return { measured, previews: await previews };
}

// The worker thread starts with the first file; that start is not what is measured.
await fetch(`${base}/api/register/imports/preview`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csrf-token': owner.csrfToken, cookie: owner.cookie },
  body: JSON.stringify({ csv: HOSTILE }),
});
const idle = await health(SECONDS);
const hostile = await during(HOSTILE);
const valid = await during(VALID);
await stop();

const ratio = (p99: number) => fmt(p99 / Math.max(idle.latency.p99, 1), 2);
const answered = (r: typeof hostile.previews) =>
  `${r.requests.total} answered: ${r['2xx']} 2xx, ${r['4xx']} 4xx, ${r['5xx']} 5xx, ${r.errors} errors, ${r.timeouts} timeouts`;
console.log(`cores: ${os.availableParallelism()}, ${SECONDS} s per phase, ${UPLOADS} uploads at a time`);
console.log(`GET /health/live p99 idle:            ${idle.latency.p99} ms`);
console.log(`GET /health/live p99 hostile previews: ${hostile.measured.latency.p99} ms (max ${hostile.measured.latency.max} ms)`);
console.log(`ratio hostile / idle:                  ${ratio(hostile.measured.latency.p99)}  (target <= 2)`);
console.log(`  hostile previews: ${answered(hostile.previews)}, mean ${fmt(hostile.previews.latency.mean)} ms each`);
console.log(`GET /health/live p99 10 000-row previews: ${valid.measured.latency.p99} ms (max ${valid.measured.latency.max} ms)`);
console.log(`ratio 10 000-row previews / idle:      ${ratio(valid.measured.latency.p99)}`);
console.log(`  10 000-row previews: ${answered(valid.previews)}, mean ${fmt(valid.previews.latency.mean)} ms each`);
