// Cross-cutting HTTP protections and operator endpoints: CSRF tokens on state-changing requests,
// strict security headers, the flags of the session and CSRF cookies, the body size limits, JSON
// errors for unknown API routes, the OpenAPI document, health checks and metrics.
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

  it.each(['/', '/api/docs/', '/api/session', '/api/does-not-exist'])('allows no inline or eval script on %s, the API docs page included', async (url) => {
    const csp = cspDirectives((await t.app.inject({ method: 'GET', url })).headers['content-security-policy']);
    const scripts = csp.get('script-src') ?? csp.get('default-src');
    expect(scripts).toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
  });

  it('forbids framing with both X-Frame-Options DENY and frame-ancestors, and sends no referrer', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(cspDirectives(response.headers['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
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

/** The attributes of one Set-Cookie header, names lower-cased, e.g. { path: '/', httponly: '' }. */
function cookieNamed(response: { headers: Record<string, unknown> }, name: string): { value: string; attributes: Map<string, string> } {
  const header = response.headers['set-cookie'];
  const lines = (Array.isArray(header) ? header : [header]).map(String);
  const line = lines.find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie in ${lines.join(' | ')}`);
  const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
  return {
    value: pair.slice(name.length + 1),
    attributes: new Map(attributes.map((a) => [a.split('=')[0]?.toLowerCase() ?? '', a.split('=').slice(1).join('=')])),
  };
}

describe('cookie flags', () => {
  async function signIn(app: typeof t) {
    const owner = await signedInOwner(app);
    const csrf = await app.app.inject({ method: 'GET', url: '/api/csrf' });
    const token = csrf.json<{ token: string }>().token;
    const response = await app.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrf.cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
      payload: JSON.stringify({ email: owner.input.email, password: owner.input.password }),
    });
    expect(response.statusCode).toBe(200);
    return response;
  }

  it.each([
    ['http', t, false],
    ['https', https, true],
  ] as const)('public URL %s: the session cookie is HttpOnly, SameSite=Lax, Path=/, host-only, and Secure only under https', async (_scheme, app, secure) => {
    const response = await signIn(app);
    const session = cookieNamed(response, 'nr_session');
    expect(session.value).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(session.attributes.has('httponly')).toBe(true);
    expect(session.attributes.get('samesite')?.toLowerCase()).toBe('lax');
    expect(session.attributes.get('path')).toBe('/');
    expect(session.attributes.has('domain')).toBe(false);
    expect(session.attributes.has('secure')).toBe(secure);
  });

  it.each([
    ['http', t, false],
    ['https', https, true],
  ] as const)(
    'public URL %s: the CSRF cookie is signed, HttpOnly, SameSite=Lax, Path=/, host-only, and Secure only under https',
    async (_scheme, app, secure) => {
      const response = await app.app.inject({ method: 'GET', url: '/api/csrf' });
      const csrf = cookieNamed(response, '_csrf');
      // Signed with the secret key: "<value>.<signature>", so a cookie planted by a sibling domain does not verify.
      expect(decodeURIComponent(csrf.value)).toMatch(/^.+\..+$/);
      expect(csrf.attributes.has('httponly')).toBe(true);
      expect(csrf.attributes.get('samesite')?.toLowerCase()).toBe('lax');
      expect(csrf.attributes.get('path')).toBe('/');
      expect(csrf.attributes.has('domain')).toBe(false);
      expect(csrf.attributes.has('secure')).toBe(secure);
    },
  );
});

describe('request limits and unknown routes', () => {
  it('refuses a body over 256 KiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const input = registration(t, { companyName: 'x'.repeat(257 * 1024) });
    const response = await t.client().post('/api/registrations', input);
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
    expect(await mailTo(t, input.email)).toHaveLength(0);
  });

  it('refuses a CSV import over its 5 MiB limit with 413 PAYLOAD_TOO_LARGE, importing nothing', async () => {
    const { client } = await signedInOwner(t);
    const row = '2026-07-01;2026-07-03;J.;Jansen;Utrecht;NL;1980-04-02;NL;paspoort\r\n';
    const csv = `aankomst;vertrek;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort\r\n${row.repeat(Math.ceil((5.1 * 1024 * 1024) / row.length))}`;
    const response = await client.post('/api/register/imports', { csv });
    expect([response.statusCode, response.json().code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect((await client.get('/api/register/stays')).json().total).toBe(0);
  });

  it('refuses a booking-system post over its 5 MiB limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const { client } = await signedInOwner(t);
    const token = (await client.post('/api/register/api-tokens', { name: 'Groot' })).json().token as string;
    const stay = {
      arrival: '2026-07-01',
      departure: '2026-07-02',
      persons: 1,
      guest: {
        initials: 'J.',
        surname: 'x'.repeat(5_000),
        residence: 'Utrecht',
        country: 'NL',
        dateOfBirth: '1980-04-02',
        nationality: 'NL',
        documentType: 'passport',
      },
    };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/stays',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ stays: Array.from({ length: 1_100 }, () => stay) }),
    });
    expect([response.statusCode, response.json().code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect((await client.get('/api/register/stays')).json().total).toBe(0);
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
