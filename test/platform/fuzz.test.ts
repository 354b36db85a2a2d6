// Robustness of the account routes, the CSV import and the booking-system API against arbitrary
// input: whatever JSON arrives (random values, the known field names with hostile values, huge
// numbers, emoji, right-to-left text, control characters), the answer is never a 5xx and always
// a JSON body; every error is coded.
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/shared/error-codes.ts';
import { generousLimits, startTestApp } from '../support/app.ts';
import { randomEmail, registration, signedInOperatorAccount, signedInOwner, STRONG_PASSWORD } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ limits: generousLimits });

const RUNS = 100;
const hex48 = () => randomBytes(24).toString('hex');

/** One visitor with a valid CSRF token, so requests reach validation and the use cases. */
const visitorIp = '203.0.113.9';
const csrf = await t.app.inject({ method: 'GET', url: '/api/csrf', remoteAddress: visitorIp });
const csrfHeaders = {
  'x-csrf-token': csrf.json<{ token: string }>().token,
  cookie: csrf.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
};

function send(method: 'POST' | 'PUT', url: string, payload: string, extraCookie = '', apiToken?: string) {
  return t.app.inject({
    method,
    url,
    headers: {
      ...csrfHeaders,
      ...(apiToken ? { authorization: `Bearer ${apiToken}` } : {}),
      cookie: [csrfHeaders.cookie, extraCookie].filter(Boolean).join('; '),
      'content-type': 'application/json',
    },
    payload,
    remoteAddress: visitorIp,
  });
}

/** The same visitor signs in as an owner, for the route that needs a session. */
async function ownerSessionCookie(): Promise<string> {
  const owner = await signedInOwner(t);
  const response = await send('POST', '/api/sessions', JSON.stringify({ email: owner.input.email, password: owner.input.password }));
  const session = response.cookies.find((c) => c.name === 'nr_session');
  if (!session) throw new Error(`sign-in failed: ${response.body}`);
  return `nr_session=${session.value}`;
}
const ownerCookie = await ownerSessionCookie();
/** An API token of that owner's accommodation, for the booking-system routes. */
const apiToken = (await send('POST', '/api/register/api-tokens', JSON.stringify({ name: 'Fuzz' }), ownerCookie)).json<{ token: string }>().token;
const booked = () => aStay({ bookingReference: `FUZZ-${hex48().slice(0, 12)}` });
const IMPORT_CSV =
  'aankomst;vertrek;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort\r\n2026-07-01;2026-07-03;J.;Jansen;Utrecht;NL;1980-04-02;NL;paspoort';

const hostileStrings = fc.constantFrom(
  '',
  ' ',
  '😀🏨🛏️👨‍👩‍👧‍👦',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Egnp.exe\u202C',
  '\u0000',
  'Hotel\u0000Zero',
  '\uD800',
  '\uDFFF\uD800',
  '\r\n\t',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell probe, sent as literal text on purpose
  '${jndi:ldap://x}',
  '../../etc/passwd',
  '1234 AB',
  '0612345678',
  '1e999',
  'NaN',
  '__proto__',
  'x'.repeat(5_000),
  'a'.repeat(48),
  'A'.repeat(48),
);

const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileStrings,
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.emailAddress(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -0),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** Number literals that JSON allows but JavaScript numbers cannot hold exactly. */
const hugeNumberLiterals = fc.constantFrom(
  '1e400',
  '-1e400',
  '1e-400',
  '123456789012345678901234567890123456789',
  '-0.0',
  '100000.0000000000001',
  '24.000000000000000001',
);

const asJson = (value: unknown) => JSON.stringify(value) ?? 'null';

interface Route {
  method: 'POST' | 'PUT';
  url: string;
  cookie?: string;
  /** A bearer token instead of the session (the booking-system API). */
  token?: string;
  fields: string[];
  /** A body that passes validation, to start from when only one field is hostile. */
  valid: () => Record<string, unknown>;
}

const DETAILS = ['companyName', 'address', 'postcode', 'city', 'kvkNumber', 'phone', 'beds', 'accommodationType'];
const pick = (source: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, source[k]]));

const routes: Route[] = [
  {
    method: 'POST',
    url: '/api/registrations',
    fields: [...DETAILS, 'municipalityId', 'email', 'password'],
    valid: () => registration(t),
  },
  { method: 'POST', url: '/api/sessions', fields: ['email', 'password'], valid: () => ({ email: randomEmail(), password: STRONG_PASSWORD }) },
  { method: 'POST', url: '/api/email-confirmations', fields: ['code'], valid: () => ({ code: hex48() }) },
  { method: 'POST', url: '/api/email-confirmations/resend', fields: ['email'], valid: () => ({ email: randomEmail() }) },
  { method: 'POST', url: '/api/password-resets', fields: ['email'], valid: () => ({ email: randomEmail() }) },
  {
    method: 'POST',
    url: '/api/password-resets/confirm',
    fields: ['code', 'password'],
    valid: () => ({ code: hex48(), password: STRONG_PASSWORD }),
  },
  { method: 'PUT', url: '/api/accommodation', cookie: ownerCookie, fields: DETAILS, valid: () => pick(registration(t), DETAILS) },
  { method: 'POST', url: '/api/invitations/preview', fields: ['token'], valid: () => ({ token: hex48() + hex48().slice(0, 16) }) },
  {
    method: 'POST',
    url: '/api/invitations/accept',
    fields: ['token', 'name', 'password'],
    valid: () => ({ token: hex48() + hex48().slice(0, 16), name: 'Sanne Smit', password: STRONG_PASSWORD }),
  },
  { method: 'POST', url: '/api/account/email-change/confirm', fields: ['code'], valid: () => ({ code: hex48() }) },
  {
    method: 'POST',
    url: '/api/invitations',
    cookie: ownerCookie,
    fields: ['email', 'name', 'role'],
    valid: () => ({ email: randomEmail(), name: 'Sanne Smit', role: 'staff' }),
  },
  {
    method: 'POST',
    url: '/api/accommodations',
    cookie: ownerCookie,
    fields: [...DETAILS, 'municipalityId'],
    valid: () => pick(registration(t), [...DETAILS, 'municipalityId']),
  },
  {
    method: 'POST',
    url: '/api/v1/stays',
    token: apiToken,
    fields: ['arrival', 'departure', 'persons', 'purpose', 'employerName', 'unitId', 'bookingReference', 'lodgingPriceCents', 'guest', 'coTravellers'],
    valid: booked,
  },
  { method: 'POST', url: '/api/v1/stays', token: apiToken, fields: ['stays'], valid: () => ({ stays: [booked(), booked()] }) },
  { method: 'POST', url: '/api/register/imports/preview', cookie: ownerCookie, fields: ['csv'], valid: () => ({ csv: IMPORT_CSV }) },
];

/** Text that a person could paste into a free-text field, appended to a valid value. */
const pastedText = fc.oneof(hostileStrings, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));

function withText(route: Route, field: string, text: string): string {
  const body = route.valid();
  const value = body[field];
  return asJson({ ...body, [field]: typeof value === 'string' ? `${value}${text}` : text });
}

/** Every string field of a route's valid body, with each control character appended. */
function controlCharacterCases(route: Route): [string, string, string, Route][] {
  const stringFields = route.fields.filter((f) => typeof route.valid()[f] === 'string');
  return stringFields.flatMap((f) =>
    ['\u0000', '\u0007', '\u001b'].map((c): [string, string, string, Route] => [`${route.method} ${route.url}`, f, JSON.stringify(c), route]),
  );
}

function expectCodedAnswer(response: LightMyRequestResponse, payload: string): void {
  const context = `${response.statusCode} for ${payload.slice(0, 300)}: ${response.body.slice(0, 300)}`;
  expect(response.statusCode, context).toBeLessThan(500);
  expect(response.headers['content-type'], context).toMatch(/^application\/json/);
  const body = response.json();
  if (response.statusCode >= 400) {
    expect(ERROR_CODES, context).toContain(body.code);
    expect(typeof body.message, context).toBe('string');
  } else {
    expect(body, context).toBeTypeOf('object');
    expect(body, context).not.toBeNull();
  }
}

function bodies(route: Route): fc.Arbitrary<string> {
  const field = fc.constantFrom(...route.fields);
  return fc.oneof(
    fc.anything().map(asJson),
    fc.object().map(asJson),
    fc.record(Object.fromEntries(route.fields.map((f) => [f, weirdValue])), { requiredKeys: [] }).map(asJson),
    fc.record({ field, value: weirdValue }).map(({ field: f, value }) => asJson({ ...route.valid(), [f]: value })),
    fc.record({ field, text: pastedText }).map(({ field: f, text }) => withText(route, f, text)),
    fc
      .record({ field, literal: hugeNumberLiterals })
      .map(({ field: f, literal }) => asJson({ ...route.valid(), [f]: '__LITERAL__' }).replace('"__LITERAL__"', literal)),
  );
}

describe('random request bodies on the account routes', () => {
  it.each(routes.map((r) => [r.method, r.url, r] as const))(
    '%s %s never answers 5xx and always answers JSON, every error with a stable code',
    async (_method, _url, route) => {
      await fc.assert(
        fc.asyncProperty(bodies(route), async (payload) => {
          expectCodedAnswer(await send(route.method, route.url, payload, route.cookie, route.token), payload);
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  );
});

describe('control characters in otherwise valid bodies', () => {
  it.each(routes.flatMap(controlCharacterCases))(
    '%s with %s ending in %s answers a coded 4xx or success, never 5xx',
    async (_route, field, character, route) => {
      const payload = withText(route, field, JSON.parse(character) as string);
      expectCodedAnswer(await send(route.method, route.url, payload, route.cookie, route.token), payload);
    },
  );
});

describe('hostile query strings on every list in the OpenAPI document', () => {
  it('never answer 5xx, signed in as an admin (who may call every list)', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const doc = (await t.client().get('/api/docs/json')).json<{
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    }>();
    const lists = Object.entries(doc.paths).flatMap(([path, methods]) =>
      (methods.get?.parameters ?? []).some((p) => p.in === 'query')
        ? [{ path, names: (methods.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) }]
        : [],
    );
    expect(lists.map((l) => l.path)).toContain('/api/users');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), fc.oneof(hostileStrings, fc.string({ unit: 'binary', maxLength: 40 })), async (list, value) => {
        // Every byte percent-encoded (a lone surrogate becomes U+FFFD, as a browser would send it).
        const encoded = [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
        const query = list.names.map((name) => `${name}=${encoded}`).join('&');
        const response = await admin.client.get(`${list.path}?${query}`);
        expectCodedAnswer(response, `${list.path}?${query}`);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
