// Inviting an address that has an account against inviting a new one, side by side in one run:
// the answer must not tell them apart, in its body (the tests check that) nor in its time. Three
// kinds of address, each invited over and over by one owner (every invitation revokes the one
// before, as for a real repeat): a new address, an owner of another accommodation invited as owner
// (gets a link to join) and one invited as staff (gets word of the attempt). The rounds alternate,
// each starting with another kind, so a slow moment of the machine (or the job worker delivering
// the previous slot's mail) falls on every kind; the ratios are to the new address.
import os from 'node:os';
import { benchServer, fmt, run, signInWithCsrf } from './support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const { base, emails, stop } = await benchServer({ BENCH_USERS: '3' });
const { cookie, csrfToken } = await signInWithCsrf(base, emails[0] ?? '');
const known = emails[1] ?? '';

const kinds = [
  { name: 'new address', body: { email: 'nog-geen-account@example.nl', role: 'staff' } },
  { name: 'account that can join', body: { email: known, role: 'owner' } },
  { name: 'account told of the attempt', body: { email: known, role: 'staff' } },
];

const samples = new Map<string, { rate: number; p50: number; p99: number }[]>(kinds.map((k) => [k.name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  // Each round starts with another kind: the mail queued in one slot is delivered during the next.
  for (const kind of [...kinds.slice(round % kinds.length), ...kinds.slice(0, round % kinds.length)]) {
    const result = await run({
      url: `${base}/api/invitations`,
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(kind.body),
      connections: 2,
      duration: SECONDS,
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${kind.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    samples.get(kind.name)?.push({ rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
  }
}
await stop();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const summary = kinds.map((k) => {
  const rows = samples.get(k.name) ?? [];
  return { name: k.name, rate: median(rows.map((r) => r.rate)), p50: median(rows.map((r) => r.p50)), p99: median(rows.map((r) => r.p99)) };
});
const baseline = summary[0] ?? { rate: 1, p50: 1 };
console.log(`cores: ${os.availableParallelism()}, ${ROUNDS} alternating rounds of ${SECONDS} s per kind, 2 connections, medians of the rounds`);
for (const s of summary) {
  console.log(
    `${s.name.padEnd(30)} ${fmt(s.rate).padStart(7)} /s   p50 ${s.p50} ms   p99 ${s.p99} ms   ratio to new address: rate ${fmt(s.rate / baseline.rate, 2)}, p50 ${fmt(s.p50 / baseline.p50, 2)}`,
  );
}
