// "Wachtwoord vergeten?" (POST /api/password-resets) and "Ik heb geen code ontvangen." (POST
// /api/email-confirmations/resend) must not tell a known address from an unknown one by the time
// they take to answer. For each endpoint BENCH_REQUESTS requests (default 300) for known addresses
// and as many for unknown ones, shuffled together, one at a time on one kept-alive connection, as
// an outsider timing them would; whatever the job worker does meanwhile falls on either kind alike.
// Known are the seeded confirmed
// accounts for the reset and registered, still unconfirmed accounts for the new code (the case that
// mails). Printed per endpoint: the medians, their ratio known / unknown (target 1.00) and the
// two-sided p-value of a Mann–Whitney U test (large: the two cannot be told apart). A third figure
// times, instead of the answer, the request right after it (a reset for an unknown address): work
// left for after the answer would show there.
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { benchServer, csrf, fmt, PASSWORD } from './support.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const WARM_UP = 20;
const UNCONFIRMED = 50;
const { base, emails, stop } = await benchServer({ BENCH_USERS: '200' });
const token = await csrf(base);
const headers = { 'content-type': 'application/json', 'x-csrf-token': token.token, cookie: token.cookie };

async function post(path: string, body: unknown): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status >= 300) throw new Error(`${path}: ${response.status}`);
  return elapsed;
}

const { municipalities } = (await (await fetch(`${base}/api/municipalities`)).json()) as { municipalities: { id: string }[] };
const municipalityId = municipalities[0]?.id ?? '';
const unconfirmed: string[] = [];
for (let i = 0; i < UNCONFIRMED; i += 1) {
  const email = `nog-niet-bevestigd-${i}@example.nl`;
  await post('/api/registrations', {
    companyName: `Pension ${i}`,
    address: 'Markt 1',
    postcode: '7001 AB',
    city: 'Doetinchem',
    beds: 4,
    accommodationType: 'bed_and_breakfast',
    municipalityId,
    email,
    password: PASSWORD,
  });
  unconfirmed.push(email);
}

/**
 * Unknown addresses as many as the known ones and asked in the same turn, so both kinds meet the
 * per-address rate-limit counter alike (a first request inserts it, a repeat updates it).
 */
const unknownAddresses = (count: number) => Array.from({ length: count }, () => `niemand-${randomBytes(6).toString('hex')}@example.nl`);
interface Endpoint {
  name: string;
  path: string;
  known: string[];
  unknown: string[];
}
const endpoints: Endpoint[] = [
  { name: 'POST /api/password-resets', path: '/api/password-resets', known: emails, unknown: unknownAddresses(emails.length) },
  { name: 'POST /api/email-confirmations/resend', path: '/api/email-confirmations/resend', known: unconfirmed, unknown: unknownAddresses(unconfirmed.length) },
];

/** Fisher–Yates: every order equally likely, so neither kind follows the other more often. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function measure(endpoint: Endpoint): Promise<{ known: number[]; unknown: number[] }> {
  const known: number[] = [];
  const unknown: number[] = [];
  const turns = (kind: 'known' | 'unknown', pool: string[]) =>
    Array.from({ length: WARM_UP + REQUESTS }, (_, i) => ({ kind, email: pool[i % pool.length] ?? '', warmUp: i < WARM_UP }));
  const warmUp = shuffled([...turns('known', endpoint.known), ...turns('unknown', endpoint.unknown)].filter((t) => t.warmUp));
  const measured = shuffled([...turns('known', endpoint.known), ...turns('unknown', endpoint.unknown)].filter((t) => !t.warmUp));
  for (const turn of [...warmUp, ...measured]) {
    const ms = await post(endpoint.path, { email: turn.email });
    if (!turn.warmUp) (turn.kind === 'known' ? known : unknown).push(ms);
  }
  return { known, unknown };
}

/** The request right after one for a known or an unknown address: its own time, by what came before. */
async function measureNext(endpoint: Endpoint): Promise<{ known: number[]; unknown: number[] }> {
  const known: number[] = [];
  const unknown: number[] = [];
  const probes = unknownAddresses(endpoint.unknown.length);
  const turns = shuffled([...Array.from({ length: REQUESTS }, () => 'known' as const), ...Array.from({ length: REQUESTS }, () => 'unknown' as const)]);
  for (const [i, kind] of turns.entries()) {
    const pool = kind === 'known' ? endpoint.known : endpoint.unknown;
    await post(endpoint.path, { email: pool[i % pool.length] ?? '' });
    const ms = await post(endpoint.path, { email: probes[i % probes.length] ?? '' });
    (kind === 'known' ? known : unknown).push(ms);
  }
  return { known, unknown };
}

const results: [string, { known: number[]; unknown: number[] }][] = [];
for (const endpoint of endpoints) results.push([endpoint.name, await measure(endpoint)]);
const [reset] = endpoints;
if (reset) results.push(['  … the request right after it', await measureNext(reset)]);
await stop();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Φ(z) through erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Two-sided Mann–Whitney U test, normal approximation with tie and continuity correction. */
function mannWhitney(a: number[], b: number[]): { u: number; p: number } {
  const all = [...a.map((v) => ({ v, first: true })), ...b.map((v) => ({ v, first: false }))].sort((x, y) => x.v - y.v);
  let rankSum = 0;
  let ties = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]?.v === all[i]?.v) j += 1;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k += 1) if (all[k]?.first) rankSum += rank;
    const t = j - i + 1;
    ties += t ** 3 - t;
    i = j + 1;
  }
  const [n1, n2, n] = [a.length, b.length, a.length + b.length];
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1))));
  const z = Math.max(0, Math.abs(u - (n1 * n2) / 2) - 0.5) / sigma;
  return { u, p: 2 * (1 - normalCdf(z)) };
}

console.log(
  `cores: ${os.availableParallelism()}, ${REQUESTS} requests per address kind and endpoint, shuffled together, one at a time (after ${WARM_UP} warm-up requests of each)`,
);
for (const [name, { known, unknown }] of results) {
  const { p } = mannWhitney(known, unknown);
  console.log(
    `${name.padEnd(38)} median known ${fmt(median(known), 2)} ms, unknown ${fmt(median(unknown), 2)} ms   ratio known / unknown ${fmt(median(known) / median(unknown), 2)} (target 1.00)   Mann–Whitney p = ${p.toFixed(3)}`,
  );
}
