// Hostile input on every route of the OpenAPI document, generated from the document itself: each
// operation gets random and boundary values in its path parameters, query string, headers and
// (where it takes one) body, derived from the schemas it publishes, under other spellings of its
// path now and then ('/%61pi/…', '/API/…', '//api/…', ';x=1'), from a visitor who is not signed in
// (with a CSRF token, and for state-changing methods also without one) and from a user the route
// admits (a session with its CSRF token, or an API token for the booking-system routes). Whatever
// arrives, the answer is never a 5xx, every error is the catalogue's coded body and nothing else
// (no stack trace, file path or SQL text), no request pollutes Object.prototype of the running
// server, and the visitor never gets a 2xx from a route that needs a sign-in, nor without a CSRF
// token from a state-changing one. A route added tomorrow is fuzzed the day it is added.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/shared/error-codes.ts';
import { errorMessages } from '../../src/server/platform/messages.ts';
import { buildApp } from '../../src/server/app.ts';
import { randomIp, generousLimits, startTestApp, testConfig } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ limits: generousLimits });

/**
 * Runs per operation and caller, ~125 operations in all: the file takes about 40 s on 2
 * cores. A visitor on a route that needs a sign-in is turned away before the body is read, so a
 * few runs cover that. A forged request (no CSRF token) is turned away as early but gets the full
 * runs, each under another spelling of the path: that is where a check on the raw URL slips.
 */
const RUNS = 10;
const RUNS_TURNED_AWAY = 4;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// ---------------------------------------------------------------- the document

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  example?: unknown;
  default?: unknown;
};
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}
interface Access {
  public: boolean;
  stages: string[];
  roles: string[];
  apiToken?: boolean;
}
interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  'x-access'?: Access;
}
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Operation {
  method: Method;
  path: string;
  params: Parameter[];
  body: Schema | undefined;
  access: Access;
}

const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}>();
const operations: Operation[] = Object.entries(doc.paths).flatMap(([route, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase() as Method,
    path: route,
    params: op.parameters ?? [],
    body: op.requestBody?.content['application/json']?.schema,
    access: op['x-access'] ?? { public: true, stages: [], roles: [] },
  })),
);

function resolve(schema: Schema): Schema {
  const ref = schema.$ref?.replace('#/components/schemas/', '');
  return ref ? (doc.components?.schemas?.[ref] ?? {}) : schema;
}

// ---------------------------------------------------------------- hostile values

const hostileText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800x',
  '\uFEFF',
  '\u202Egnp.exe\u202C',
  'Zoë Ångström-Ñúñez',
  'e\u0301\u0301\u0301',
  '😀🏨👨‍👩‍👧‍👦',
  'مرحبا',
  'שלום',
  '東京ホテル',
  '\r\n\t',
  '%00',
  '%',
  '%zz',
  '..%2f..%2fetc%2fpasswd',
  '../../etc/passwd',
  "' OR '1'='1",
  "1'; DROP TABLE stays; --",
  '1 UNION SELECT NULL--',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a Log4Shell probe, sent as literal text on purpose
  '${jndi:ldap://x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-1',
  '1e999',
  '0x10',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '+275760-09-13',
  'x'.repeat(1_000),
  'x'.repeat(70_000),
);

const boundaryNumbers = fc.constantFrom(
  0,
  -0,
  -1,
  1,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
);

/** Any JSON value, from the hostile lists and from fast-check's own, arrays and objects included. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 2, arbitrary: boundaryNumbers },
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(null, true, false, [], {}, [null], [''], { length: 1 }),
  fc.array(hostileText, { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A value the schema describes, so the request gets past validation into the use case. */
function fromSchema(input: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => fromSchema(s, name, depth)));
  if (schema.allOf?.[0]) return fromSchema(schema.allOf[0], name, depth);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return depth > 3 ? fc.constant({}) : bodyFromSchema(schema, depth + 1);
    case 'array':
      return fc.array(schema.items ? fromSchema(schema.items, name, depth + 1) : hostileValue, { maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1_000;
      const max = Math.min(schema.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER);
      return fc.oneof(fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) }), fc.constantFrom(min, max, min - 1, max + 1));
    }
    case 'boolean':
      return fc.boolean();
    case 'string':
      return stringFor(schema, name);
    default:
      return hostileValue;
  }
}

const isoDate = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function stringFor(schema: Schema, name: string): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom(...knownIds));
  if (schema.example !== undefined) return fc.oneof(fc.constant(schema.example), isoDate);
  if (/date|arrival|departure|^from$|^to$|validFrom|validTo|birth/i.test(name)) return fc.oneof(isoDate, fc.constantFrom('2026-06-10', '2026-06-12'));
  if (/email/i.test(name)) return fc.emailAddress();
  if (schema.pattern) return fc.oneof(fc.stringMatching(new RegExp(schema.pattern)), hostileText);
  const max = Math.min(schema.maxLength ?? 60, 60);
  const min = Math.min(schema.minLength ?? 0, max);
  return fc.oneof(
    fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
    fc.constantFrom('x'.repeat(min), 'x'.repeat(schema.maxLength ?? 200), 'x'.repeat((schema.maxLength ?? 200) + 1)),
  );
}

/** An object of the schema's properties, now and then with one of them hostile or missing. */
function bodyFromSchema(schema: Schema, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const valid = fc.record(Object.fromEntries(properties.map(([key, s]) => [key, fromSchema(s, key, depth)])), {
    requiredKeys: properties.map(([key]) => key).filter((key) => required.has(key)),
  });
  if (!properties.length) return fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 });
  const keys = properties.map(([key]) => key);
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 2, arbitrary: fc.tuple(valid, fc.constantFrom(...keys), hostileValue).map(([body, key, value]) => ({ ...body, [key]: value })) },
    fc.tuple(valid, fc.constantFrom(...keys)).map(([body, key]) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key))),
  );
}

/** JSON texts that JSON.stringify would not write: prototype keys, huge literals, deep nesting, broken syntax. */
const rawJsonTexts = fc.constantFrom(
  '{"__proto__":{"polluted":"yes","role":"admin","isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"guest":{"__proto__":{"polluted":"yes"}},"stay":{"constructor":{"prototype":{"polluted":"yes"}}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
  '{"a":1e400,"beds":1e400,"persons":-1e400}',
  '{"beds":123456789012345678901234567890}',
  '['.repeat(5_000) + ']'.repeat(5_000),
  `${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`,
  '{',
  '{"a":}',
  '\uFEFF{}',
  'null',
  '"string"',
  '12',
  '',
  '{"email":"a@b.nl","email":"c@d.nl"}',
);

function bodies(op: Operation): fc.Arbitrary<string | undefined> {
  const fromDoc = op.body ? bodyFromSchema(op.body) : fc.constant({});
  return fc.oneof(
    { weight: 5, arbitrary: fromDoc.map((b) => JSON.stringify(b)) },
    { weight: 2, arbitrary: fromDoc.chain((b) => withPrototypeKey(b)) },
    { weight: 2, arbitrary: rawJsonTexts },
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.constant(undefined),
  );
}

/** The body with a __proto__ or constructor key at its top level. */
function withPrototypeKey(body: Record<string, unknown>): fc.Arbitrary<string> {
  return fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => {
    const text = JSON.stringify(body);
    const injected = key === 'constructor' ? '{"prototype":{"polluted":"yes"}}' : '{"polluted":"yes","role":"admin"}';
    return text === '{}' ? `{"${key}":${injected}}` : text.replace(/^\{/, `{"${key}":${injected},`);
  });
}

// ---------------------------------------------------------------- path, query and headers

/** Every byte of the UTF-8 percent-encoded, as a browser sends a lone surrogate (U+FFFD). */
const percentEncoded = (value: string) => [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const encodeValue = (value: unknown) => percentEncoded(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** Segments sent as they are: broken percent-encoding and traversal that encoding would hide. */
const rawSegments = fc.constantFrom('%', '%zz', '%C0%AF', '%E0%A4%A', '%00', '..', '.', '%2e%2e%2f', '%252e', 'a%2Fb', '%u0041', `${'a'.repeat(3_000)}`);

const percentLetters = (segment: string) => segment.replace(/[A-Za-z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);

/**
 * Other spellings of the route's own path: percent-encoded letters name the same route to the
 * router; case, doubled slashes, dot segments, ;parameters and double encoding name none.
 * Parameters ({id}) are filled in afterwards.
 */
const otherSpellings: fc.Arbitrary<(path: string) => string> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      (p: string) => p.replace(/^\/api\//, '/%61pi/'),
      (p: string) =>
        p
          .split('/')
          .map((segment) => (segment.startsWith('{') ? segment : percentLetters(segment)))
          .join('/'),
    ),
  },
  fc.constantFrom(
    (p: string) => p.replace(/^\/api\//, '/%2561pi/'),
    (p: string) => p.replace(/^\/api\//, '/API/'),
    (p: string) => `/${p}`,
    (p: string) => p.replace(/^\/api\//, '/api/./'),
    (p: string) => p.replace(/^\/api\//, '/api;x=1/'),
    (p: string) => `${p}/`,
  ),
);
const spellings = fc.oneof({ weight: 3, arbitrary: fc.constant((p: string) => p) }, otherSpellings);

/** The path with its parameters; a forged request is spelled otherwise, where a check on the raw URL would miss it. */
function pathArbitrary(op: Operation, forged: boolean): fc.Arbitrary<string> {
  return fc.tuple(forged ? otherSpellings : spellings, parameterArbitrary(op)).map(([spell, fill]) => fill(spell(op.path)));
}

/** Fills the {parameters} of a spelling of the path with values. */
function parameterArbitrary(op: Operation): fc.Arbitrary<(template: string) => string> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  if (!names.length) return fc.constant((template: string) => template);
  const segments = names.map((name) => {
    const schema = op.params.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    return fc.oneof({ weight: 4, arbitrary: fromSchema(schema, name).map(encodeValue) }, { weight: 2, arbitrary: hostileValue.map(encodeValue) }, rawSegments);
  });
  return fc.tuple(...segments).map((values) => (template: string) => names.reduce((url, name, i) => url.replace(`{${name}}`, values[i] ?? ''), template));
}

function queryArbitrary(op: Operation): fc.Arbitrary<string> {
  const query = op.params.filter((p) => p.in === 'query');
  const pairs = query.map((p) =>
    fc.oneof(
      { weight: 4, arbitrary: fromSchema(p.schema ?? {}, p.name).map((v) => [`${p.name}=${encodeValue(v)}`]) },
      { weight: 2, arbitrary: hostileValue.map((v) => [`${p.name}=${encodeValue(v)}`]) },
      // An array where a scalar is expected.
      fc.array(hostileValue, { minLength: 2, maxLength: 3 }).map((vs) => vs.map((v) => `${p.name}=${encodeValue(v)}`)),
      fc.constantFrom([`${p.name}`], [`${p.name}=`], [`${p.name}[]=1`], [`${p.name}[a]=1`], [`${p.name}=%`], []),
    ),
  );
  const extra = fc.constantFrom(
    [],
    [],
    [],
    ['__proto__=x'],
    ['__proto__[polluted]=yes'],
    ['constructor[prototype][polluted]=yes'],
    ['&&&==&'],
    ['%=%'],
    [`q=${'x'.repeat(20_000)}`],
  );
  return fc.tuple(fc.tuple(...pairs), extra).map(([ps, more]) => {
    const all = [...ps.flat(), ...more];
    return all.length ? `?${all.join('&')}` : '';
  });
}

/** What a real HTTP client can put in a header value: the text's UTF-8 bytes, read as latin1, without control characters. */
function headerSafe(value: string): string {
  return Buffer.from(value, 'utf8')
    .toString('latin1')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const junkText = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 60 })).map(headerSafe);
const contentTypes = fc.constantFrom(
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json;;;',
  'application/json, text/plain',
  'application/vnd.api+json',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'text/plain',
  'text/csv',
  'application/xml',
  '*/*',
  '',
  'a'.repeat(2_000),
);

/** Zero to two junk headers; `replacesAuth` ones overwrite what the caller sends, the others add to it. */
const junkHeaders: fc.Arbitrary<Record<string, string>> = fc
  .subarray(
    [
      fc.record({ 'content-type': contentTypes }),
      fc.record({ 'accept-language': fc.oneof(junkText, fc.constantFrom('*', 'nl-NL,nl;q=0.9,en;q=0.8', 'xx;q=abc', `${'nl,'.repeat(2_000)}nl`)) }),
      fc.record({ accept: fc.oneof(junkText, fc.constantFrom('*/*', 'text/csv', 'application/xml', 'application/json;q=0')) }),
      fc.record({ 'x-csrf-token': fc.oneof(junkText, fc.constantFrom('', 'null', 'x'.repeat(8_000))) }),
      fc.record({
        authorization: fc.oneof(
          junkText,
          fc.constantFrom(
            'Bearer',
            'Bearer ',
            'Bearer nr_',
            'Bearer nr_x',
            `Bearer nr_${'a'.repeat(8_000)}`,
            'Basic YWRtaW46YWRtaW4=',
            'Bearer \u00ff\u00fe',
            'bearer  nr_%00',
          ),
        ),
      }),
      fc.record({ 'x-forwarded-for': fc.oneof(junkText, fc.constantFrom('127.0.0.1, ::1, 999.999.999.999', 'unknown', '-', '::ffff:10.0.0.1')) }),
      fc.record({ 'x-forwarded-host': junkText, 'x-forwarded-proto': fc.constantFrom('https', 'gopher', '') }),
      fc.record({ 'user-agent': fc.oneof(junkText, fc.constant('Mozilla/5.0 '.repeat(1_000))) }),
      fc.record({ 'x-request-id': junkText, 'if-none-match': junkText }),
      fc.record({ range: fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=99999999-', 'bytes=a-b') }),
      fc.record({ 'x-junk': fc.constant('x'.repeat(12_000)) }),
    ],
    { maxLength: 2 },
  )
  .map((parts) => Object.assign({}, ...parts) as Record<string, string>);

const junkCookies = fc.oneof(
  fc.constantFrom(
    'nr_session=',
    'nr_session=x',
    'nr_session=%00',
    `nr_session=${'a'.repeat(4_000)}`,
    'nr_session=a; nr_session=b',
    '_csrf=junk',
    '_csrf=s%3Ajunk.sig',
    '=; ; ;=;',
    '__proto__=x',
    'constructor=x',
    `a=${'b'.repeat(6_000)}`,
  ),
  junkText.map((text) => `nr_session=${text.replace(/[;,]/g, '')}`),
  junkText,
);

interface Junk {
  headers: Record<string, string>;
  /** A cookie added to the caller's, or (replace) sent instead of them. */
  cookie: { text: string; replace: boolean } | undefined;
}
const junk: fc.Arbitrary<Junk> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ headers: {}, cookie: undefined }) },
  { weight: 3, arbitrary: junkHeaders.map((headers) => ({ headers, cookie: undefined })) },
  fc.record({ headers: junkHeaders, cookie: fc.record({ text: junkCookies, replace: fc.boolean() }) }),
);

// ---------------------------------------------------------------- callers

interface Caller {
  name: string;
  headers(): Promise<Record<string, string>>;
  /** Signs in again when a request (a sign-out, a forced 2FA) ended the session. */
  revive(): Promise<void>;
}

const visitorIp = randomIp();
async function csrfPair(): Promise<{ token: string; cookie: string }> {
  const response = await t.app.inject({ method: 'GET', url: '/api/csrf', remoteAddress: visitorIp });
  return { token: response.json<{ token: string }>().token, cookie: response.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
}
const visitorCsrf = await csrfPair();
const visitor: Caller = {
  name: 'not signed in',
  headers: async () => ({ 'x-csrf-token': visitorCsrf.token, cookie: visitorCsrf.cookie }),
  revive: async () => undefined,
};
/** A forged cross-site request: no cookie, so no session and no CSRF secret to match a token. */
const forger: Caller = { name: 'not signed in, without a CSRF token', headers: async () => ({}), revive: async () => undefined };

/** A signed-in client's cookies and CSRF token, as headers for a raw inject. */
async function sessionHeaders(client: TestClient): Promise<Record<string, string>> {
  const token = (await client.get('/api/csrf')).json<{ token: string }>().token;
  const cookie = ['nr_session', '_csrf'].flatMap((name) => (client.cookie(name) ? [`${name}=${client.cookie(name)}`] : [])).join('; ');
  return { 'x-csrf-token': token, cookie };
}

function sessionCaller(name: string, signIn: () => Promise<TestClient>): Caller {
  let current: Promise<Record<string, string>> | undefined;
  let client: TestClient | undefined;
  const start = () =>
    (current = signIn().then((c) => {
      client = c;
      return sessionHeaders(c);
    }));
  return {
    name,
    headers: () => current ?? start(),
    revive: async () => {
      const session = client && (await client.get('/api/session'));
      if (session?.statusCode !== 200 || session.json<{ stage?: string }>().stage !== 'full') await start();
    },
  };
}

const owner = await signedInOwner(t, { companyName: 'Hotel Fuzz' });
const unit = (await owner.client.post('/api/register/units', { name: 'Kamer 1', kind: 'room', capacity: 2 })).json<{ unit: { id: string } }>().unit;
const stay = (await owner.client.post('/api/register/stays', aStay({ unitId: unit.id }))).json<{ stay: { id: string } }>().stay;
const accommodationId = (await owner.client.get('/api/session')).json<{ accommodation: { id: string } }>().accommodation.id;
const apiToken = (await owner.client.post('/api/register/api-tokens', { name: 'Fuzz' })).json<{ token: string }>().token;
/**
 * Ids that exist, so some requests reach a row rather than a 404. Not the municipalities': an
 * admin's request that closes one would stop the callers from signing in again.
 */
const knownIds = [unit.id, stay.id, accommodationId];

const callers = {
  owner: sessionCaller('owner', async () => (await signedInOwner(t)).client),
  municipality: sessionCaller('municipality user', async () => (await signedInOperatorAccount(t, 'municipality')).client),
  inspector: sessionCaller('inspector', async () => (await signedInOperatorAccount(t, 'inspector')).client),
  admin: sessionCaller('admin', async () => (await signedInOperatorAccount(t, 'admin')).client),
  token: { name: 'API token', headers: async () => ({ authorization: `Bearer ${apiToken}` }), revive: async () => undefined } satisfies Caller,
};

/** The visitor (and for a state-changing method the forger), and one caller the route admits (the owner where it may). */
function callersOf(op: Operation): Caller[] {
  const visitors = op.method === 'GET' ? [visitor] : [visitor, forger];
  if (op.access.apiToken) return [...visitors, callers.token];
  if (op.access.public) return [...visitors, callers.owner];
  const roles = op.access.roles.length ? op.access.roles : ['owner'];
  const role = (['owner', 'municipality', 'admin', 'inspector'] as const).find((r) => roles.includes(r)) ?? 'owner';
  return [...visitors, callers[role]];
}

// ---------------------------------------------------------------- the checks

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
});

/** Traces of the server's inside: a stack frame, a source path, a driver or SQL message. */
const INTERNALS = [
  /\n\s+at\s/,
  /\bat [\w$.<>]+ \(/,
  /\.(ts|js|mjs|cjs):\d+/,
  /node_modules/,
  /\b(select|insert|update|delete)\b[\s\S]{0,80}\b(from|into|set|where)\b/i,
  /\b(syntax error|relation "|violates|duplicate key|invalid input syntax|PGlite|drizzle|ZodError|FST_[A-Z_]+)/i,
];

function expectSafeAnswer(response: LightMyRequestResponse, request: string): void {
  const context = `${response.statusCode} for ${request.slice(0, 400)}\n→ ${response.body.slice(0, 400)}`;
  expect(response.statusCode, context).toBeLessThan(500);
  expect(response.body.includes(ROOT), context).toBe(false);
  expect(({} as Record<string, unknown>).polluted, context).toBeUndefined();
  if (response.statusCode < 400) return;
  for (const pattern of INTERNALS) expect(response.body, context).not.toMatch(pattern);
  if (response.statusCode === 431) return;
  expect(response.headers['content-type'], context).toMatch(/^application\/json/);
  // The error body is the catalogue's and nothing else: no message written from the input or an exception.
  const body = response.json<{
    code: keyof typeof errorMessages;
    message: string;
    fields?: Record<string, { code: keyof typeof errorMessages; message: string; maximum?: number }>;
  }>();
  expect(ERROR_CODES, context).toContain(body.code);
  expect(body.message, context).toBe(errorMessages[body.code]);
  expect(
    Object.keys(body).filter((k) => !['code', 'message', 'fields', 'retryAfterSeconds'].includes(k)),
    context,
  ).toEqual([]);
  for (const field of Object.values(body.fields ?? {})) {
    expect(ERROR_CODES, context).toContain(field.code);
    // A text too long names its maximum, a number the route declares, never anything typed.
    const expected =
      field.code === 'TOO_LONG' && typeof field.maximum === 'number' ? `Maximaal ${field.maximum.toLocaleString('nl-NL')} tekens.` : errorMessages[field.code];
    expect(field.message, context).toBe(expected);
    expect(
      Object.keys(field).filter((k) => !['code', 'message', 'maximum'].includes(k)),
      context,
    ).toEqual([]);
  }
}

interface Sample {
  url: string;
  body: string | undefined;
  junk: Junk;
}

async function send(op: Operation, caller: Caller, sample: Sample): Promise<LightMyRequestResponse> {
  const own = await caller.headers();
  const cookie = sample.junk.cookie;
  const headers: Record<string, string> = {
    ...own,
    ...(sample.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...sample.junk.headers,
    ...(cookie ? { cookie: cookie.replace ? cookie.text : [own.cookie, cookie.text].filter(Boolean).join('; ') } : {}),
  };
  return t.app.inject({
    method: op.method,
    url: sample.url,
    headers,
    remoteAddress: visitorIp,
    ...(sample.body !== undefined ? { payload: sample.body } : {}),
  });
}

function samples(op: Operation, caller: Caller): fc.Arbitrary<Sample> {
  const body = op.method === 'GET' ? fc.constant(undefined) : bodies(op);
  return fc
    .record({ path: pathArbitrary(op, caller === forger), query: queryArbitrary(op), body, junk })
    .map(({ path: p, query, body: b, junk: j }) => ({ url: `${p}${query}`, body: b, junk: j }));
}

// ---------------------------------------------------------------- the properties

describe('hostile input on every operation of the OpenAPI document', () => {
  it('covers the document: every operation, the booking-system API and the sign-in', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining(['POST /api/sessions', 'GET /api/register/stays', 'POST /api/register/stays', 'POST /api/v1/stays', 'GET /api/v1/stays']),
    );
  });

  it.each(operations.map((op) => [op.method, op.path, op] as const))(
    '%s %s: path, query, headers and body never bring a 5xx or an internal detail, nor a 2xx to a visitor the route turns away',
    async (_method, _path, op) => {
      for (const caller of callersOf(op)) {
        const turnedAway = (caller === visitor && !op.access.public) || caller === forger;
        await fc.assert(
          fc.asyncProperty(samples(op, caller), async (sample) => {
            const response = await send(op, caller, sample);
            const request = `${caller.name}: ${op.method} ${sample.url} ${JSON.stringify(sample.junk)} ${sample.body?.slice(0, 300) ?? ''}`;
            expectSafeAnswer(response, request);
            if (turnedAway) expect(response.statusCode, `${response.statusCode} for ${request.slice(0, 400)}`).toBeGreaterThanOrEqual(400);
          }),
          { numRuns: caller === visitor && !op.access.public ? RUNS_TURNED_AWAY : RUNS },
        );
        await caller.revive();
      }
    },
    60_000,
  );
});

describe('junk X-Forwarded-For behind a trusted proxy', () => {
  it('never brings a 5xx where the client address is counted and recorded (rate limits, sessions, the audit log)', async () => {
    // A second app on the same database, which believes the proxy in front of it.
    const built = await buildApp(testConfig({ TRUST_PROXY: '1', SECRET_KEY: t.deps.config.secretKey ?? '' }), {
      database: t.deps.database,
      clock: t.clock,
      startWorker: false,
      limits: t.deps.limits,
    });
    const proxied = built.app;
    await proxied.ready();
    const routes = [
      ['POST', '/api/sessions', () => JSON.stringify({ email: 'jan@example.nl', password: 'x'.repeat(12) })],
      ['POST', '/api/password-resets', () => JSON.stringify({ email: 'jan@example.nl' })],
      ['GET', '/api/session', () => undefined],
    ] as const;
    const forwarded = fc.oneof(
      junkText,
      fc.constantFrom(
        'unknown',
        '-',
        '999.999.999.999',
        '::ffff:10.0.0.1',
        '10.0.0.1, 10.0.0.2, ::1',
        ' ',
        ',,,',
        `${'1.'.repeat(2_000)}1`,
        '[::1]:80',
        'fe80::1%eth0',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), forwarded, async ([method, url, body], xff) => {
        const csrf = await proxied.inject({ method: 'GET', url: '/api/csrf', headers: { 'x-forwarded-for': xff } });
        const payload = body();
        const response = await proxied.inject({
          method,
          url,
          headers: {
            'x-forwarded-for': xff,
            'x-csrf-token': csrf.json<{ token: string }>().token,
            cookie: csrf.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
            ...(payload ? { 'content-type': 'application/json' } : {}),
          },
          ...(payload ? { payload } : {}),
        });
        expectSafeAnswer(response, `${method} ${url} x-forwarded-for: ${xff}`);
      }),
      { numRuns: 30 },
    );
    await proxied.close();
  }, 60_000);
});

describe('headers over a real socket', () => {
  it('answers header fields too large for the server with a 4xx, not a 5xx, and keeps serving', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    for (const size of [8_000, 15_000, 20_000, 70_000]) {
      const response = await fetch(`${address}/api/session`, { headers: { 'x-junk': 'x'.repeat(size), cookie: `nr_session=${'a'.repeat(size)}` } });
      expect(response.status, `${size} bytes`).toBeLessThan(500);
      expect(response.status, `${size} bytes`).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toMatch(INTERNALS[0] ?? /$^/);
    }
    expect((await fetch(`${address}/health/live`)).status).toBe(200);
  });
});
