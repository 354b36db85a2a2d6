// The CSRF check and the access guard decide on the route a request matched, never on its URL as
// sent. The router decodes '/%61pi/sessions' to the route '/api/sessions'; had the checks read the
// raw URL, that spelling would have reached the handler without a CSRF token (a sign-in, a
// registration) or past the guard. Every operation of the OpenAPI document is sent under a dozen
// other spellings of its path, by a visitor without a session and without a CSRF token: each
// answers as the plain path does, or 404 when the spelling names no route, and never 2xx where a
// CSRF token or a session is needed.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { generousLimits, randomIp, startTestApp } from '../support/app.ts';
import { signedInOwner } from '../support/factories.ts';

const t = await startTestApp({ limits: generousLimits });

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Operation {
  method: Method;
  path: string;
  access: { public: boolean; apiToken?: boolean };
}

const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
  paths: Record<string, Record<string, { 'x-access'?: Operation['access'] }>>;
}>();
const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase() as Method,
    path,
    access: op['x-access'] ?? { public: true },
  })),
);

/** Values of the path parameters that pass their format, so a route answers from its checks, not a 404 for the value. */
const PARAMETERS: Record<string, string> = { id: randomUUID(), token: 'a'.repeat(43), period: '2026-Q1' };

function plainPath(op: Operation): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => PARAMETERS[name] ?? 'x');
}

const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Other spellings of a path. The router decodes percent-encoded letters, so the first four name
 * the very route of the plain path (and must be answered as it is); the others may name none.
 */
const SAME_ROUTE = 4;
const SPELLINGS: [string, (path: string) => string][] = [
  ['first letter percent-encoded', (p) => p.replace(/^\/api\//, '/%61pi/')],
  ['in lower-case hex', (p) => p.replace(/^\/api\//, '/ap%69/')],
  ['every letter and digit percent-encoded', (p) => p.replace(/[A-Za-z0-9]/g, hex)],
  ['a later segment percent-encoded', (p) => p.replace(/^(\/api\/[^/]*?)([a-z])/, (_, head: string, c: string) => head + hex(c))],
  ['double-encoded', (p) => p.replace(/^\/api\//, '/%2561pi/')],
  ['an encoded slash', (p) => p.replace(/^\/api\//, '/api%2F')],
  ['upper-case API', (p) => p.replace(/^\/api\//, '/API/')],
  ['all upper case', (p) => p.toUpperCase()],
  ['a leading double slash', (p) => `/${p}`],
  ['a double slash inside', (p) => p.replace(/^\/api\//, '/api//')],
  ['a dot segment', (p) => p.replace(/^\/api\//, '/api/./')],
  ['an encoded dot segment', (p) => p.replace(/^\/api\//, '/api/%2e/')],
  ['a dot-dot segment', (p) => p.replace(/^\/api\//, '/api/x/../')],
  ['a trailing slash', (p) => `${p}/`],
  ['a trailing dot', (p) => `${p}.`],
  ['a trailing encoded NUL', (p) => `${p}%00`],
  ['a ;parameter at the end', (p) => `${p};x=1`],
  ['a ;parameter on /api', (p) => p.replace(/^\/api\//, '/api;x=1/')],
  ['a backslash', (p) => p.replace(/^\/api\//, '/api\\')],
];

/** No cookie (so no session and no CSRF secret), no x-csrf-token, no bearer token; a fresh address each time. */
function send(op: Operation, url: string): Promise<LightMyRequestResponse> {
  const body = op.method === 'GET' ? {} : { payload: '{}', headers: { 'content-type': 'application/json' } };
  return t.app.inject({ method: op.method, url, remoteAddress: randomIp(), ...body });
}

function verdict(response: LightMyRequestResponse): { status: number; code: unknown } {
  const type = String(response.headers['content-type'] ?? '');
  return { status: response.statusCode, code: type.startsWith('application/json') ? response.json<{ code?: unknown }>().code : type };
}

/** What may never answer 2xx without a session or a CSRF token. */
function refusedWhere(op: Operation): string | undefined {
  if (op.method !== 'GET') return 'a state-changing method without a CSRF token';
  if (!op.access.public) return 'a route that needs a sign-in, without a session';
  return undefined;
}

describe('other spellings of every path of the OpenAPI document', () => {
  it('covers the document, the sign-in and the registration among them', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining(['POST /api/sessions', 'POST /api/registrations', 'GET /api/users', 'POST /api/v1/stays']),
    );
  });

  it.each(operations.map((op) => [op.method, op.path, op] as const))(
    '%s %s: answered as the plain path is, or 404; never 2xx without the CSRF token or session it needs',
    async (_method, _path, op) => {
      const plain = verdict(await send(op, plainPath(op)));
      const needs = refusedWhere(op);
      if (needs) expect(plain.status, `${op.method} ${plainPath(op)}: ${needs}`).toBeGreaterThanOrEqual(400);
      for (const [i, [name, spell]] of SPELLINGS.entries()) {
        const url = spell(plainPath(op));
        const answer = verdict(await send(op, url));
        const context = `${op.method} ${url} (${name}): ${JSON.stringify(answer)}, plain ${JSON.stringify(plain)}`;
        if (needs) expect(answer.status, `${context}: ${needs}`).toBeGreaterThanOrEqual(400);
        if (i < SAME_ROUTE) expect(answer, context).toEqual(plain);
        else expect([plain, { status: 404, code: 'NOT_FOUND' }], context).toContainEqual(answer);
      }
    },
  );

  it('serves a signed-in user and a request with its CSRF token under another spelling as under the plain path', async () => {
    const { client, input } = await signedInOwner(t);
    const plain = await client.get('/api/session');
    expect(plain.statusCode).toBe(200);
    const encoded = await client.get('/%61pi/session');
    expect([encoded.statusCode, encoded.body]).toEqual([200, plain.body]);

    const signIn = await t.client().post('/%61pi/sessions', { email: input.email, password: input.password });
    expect(signIn.statusCode).toBe(200);
  });
});
