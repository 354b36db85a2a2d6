// No malicious lockout, measured: 1 000 wrong passwords for one owner's account from 10 addresses
// (X-Forwarded-For behind TRUST_PROXY, at full speed, with the production slow-down), then the
// owner signs in from their own browser (which signed in before). Printed side by side in one run:
// how many of the attacker's attempts were checked at all, the owner's answer, and the owner's
// sign-in time after the attack against the same sign-in on a quiet server (ratio ≈ 1: not held up).
import { benchServer, csrf, fmt, PASSWORD } from './support.ts';

const ATTEMPTS = 1000;
const ADDRESSES = 10;

const { base, emails, stop } = await benchServer({ TRUST_PROXY: '127.0.0.1' });
const owner = emails[0] ?? '';

async function post(body: object, headers: Record<string, string>) {
  const c = await csrf(base);
  const started = performance.now();
  const response = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': c.token, ...headers, cookie: [c.cookie, headers.cookie].filter(Boolean).join('; ') },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, setCookies: response.headers.getSetCookie() };
}

/** The owner's browser: one earlier successful sign-in left its proof cookie. */
const first = await post({ email: owner, password: PASSWORD }, { 'x-forwarded-for': '198.51.100.7' });
const proof = first.setCookies.find((c) => c.startsWith('nr_signed_in='))?.split(';')[0] ?? '';
if (!proof) throw new Error('no sign-in device cookie');
const ownBrowser = { 'x-forwarded-for': '198.51.100.7', cookie: proof };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
async function ownerSignIns(n: number) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await post({ email: owner, password: PASSWORD }, ownBrowser));
  return runs;
}

await ownerSignIns(10); // warm-up
const quiet = await ownerSignIns(15);

const statuses = new Map<number, number>();
const started = performance.now();
await Promise.all(
  Array.from({ length: ADDRESSES }, async (_, a) => {
    for (let i = 0; i < ATTEMPTS / ADDRESSES; i++) {
      const { status } = await post({ email: owner, password: `fout ${a}-${i}` }, { 'x-forwarded-for': `203.0.113.${a + 1}` });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }),
);
const attackSeconds = (performance.now() - started) / 1000;
const after = await ownerSignIns(15);
const stranger = await post({ email: owner, password: PASSWORD }, { 'x-forwarded-for': '192.0.2.99' });
await stop();

console.log(
  `attack: ${ATTEMPTS} wrong passwords from ${ADDRESSES} addresses in ${fmt(attackSeconds)} s: ${statuses.get(401) ?? 0} checked (401), ${statuses.get(429) ?? 0} refused unchecked (429)`,
);
console.log(`owner's own browser after the attack: ${after.map((r) => r.status).join(' ')} (quiet server: ${quiet.map((r) => r.status).join(' ')})`);
console.log(
  `owner's sign-in time after / quiet: ${fmt(median(after.map((r) => r.ms)))} / ${fmt(median(quiet.map((r) => r.ms)))} ms = ratio ${fmt(median(after.map((r) => r.ms)) / median(quiet.map((r) => r.ms)), 2)}`,
);
console.log(`a browser that never signed in, from a new address: ${stranger.status} (the account-wide ceiling applies to it)`);
