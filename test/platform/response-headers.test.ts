// Headers of every API answer, checked over the route table of the OpenAPI document (as the
// tenant-isolation test is), so a route added tomorrow is covered the day it is added: no answer
// under /api/ may be kept by a browser or a proxy (Cache-Control: no-store), whatever its status
// and whoever asks; and every 401 of the booking-system API names the Bearer scheme (RFC 6750),
// with error="invalid_token" when the request did send a token.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/server/db/schema.ts';
import { ALL_ROLES } from '../../src/server/modules/identity/access.ts';
import { randomIp, startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';

const t = await startTestApp();

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  access: { public: boolean; apiToken?: boolean };
}

const doc = (await t.client().get('/api/docs/json')).json<{ paths: Record<string, Record<string, { 'x-access'?: Operation['access'] }>> }>();
const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase() as Operation['method'],
    path,
    access: op['x-access'] ?? { public: false },
  })),
);
const tokenRoutes = operations.filter((op) => op.access.apiToken);
const sessionGets = operations.filter((op) => op.method === 'GET' && !op.access.apiToken);
const name = (op: Operation) => `${op.method} ${op.path}`;
const urlOf = (op: Operation) => op.path.replaceAll('{id}', randomUUID());

const owner = await signedInOwner(t);
const staff = t.client();
expect((await staff.post('/api/sessions', await staffUserOf(t, owner.input.email))).statusCode).toBe(200);
const signedIn: Record<Role, TestClient> = {
  owner: owner.client,
  staff,
  municipality: (await signedInOperatorAccount(t, 'municipality')).client,
  inspector: (await signedInOperatorAccount(t, 'inspector')).client,
  admin: (await signedInOperatorAccount(t, 'admin')).client,
};

function callWithToken(op: Operation, authorization: string | undefined) {
  const body = op.method === 'GET' ? {} : { payload: '{}' };
  const headers = { ...(authorization ? { authorization } : {}), ...(op.method === 'GET' ? {} : { 'content-type': 'application/json' }) };
  return t.app.inject({ method: op.method, url: urlOf(op), remoteAddress: randomIp(), headers, ...body });
}

const CHALLENGE = 'Bearer realm="nachtregister"';
const REFUSED = 'Bearer realm="nachtregister", error="invalid_token"';

describe('Cache-Control: no-store on every API answer', () => {
  it('is sent on every route to an anonymous visitor, refused or answered', async () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const op of operations) {
      const response = await t.client().request(op.method, urlOf(op), op.method === 'GET' ? undefined : {});
      expect([name(op), response.statusCode < 500, response.headers['cache-control']]).toEqual([name(op), true, 'no-store']);
    }
  });

  it.each(ALL_ROLES)('is sent on every GET route to a signed-in %s, including the answers with their data', async (role) => {
    const statuses: number[] = [];
    for (const op of sessionGets) {
      const response = await signedIn[role].get(urlOf(op));
      statuses.push(response.statusCode);
      expect([name(op), response.statusCode < 500, response.headers['cache-control']]).toEqual([name(op), true, 'no-store']);
    }
    // Not only refusals: the role's own lists (session, account, its data) were answered too.
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(3);
  });

  it('is sent however the address of a route is spelled', async () => {
    // The router takes '/%61pi/session' for the route '/api/session'.
    for (const url of ['/%61pi/session', '/api/session?x=1']) {
      const response = await owner.client.get(url);
      expect([url, response.headers['cache-control']]).toEqual([url, 'no-store']);
    }
  });

  it('is sent on the answers of the booking-system API to a valid token', async () => {
    const token = (await owner.client.post('/api/register/api-tokens', { name: 'Boekingssysteem' })).json<{ token: string }>().token;
    const lists = tokenRoutes.filter((op) => op.method === 'GET' && !op.path.includes('{id}'));
    expect(lists.length).toBeGreaterThan(0);
    for (const op of lists) {
      const response = await t.app.inject({
        method: 'GET',
        url: `${op.path}?from=2026-01-01&to=2026-12-31`,
        headers: { authorization: `Bearer ${token}` },
        remoteAddress: randomIp(),
      });
      expect([name(op), response.statusCode, response.headers['cache-control'], response.headers['www-authenticate']]).toEqual([
        name(op),
        200,
        'no-store',
        undefined,
      ]);
    }
  });
});

const revokedToken = (await owner.client.post('/api/register/api-tokens', { name: 'Oud systeem' })).json<{ token: string; apiToken: { id: string } }>();
expect((await owner.client.delete(`/api/register/api-tokens/${revokedToken.apiToken.id}`)).statusCode).toBe(200);

describe('WWW-Authenticate on every 401 of the booking-system API', () => {
  it('names the Bearer scheme when no token was sent, also to a request with only a session cookie', async () => {
    expect(tokenRoutes.length).toBeGreaterThan(3);
    for (const op of tokenRoutes) {
      for (const authorization of [undefined, 'Basic b3duZXI6Z2VoZWlt', 'Bearer']) {
        const response = await callWithToken(op, authorization);
        expect([name(op), authorization, response.statusCode, response.headers['www-authenticate'], response.headers['cache-control']]).toEqual([
          name(op),
          authorization,
          401,
          CHALLENGE,
          'no-store',
        ]);
      }
      const withCookie = await owner.client.request(op.method, urlOf(op), op.method === 'GET' ? undefined : {});
      expect([name(op), withCookie.statusCode, withCookie.headers['www-authenticate']]).toEqual([name(op), 401, CHALLENGE]);
    }
  });

  it('says invalid_token when the token sent is malformed, unknown or revoked', async () => {
    const unknown = `nr_0123abcd${'A'.repeat(43)}`;
    for (const op of tokenRoutes) {
      for (const token of ['not-a-token', unknown, revokedToken.token]) {
        const response = await callWithToken(op, `Bearer ${token}`);
        expect([name(op), token, response.statusCode, response.json().code, response.headers['www-authenticate']]).toEqual([
          name(op),
          token,
          401,
          'API_TOKEN_INVALID',
          REFUSED,
        ]);
      }
    }
  });
});
