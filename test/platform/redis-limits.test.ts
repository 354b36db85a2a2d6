// Rate limits in Redis (REDIS_URL), as a deployment with several instances uses them: counted
// across instances, and still enforced, without errors, while Redis cannot be reached (the
// counters then go to PostgreSQL). Runs where a Redis server answers on 127.0.0.1:6379 (CI starts one).
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { startTestApp, testConfig, type TestApp } from '../support/app.ts';
import { randomEmail } from '../support/factories.ts';
import { freePort } from '../support/smtp.ts';

const REDIS_URL = 'redis://127.0.0.1:6379';
const redisAnswers = await new Promise<boolean>((resolve) => {
  const socket = net.connect(6379, '127.0.0.1', () => {
    socket.end();
    resolve(true);
  });
  socket.on('error', () => resolve(false));
});

/** A failed sign-in from `ip`; the status says whether the limit let it through. */
async function failedSignIn(t: Pick<TestApp, 'app'>, ip: string): Promise<number> {
  const csrf = await t.app.inject({ method: 'GET', url: '/api/csrf', remoteAddress: ip });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/sessions',
    remoteAddress: ip,
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.json().token, cookie: csrf.cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
    payload: JSON.stringify({ email: randomEmail(), password: 'niet het goede wachtwoord' }),
  });
  return response.statusCode;
}

const randomTestIp = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}`;

describe.runIf(redisAnswers)('rate limits in Redis', async () => {
  const a = await startTestApp({ env: { REDIS_URL } });
  const b = await buildApp(testConfig({ REDIS_URL, SECRET_KEY: a.deps.config.secretKey ?? '' }), {
    database: a.deps.database,
    clock: a.clock,
    startWorker: false,
  });
  await b.app.ready();
  afterAll(() => b.app.close());

  it('count the sign-ins of one address on both instances together', async () => {
    const ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const limit = a.deps.limits.loginPerIp.max;
    const codes: number[] = [];
    for (let i = 0; i < limit; i++) codes.push(await failedSignIn(i % 2 ? a : b, ip));
    expect(new Set(codes)).toEqual(new Set([401]));
    expect(await failedSignIn(a, ip)).toBe(429);
    expect(await failedSignIn(b, ip)).toBe(429);
  });
});

describe('rate limits while Redis cannot be reached', async () => {
  const port = await freePort();
  const t = await startTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${port}` } });

  it('still answers every sign-in and still stops the 31st, counting in PostgreSQL', async () => {
    const ip = randomTestIp();
    const limit = t.deps.limits.loginPerIp.max;
    const codes: number[] = [];
    for (let i = 0; i <= limit; i++) codes.push(await failedSignIn(t, ip));
    expect(codes.slice(0, limit).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});
