// Behind a load balancer every request comes from the balancer's address. With TRUST_PROXY naming
// it, the per-IP limits count the client from X-Forwarded-For; without it, the header is ignored,
// so a client cannot escape a limit by inventing addresses.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { randomEmail } from '../support/factories.ts';

const behindBalancer = await startTestApp({ env: { TRUST_PROXY: '10.0.0.0/8' } });
const direct = await startTestApp();

/** A failed sign-in as the balancer at 10.1.1.1 passes it on for `client`. */
async function signInVia(t: TestApp, client: string) {
  const csrf = await t.app.inject({ method: 'GET', url: '/api/csrf', remoteAddress: '10.1.1.1' });
  const cookie = csrf.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/sessions',
    remoteAddress: '10.1.1.1',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, 'x-csrf-token': csrf.json().token, cookie },
    payload: JSON.stringify({ email: randomEmail(), password: 'niet het goede wachtwoord' }),
  });
  return response.statusCode;
}

describe('clients behind a load balancer', () => {
  it('limits sign-ins per client address when the balancer is trusted', async () => {
    const limit = behindBalancer.deps.limits.loginPerIp.max;
    const first: number[] = [];
    for (let i = 0; i < limit; i++) first.push(await signInVia(behindBalancer, '198.51.100.1'));
    expect(new Set(first)).toEqual(new Set([401]));
    expect(await signInVia(behindBalancer, '198.51.100.1')).toBe(429);
    // Another client behind the same balancer is not held up by the first.
    expect(await signInVia(behindBalancer, '198.51.100.2')).toBe(401);
  });

  it('ignores X-Forwarded-For from an untrusted peer, so inventing addresses does not reset the limit', async () => {
    const limit = direct.deps.limits.loginPerIp.max;
    const codes: number[] = [];
    for (let i = 0; i <= limit; i++) codes.push(await signInVia(direct, `203.0.113.${i}`));
    expect(codes.slice(0, limit).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it('refuses a TRUST_PROXY that is not a hop count or addresses, naming the variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/^Invalid configuration: TRUST_PROXY must be/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
  });
});
