// Brute force is slowed without letting anyone lock an owner out (ASVS 5.0 §6.3.1): failures from
// one client never stop the owner signing in correctly from another, and attempts are counted
// before they are checked, so parallel ones cannot slip past the count.
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/server/deps.ts';
import { generousLimits, startTestApp } from '../support/app.ts';
import { signedInOwner } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

// The production limits, except the per-IP request cap (tested elsewhere), so that every attempt
// below reaches the slow-down.
const t = await startTestApp({ limits: { ...defaultLimits, loginPerIp: generousLimits.loginPerIp } });
const limits = t.deps.limits;

async function ownerWithTotp(app = t) {
  const owner = await signedInOwner(app);
  const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
  const secret = secretOf(setup.uri);
  expect((await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, app.clock.now()) })).statusCode).toBe(200);
  return { ...owner, secret };
}

/** `n` wrong passwords for `email` from `client`, `parallel` at a time; the answers' status codes. */
async function wrongPasswords(client: ReturnType<typeof t.client>, email: string, n: number, parallel = 25): Promise<number[]> {
  // The first request alone: it fetches the client's CSRF token, which parallel ones would race for.
  const statuses: number[] = [(await client.post('/api/sessions', { email, password: 'fout' })).statusCode];
  for (let i = 1; i < n; i += parallel) {
    const batch = Array.from({ length: Math.min(parallel, n - i) }, (_, j) => client.post('/api/sessions', { email, password: `fout ${i + j}` }));
    statuses.push(...(await Promise.all(batch)).map((r) => r.statusCode));
  }
  return statuses;
}

describe('sign-in slow-down without malicious lockout', () => {
  it('lets the owner in from their own browser at once after 1 000 wrong passwords from 10 addresses', async () => {
    const { input } = await signedInOwner(t);
    // The owner's browser signed in before: it holds the proof.
    const own = t.client();
    expect((await own.post('/api/sessions', input)).json().status).toBe('signed-in');
    expect(own.cookie('nr_signed_in')).toBeTruthy();

    const attackers = Array.from({ length: 10 }, () => t.client());
    for (let round = 0; round < 10; round++) {
      const answers = await Promise.all(attackers.map((a) => wrongPasswords(a, input.email, 10)));
      for (const status of answers.flat()) expect([401, 429]).toContain(status);
      // Let every wait run out, so the attackers keep getting real attempts in.
      t.clock.advance(limits.loginMaxDelayMs + 1);
    }
    const signIn = await own.post('/api/sessions', input);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().status).toBe('signed-in');
  });

  it("does not slow a new browser of the owner down for another client's failures", async () => {
    const { input } = await signedInOwner(t);
    const attacker = t.client();
    const statuses = await wrongPasswords(attacker, input.email, limits.loginFreeFailures + 5, 1);
    expect(statuses.at(-1)).toBe(429);
    // Below the account-wide ceiling, a browser that never signed in is not held up either.
    const fresh = t.client();
    expect((await fresh.post('/api/sessions', input)).json().status).toBe('signed-in');
  });

  it('still slows the attacker down, per client and (for clients without a proof) per account', async () => {
    const { input } = await signedInOwner(t);
    const attacker = t.client();
    const statuses = await wrongPasswords(attacker, input.email, limits.loginFreeFailures + 3, 1);
    expect(statuses.slice(0, limits.loginFreeFailures)).toEqual(Array(limits.loginFreeFailures).fill(401));
    expect(statuses.slice(limits.loginFreeFailures)).toEqual([429, 429, 429]);
    // The correct password from the slowed-down client waits too: it cannot tell right from wrong.
    expect((await attacker.post('/api/sessions', input)).statusCode).toBe(429);

    // Spread over many addresses, the account-wide ceiling slows every client without a proof.
    const spread = Array.from({ length: Math.ceil(limits.loginAccountFreeFailures / 2) + 1 }, () => t.client());
    for (const client of spread) await wrongPasswords(client, input.email, 2, 1);
    const stranger = t.client();
    expect((await stranger.post('/api/sessions', input)).statusCode).toBe(429);
  });

  it('forgets the proof of a browser when the password changes (the old password may have been known to someone else)', async () => {
    const { input, client } = await signedInOwner(t);
    expect(client.cookie('nr_signed_in')).toBeTruthy();
    const newPassword = 'vier ijsberen zwemmen naar de noordpool';
    expect((await client.put('/api/account/password', { currentPassword: input.password, newPassword })).statusCode).toBe(200);
    // Drive the account-wide counter over its ceiling from many clients.
    for (let i = 0; i < Math.ceil(limits.loginAccountFreeFailures / 2) + 1; i++) await wrongPasswords(t.client(), input.email, 2, 1);
    expect((await client.post('/api/sessions', { email: input.email, password: newPassword })).statusCode).toBe(429);
  });
});

describe('the 2FA step', () => {
  it('has its own slow-down: password failures of others do not block it, and its own do not block the password', async () => {
    const { input, secret } = await ownerWithTotp();
    await wrongPasswords(t.client(), input.email, limits.loginFreeFailures + 2, 1);
    const own = t.client();
    expect((await own.post('/api/sessions', input)).json().status).toBe('two-factor-required');
    t.clock.advance(30_000);
    expect((await own.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()) })).json()).toEqual({ status: 'signed-in' });
  });

  it('counts 60 parallel wrong codes on one challenge before checking them: at most the free attempts are checked', async () => {
    const { input } = await ownerWithTotp();
    const client = t.client();
    expect((await client.post('/api/sessions', input)).json().status).toBe('two-factor-required');
    const answers = await Promise.all(Array.from({ length: 60 }, () => client.post('/api/two-factor/totp/verify', { code: '000000' })));
    const checked = answers.filter((r) => r.json().code === 'TWO_FACTOR_CODE_INVALID').length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(limits.loginFreeFailures);
    for (const r of answers) expect([400, 429]).toContain(r.statusCode);
  });
});

describe('one challenge, many addresses', () => {
  it('checks at most a fixed number of codes per sign-in step, whatever the addresses', async () => {
    // Every slow-down off but the one under test.
    const open = await startTestApp({ limits: { ...generousLimits, twoFactorAttemptsPerStep: defaultLimits.twoFactorAttemptsPerStep } });
    const { input } = await ownerWithTotp(open);
    const first = open.client();
    expect((await first.post('/api/sessions', input)).json().status).toBe('two-factor-required');
    const cookie = `nr_session=${first.cookie('nr_session')}`;
    const csrf = (await first.get('/api/csrf')).json().token as string;
    // The same session cookie sent from 60 addresses at once (the per-client counters differ).
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        open.app.inject({
          method: 'POST',
          url: '/api/two-factor/totp/verify',
          remoteAddress: `10.99.${i}.1`,
          headers: { cookie: `${cookie}; ${csrfCookie(first)}`, 'x-csrf-token': csrf, 'content-type': 'application/json' },
          payload: JSON.stringify({ code: '000000' }),
        }),
      ),
    );
    const checked = answers.filter((r) => r.json().code === 'TWO_FACTOR_CODE_INVALID').length;
    expect(checked).toBeLessThanOrEqual(defaultLimits.twoFactorAttemptsPerStep);
    expect(answers.filter((r) => r.json().code === 'TWO_FACTOR_ATTEMPTS_EXCEEDED').length).toBeGreaterThan(0);
    // The step has ended: the password comes first again.
    expect((await first.post('/api/two-factor/totp/verify', { code: '000000' })).statusCode).toBeGreaterThanOrEqual(400);
    expect((await first.get('/api/two-factor/challenge')).statusCode).toBe(401);
  });
});

function csrfCookie(client: ReturnType<typeof t.client>): string {
  const name = '_csrf';
  return `${name}=${client.cookie(name) ?? ''}`;
}
