// Signing in ("Log in met bestaand account") and the session it opens: the cookie, answers that
// reveal nothing about which addresses exist, the progressive slow-down of guessing, the per-IP
// limit, idle and absolute session lifetimes, and signing out.
import type { LightMyRequestResponse } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { codeFrom, mailTo, randomEmail, registration, signedInOwner } from '../support/factories.ts';

const t = await startTestApp();
const https = await startTestApp({ env: { PUBLIC_URL: 'https://nachtregister.example' } });
const ipLimited = await startTestApp({ limits: { loginPerIp: { max: 3, windowMs: 60_000 } } });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WRONG_PASSWORD = 'dit is zeker niet het goede wachtwoord';

/** A registered account; confirmed unless told otherwise. */
async function account(app: TestApp, { confirmed = true } = {}) {
  const input = registration(app);
  expect((await app.client().post('/api/registrations', input)).statusCode).toBe(201);
  if (confirmed) {
    const code = codeFrom((await mailTo(app, input.email))[0]);
    expect((await app.client().post('/api/email-confirmations', { code })).statusCode).toBe(200);
  }
  return input;
}

/** A sign-in attempt by a new visitor (own IP), so only per-address rules apply. */
const attempt = (email: string, password: string, app: TestApp = t) => app.client().post('/api/sessions', { email, password });

function sessionCookieHeader(response: LightMyRequestResponse): string | undefined {
  const header = response.headers['set-cookie'];
  const all = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return all.find((c) => c.startsWith('nr_session='));
}

function cookieAttributes(header: string): string[] {
  return header
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());
}

/** GET /api/session with nothing but the given session cookie value. */
const sessionWithCookie = (app: TestApp, value: string) => app.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `nr_session=${value}` } });

describe('signing in with email and password', () => {
  it('returns the user and sets an HttpOnly, SameSite=Lax session cookie on path / (not Secure on http)', async () => {
    const input = await account(t);
    const response = await attempt(input.email, input.password);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ email: input.email, role: 'owner' });

    const cookie = sessionCookieHeader(response);
    expect(cookie).toBeDefined();
    const attributes = cookieAttributes(cookie ?? '');
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    expect(attributes).not.toContain('secure');
  });

  it('marks the session cookie Secure when the public URL is https', async () => {
    const input = await account(https);
    const response = await attempt(input.email, input.password, https);
    expect(response.statusCode).toBe(200);
    const attributes = cookieAttributes(sessionCookieHeader(response) ?? '');
    expect(attributes).toContain('secure');
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
  });

  it('opens a session that GET /api/session recognises', async () => {
    const input = await account(t);
    const client = t.client();
    expect((await client.get('/api/session')).statusCode).toBe(401);
    expect((await client.post('/api/sessions', { email: input.email, password: input.password })).statusCode).toBe(200);

    const session = await client.get('/api/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({
      user: { email: input.email, role: 'owner' },
      accommodation: { companyName: input.companyName },
    });
  });

  it('issues a new session id at every sign-in', async () => {
    const input = await account(t);
    const client = t.client();
    const ids = [];
    for (let i = 0; i < 3; i++) {
      expect((await client.post('/api/sessions', { email: input.email, password: input.password })).statusCode).toBe(200);
      ids.push(client.cookie('nr_session'));
    }
    expect(ids.every((id) => typeof id === 'string' && id.length >= 32)).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });

  it('answers a wrong password and an unknown email identically: 401 INVALID_CREDENTIALS', async () => {
    const input = await account(t);
    const wrongPassword = await attempt(input.email, WRONG_PASSWORD);
    const unknownEmail = await attempt(randomEmail(), input.password);
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json().code).toBe('INVALID_CREDENTIALS');
    expect(unknownEmail.statusCode).toBe(wrongPassword.statusCode);
    expect(unknownEmail.body).toBe(wrongPassword.body);
    expect(sessionCookieHeader(wrongPassword)).toBeUndefined();
  });

  it('tells an unconfirmed account 403 EMAIL_NOT_CONFIRMED only when the password is right', async () => {
    const input = await account(t, { confirmed: false });
    const right = await attempt(input.email, input.password);
    expect(right.statusCode).toBe(403);
    expect(right.json().code).toBe('EMAIL_NOT_CONFIRMED');
    expect(sessionCookieHeader(right)).toBeUndefined();

    const wrong = await attempt(input.email, WRONG_PASSWORD);
    const unknown = await attempt(randomEmail(), WRONG_PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });
});

describe('slowing down password guessing per account and client', () => {
  // One client per test: the slow-down counts attempts on one account from one client (a browser
  // that never signed in to it is known by its address). Other clients: no-malicious-lockout.test.ts.
  let visitor = t.client();
  beforeEach(() => {
    visitor = t.client();
  });
  const attempt = (email: string, password: string) => visitor.post('/api/sessions', { email, password });

  async function failFiveTimes(email: string) {
    for (let i = 0; i < 5; i++) expect((await attempt(email, WRONG_PASSWORD)).statusCode).toBe(401);
  }

  function throttledFor(response: LightMyRequestResponse): number {
    expect(response.statusCode).toBe(429);
    const body = response.json();
    expect(body.code).toBe('LOGIN_THROTTLED');
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
    expect(response.headers['retry-after']).toBe(String(body.retryAfterSeconds));
    return body.retryAfterSeconds as number;
  }

  it('answers 429 LOGIN_THROTTLED with retry-after after 5 failures, even with the right password', async () => {
    const input = await account(t);
    await failFiveTimes(input.email);
    throttledFor(await attempt(input.email, WRONG_PASSWORD));
    throttledFor(await attempt(input.email, input.password));
  });

  it('throttles an unknown address exactly like a known one', async () => {
    const input = await account(t);
    const unknown = randomEmail();
    await failFiveTimes(input.email);
    await failFiveTimes(unknown);
    const known = await attempt(input.email, WRONG_PASSWORD);
    const other = await attempt(unknown, WRONG_PASSWORD);
    throttledFor(other);
    expect(other.statusCode).toBe(known.statusCode);
    expect(other.body).toBe(known.body);
  });

  it('doubles the wait with every further failure, up to 15 minutes', async () => {
    const input = await account(t);
    await failFiveTimes(input.email);
    const waits = [throttledFor(await attempt(input.email, WRONG_PASSWORD))];
    for (let i = 0; i < 7; i++) {
      t.clock.advance((waits.at(-1) ?? 0) * 1000 + 1000);
      expect((await attempt(input.email, WRONG_PASSWORD)).statusCode).toBe(401);
      waits.push(throttledFor(await attempt(input.email, WRONG_PASSWORD)));
    }
    for (let i = 1; i < waits.length; i++) {
      expect(waits[i]).toBe(Math.min(2 * (waits[i - 1] ?? 0), 15 * 60));
    }
    expect(waits.at(-2)).toBe(15 * 60);
    expect(waits.at(-1)).toBe(15 * 60);
  });

  it('never locks the account for good: after the wait the right password works', async () => {
    const input = await account(t);
    await failFiveTimes(input.email);
    const wait = throttledFor(await attempt(input.email, input.password));
    t.clock.advance(wait * 1000 + 1000);
    expect((await attempt(input.email, input.password)).statusCode).toBe(200);
    // A success forgets the failures: one new mistake is not throttled.
    expect((await attempt(input.email, WRONG_PASSWORD)).statusCode).toBe(401);
    expect((await attempt(input.email, input.password)).statusCode).toBe(200);
  });
});

describe('limiting sign-in requests per IP address', () => {
  it('answers 429 RATE_LIMITED with retry-after once an IP exceeds the limit, other IPs unaffected', async () => {
    const input = await account(ipLimited);
    const visitor = ipLimited.client('192.0.2.10');
    for (let i = 0; i < 3; i++) {
      expect((await visitor.post('/api/sessions', { email: randomEmail(), password: WRONG_PASSWORD })).statusCode).toBe(401);
    }
    const refused = await visitor.post('/api/sessions', { email: input.email, password: input.password });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(sessionCookieHeader(refused)).toBeUndefined();

    expect((await ipLimited.client('192.0.2.11').post('/api/sessions', { email: input.email, password: input.password })).statusCode).toBe(200);
  });
});

describe('session lifetime', () => {
  it('ends a session after 30 minutes without activity (401 NOT_AUTHENTICATED)', async () => {
    const { client } = await signedInOwner(t);
    t.clock.advance(31 * MINUTE);
    const response = await client.get('/api/session');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('NOT_AUTHENTICATED');
  });

  it('keeps an active session alive past the idle period', async () => {
    const { client } = await signedInOwner(t);
    t.clock.advance(20 * MINUTE);
    expect((await client.get('/api/session')).statusCode).toBe(200);
    t.clock.advance(20 * MINUTE);
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });

  it('ends a session 12 hours after sign-in even when it is used all the time', async () => {
    const { client } = await signedInOwner(t);
    for (let elapsed = 20 * MINUTE; elapsed < 12 * HOUR; elapsed += 20 * MINUTE) {
      t.clock.advance(20 * MINUTE);
      expect((await client.get('/api/session')).statusCode).toBe(200);
    }
    // 11 h 40 min have passed; 21 minutes more is within the idle period but beyond 12 hours.
    t.clock.advance(21 * MINUTE);
    const response = await client.get('/api/session');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('NOT_AUTHENTICATED');
  });
});

describe('signing out', () => {
  it('answers 204 and ends the session on the server: the old cookie no longer works', async () => {
    const { client } = await signedInOwner(t);
    const token = client.cookie('nr_session');
    expect(token).toBeDefined();
    expect((await sessionWithCookie(t, token ?? '')).statusCode).toBe(200);

    expect((await client.delete('/api/session')).statusCode).toBe(204);
    expect((await client.get('/api/session')).statusCode).toBe(401);
    const replayed = await sessionWithCookie(t, token ?? '');
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().code).toBe('NOT_AUTHENTICATED');
  });

  it('ends only that session, not the other sessions of the same user', async () => {
    const { client, input } = await signedInOwner(t);
    const other = t.client();
    expect((await other.post('/api/sessions', { email: input.email, password: input.password })).statusCode).toBe(200);
    expect((await client.delete('/api/session')).statusCode).toBe(204);
    expect((await other.get('/api/session')).statusCode).toBe(200);
  });
});
