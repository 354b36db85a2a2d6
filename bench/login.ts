// Sign-in throughput against the raw argon2id limit, measured side by side in one run:
//   1. raw: argon2id verifications per second with the app's parameters, as many in flight as
//      libuv has threads (the ceiling no sign-in route can pass);
//   2. logins/s: autocannon against POST /api/sessions (correct passwords, many accounts);
//   3. p99 of an authenticated GET /api/session idle, and again during the sign-in storm;
//   4. mean time of a sign-in with an unknown email against one with a wrong password (the two
//      must not be told apart by timing).
import os from 'node:os';
import { verify } from '@node-rs/argon2';
import { hashPassword } from '../src/server/platform/passwords.ts';
import { benchServer, csrf, fmt, PASSWORD, run, signIn } from './support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const THREADS = Number(process.env.UV_THREADPOOL_SIZE ?? 4);

async function rawVerifyRate(): Promise<number> {
  const hash = await hashPassword(PASSWORD);
  let done = 0;
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: THREADS }, async () => {
      while (Date.now() < end) {
        await verify(hash, PASSWORD);
        done += 1;
      }
    }),
  );
  return done / SECONDS;
}

const raw = await rawVerifyRate();
const { base, emails, stop } = await benchServer();

const sessionCookie = await signIn(base, emails[0] ?? '');
const authedGet = { url: `${base}/api/session`, headers: { cookie: sessionCookie }, connections: 4, duration: Math.max(3, SECONDS / 2) };
const idle = await run(authedGet);

const c = await csrf(base);
let next = 0;
const storm = run({
  url: `${base}/api/sessions`,
  method: 'POST',
  connections: THREADS * 4,
  duration: SECONDS,
  headers: { 'content-type': 'application/json', 'x-csrf-token': c.token, cookie: c.cookie },
  requests: [
    {
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({ email: emails[next++ % emails.length], password: PASSWORD }),
      }),
    },
  ],
});
await new Promise((r) => setTimeout(r, 1000));
const duringStorm = await run({ ...authedGet, duration: Math.max(2, SECONDS / 2 - 1) });
const logins = await storm;

/** Mean latency of failed sign-ins, each on a fresh address so the slow-down never starts. */
async function failedSignIns(emailFor: (i: number) => string): Promise<number> {
  let next = 0;
  const result = await run({
    url: `${base}/api/sessions`,
    method: 'POST',
    connections: 2,
    duration: Math.max(3, SECONDS / 2),
    headers: { 'content-type': 'application/json', 'x-csrf-token': c.token, cookie: c.cookie },
    requests: [{ setupRequest: (r) => ({ ...r, body: JSON.stringify({ email: emailFor(next++), password: 'not the password at all' }) }) }],
  });
  return result.latency.mean;
}
const unknownEmail = await failedSignIns((i) => `nobody-${i}@example.nl`);
const wrongPassword = await failedSignIns((i) => emails[i % emails.length] ?? '');
await stop();

const loginRate = logins['2xx'] / logins.duration;
console.log(`cores: ${os.availableParallelism()}, libuv threads: ${THREADS}, ${SECONDS} s per phase`);
console.log(`raw argon2id verify limit:   ${fmt(raw)} /s`);
console.log(`sign-ins (POST /api/sessions): ${fmt(loginRate)} /s  (non-2xx: ${logins.non2xx}, errors: ${logins.errors})`);
console.log(`ratio sign-ins / raw limit:  ${fmt(loginRate / raw, 2)}  (target >= 0.85)`);
console.log(`GET /api/session p99 idle:   ${idle.latency.p99} ms`);
console.log(`GET /api/session p99 storm:  ${duringStorm.latency.p99} ms`);
console.log(`ratio p99 storm / idle:      ${fmt(duringStorm.latency.p99 / Math.max(idle.latency.p99, 1), 2)}  (target <= 3)`);
console.log(`failed sign-in, unknown email:  ${fmt(unknownEmail)} ms mean`);
console.log(`failed sign-in, wrong password: ${fmt(wrongPassword)} ms mean`);
console.log(`ratio unknown / wrong password: ${fmt(unknownEmail / wrongPassword, 2)}  (target ~1.0)`);
