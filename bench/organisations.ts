// The organisation screens on a large municipality, against the cheapest authenticated request,
// side by side in one run:
//   1. baseline: GET /api/csrf (no database) and GET /api/session (the session look-up every
//      request pays, plus the accommodation, municipality and memberships shown in the header);
//   2. "Gebruikers" of a municipality with BENCH_USERS entrepreneurs (GET /api/users: reach,
//      2FA state, last sign-in; the first page of 50 rows and the count);
//   3. "Accommodaties": the first page, a search by name, and a page deep in the list.
// Each figure is requests/s and p99 with 4 connections; the ratios are to GET /api/session.
import os from 'node:os';
import { benchServer, fmt, run, signIn } from './support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const USERS = Number(process.env.BENCH_USERS ?? 5000);
const { base, emails, municipalityCookie, stop } = await benchServer({ BENCH_USERS: String(USERS) });
const ownerCookie = await signIn(base, emails[0] ?? '');

async function measure(path: string, cookie: string) {
  const result = await run({ url: `${base}${path}`, headers: { cookie }, connections: 4, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const figures: [string, Awaited<ReturnType<typeof measure>>][] = [
  ['GET /api/csrf (no database)', await measure('/api/csrf', '')],
  ['GET /api/session (owner)', await measure('/api/session', ownerCookie)],
  ['GET /api/users (municipality)', await measure('/api/users', municipalityCookie)],
  ['GET /api/municipality/accommodations', await measure('/api/municipality/accommodations', municipalityCookie)],
  ['  … ?q=Hotel 4242 (search)', await measure('/api/municipality/accommodations?q=Hotel%204242', municipalityCookie)],
  ['  … ?page=90 (deep page)', await measure('/api/municipality/accommodations?page=90', municipalityCookie)],
];
await stop();

const session = figures[1]?.[1].rate ?? 1;
console.log(`cores: ${os.availableParallelism()}, ${USERS} accommodations with an owner each, ${SECONDS} s per figure, 4 connections`);
for (const [name, f] of figures) {
  console.log(`${name.padEnd(40)} ${fmt(f.rate).padStart(8)} /s   p50 ${f.p50} ms   p99 ${f.p99} ms   ratio to session ${fmt(f.rate / session, 2)}`);
}
