// Cross-cutting HTTP protections and operator endpoints: CSRF tokens on state-changing requests,
// strict security headers, the body size limit, JSON errors for unknown API routes, the OpenAPI
// document, health checks and metrics.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { mailTo, registration, signedInOwner } from '../support/factories.ts';

const t = await startTestApp();
const https = await startTestApp({ env: { PUBLIC_URL: 'https://nachtregister.example' } });

/** A POST as a page on another site could send it: JSON, but without the CSRF token. */
const postWithoutToken = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
    remoteAddress: '198.51.100.7',
  });

function cspDirectives(header: unknown): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [String(name).toLowerCase(), values]),
  );
}

describe('CSRF protection', () => {
  it('refuses a registration without x-csrf-token with 403 CSRF_INVALID, creating nothing', async () => {
    const input = registration(t);
    const response = await postWithoutToken('/api/registrations', input);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_INVALID');

    expect(await mailTo(t, input.email)).toHaveLength(0);
    // An account that existed would answer EMAIL_NOT_CONFIRMED to the right password.
    const login = await t.client().post('/api/sessions', { email: input.email, password: input.password });
    expect(login.statusCode).toBe(401);
    expect(login.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a token that was not issued to this browser', async () => {
    const token = (await t.app.inject({ method: 'GET', url: '/api/csrf' })).json().token as string;
    expect(token).toBeTruthy();
    const input = registration(t);
    const response = await postWithoutToken('/api/registrations', input, { 'x-csrf-token': token });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_INVALID');
    expect(await mailTo(t, input.email)).toHaveLength(0);
  });

  it('refuses a sign-out without the token and keeps the session', async () => {
    const { client } = await signedInOwner(t);
    const response = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: `nr_session=${client.cookie('nr_session') ?? ''}` },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_INVALID');
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it.each(['/', '/api/session', '/health/live'])('sends a strict CSP and nosniff on %s', async (url) => {
    const response = await t.app.inject({ method: 'GET', url });
    const csp = cspDirectives(response.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends no HSTS header when the public URL is http', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS of at least a year when the public URL is https', async () => {
    const response = await https.app.inject({ method: 'GET', url: '/api/session' });
    const hsts = String(response.headers['strict-transport-security'] ?? '');
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });
});

describe('request limits and unknown routes', () => {
  it('refuses a body over 256 KiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const input = registration(t, { companyName: 'x'.repeat(257 * 1024) });
    const response = await t.client().post('/api/registrations', input);
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
    expect(await mailTo(t, input.email)).toHaveLength(0);
  });

  it.each([
    ['GET', '/api/does-not-exist'],
    ['POST', '/api/does-not-exist'],
    ['GET', '/api/accommodation/00000000-0000-4000-8000-000000000000'],
  ] as const)('answers %s %s with 404 NOT_FOUND as JSON', async (method, url) => {
    const response = await t.client().request(method, url, method === 'GET' ? undefined : {});
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json().code).toBe('NOT_FOUND');
  });
});

describe('operator endpoints', () => {
  it('publishes an OpenAPI 3.1 document that lists the account routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /api/registrations',
        'POST /api/email-confirmations',
        'POST /api/email-confirmations/resend',
        'POST /api/sessions',
        'GET /api/session',
        'DELETE /api/session',
        'POST /api/password-resets',
        'POST /api/password-resets/confirm',
        'GET /api/accommodation',
        'PUT /api/accommodation',
      ]),
    );
    expect(doc.paths['/api/registrations'].post.requestBody).toBeDefined();
  });

  it('answers the liveness and readiness checks with 200', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
  });

  it('exposes http_request_duration_seconds at /metrics', async () => {
    await t.client().get('/api/municipalities');
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/^# TYPE http_request_duration_seconds histogram$/m);
    expect(response.body).toMatch(/^http_request_duration_seconds_count\{[^}]*route="\/api\/municipalities"[^}]*\} [1-9]/m);
  });
});
