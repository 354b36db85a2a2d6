// Tenant isolation, generated from the route table: every API route of the OpenAPI document (with
// the access each one declares as `x-access`) is called by every role of tenant A, with the ids of
// tenant B's users, accommodation, municipality, invitations and sessions in its path and query.
// A role the route does not allow gets 403; an allowed role gets 403 or 404 for every foreign id;
// no answer contains tenant B's data; and afterwards tenant B is exactly as it was. The routes for
// booking systems (x-access apiToken) refuse every session with 401, and tenant A's API token gets
// 404 for every foreign id there, including a stay of another accommodation. A route added
// tomorrow is covered the day it is added, and one without a declaration cannot even be registered.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { ALL_ROLES } from '../../src/server/modules/identity/access.ts';
import type { Role } from '../../src/server/db/schema.ts';
import { randomIp, startTestApp, testConfig } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { randomEmail, signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const generous = { max: 1_000_000, windowMs: 60_000 };
const t = await startTestApp({
  limits: { loginPerIp: generous, codeSubmitPerIp: generous, emailRequestPerAccount: generous, invitationsPerUser: generous },
});

interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  access: { public: boolean; stages: string[]; roles: Role[]; apiToken?: boolean };
  query: string[];
}

const doc = (await t.client().get('/api/docs/json')).json<{
  paths: Record<string, Record<string, { 'x-access'?: Operation['access']; parameters?: { in: string; name: string }[] }>>;
}>();
const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase() as Operation['method'],
    path,
    access: op['x-access'] ?? { public: false, stages: [], roles: [] },
    query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
  })),
);
const guarded = operations.filter((op) => !op.access.public);
const withId = guarded.filter((op) => op.path.includes('{id}'));
const tokenRoutes = guarded.filter((op) => op.access.apiToken);

/** Valid bodies for routes that take an id and a body, so the answer comes from the access check, not validation. */
const BODIES: Record<string, unknown> = {
  'PUT /api/users/{id}/role': { role: 'staff' },
  'POST /api/municipality/accommodations/{id}/reject': { reason: 'Geen vergunning' },
  'PUT /api/admin/municipalities/{id}': { name: 'Overgenomen', active: false },
  'POST /api/inspection/accommodations/{id}/integrity': { reason: 'Controle' },
  'PUT /api/register/units/{id}': { name: 'Overgenomen kamer', kind: 'room', capacity: 2 },
  'PUT /api/register/stays/{id}': { stay: aStay(), reason: 'Overgenomen' },
  'POST /api/register/stays/{id}/cancel': { reason: 'Overgenomen' },
  'POST /api/register/stays/{id}/signatures': { person: 0, method: 'paper' },
};

const byCode = (code: string) => {
  const found = t.municipalities.find((m) => m.code === code);
  if (!found) throw new Error(`no municipality ${code}`);
  return found.id;
};

// ---- tenant B: Amsterdam, with approval required, so its accommodation waits for a decision ----
const municipalityB = await signedInOperatorAccount(t, 'municipality', 'GM0363');
const settingsB = (await municipalityB.client.get('/api/municipality/settings')).json();
await municipalityB.client.put('/api/municipality/settings', {
  ...settingsB,
  approvalRequired: true,
  contactEmail: '',
  contactPhone: '',
  contactText: '',
  themeColor: '',
});
const inspectorB = await signedInOperatorAccount(t, 'inspector', 'GM0363');
const ownerB = await signedInOwner(t, { municipalityId: byCode('GM0363'), companyName: 'Grachtenhotel Zeemeeuw', city: 'Amsterdam' });
const staffB = await staffUserOf(t, ownerB.input.email);
const invitedByOwnerB = randomEmail();
const invitedByMunicipalityB = randomEmail();
const ownerInvitation = (await ownerB.client.post('/api/invitations', { email: invitedByOwnerB, role: 'staff' })).json().invitation;
const municipalityInvitation = (await municipalityB.client.post('/api/invitations', { email: invitedByMunicipalityB, role: 'inspector' })).json().invitation;
const sessionB = (await ownerB.client.get('/api/session')).json();
const ownSessionsB = (await ownerB.client.get('/api/account/sessions')).json().sessions as { id: string; current: boolean }[];
const usersB = (await municipalityB.client.get('/api/users')).json().users as { id: string; email: string }[];
const idOf = (email: string) => {
  const found = usersB.find((u) => u.email === email);
  if (!found) throw new Error(`no user ${email} in tenant B`);
  return found.id;
};

// ---- accommodation C: Zevenaar, approved (unlike B), so it has a unit and a stay in its register ----
const ownerC = await signedInOwner(t, { municipalityId: byCode('GM0299'), companyName: 'Hotel Rijnzicht', city: 'Zevenaar' });
const unitC = (await ownerC.client.post('/api/register/units', { name: 'Rivierkamer', kind: 'room', capacity: 2 })).json().unit;
const stayC = (
  await ownerC.client.post('/api/register/stays', aStay({ unitId: unitC.id, bookingReference: 'RZ-1', guest: { surname: 'Rijnzichtgast' } }))
).json().stay;
// Zevenaar levies tourist tax: a rule in effect, one planned (withdrawable), and C's submitted return.
const municipalityC = await signedInOperatorAccount(t, 'municipality', 'GM0299');
// Quarterly returns (a new municipality starts with yearly ones).
await municipalityC.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 });
await municipalityC.client.post('/api/municipality/tax/rules', { validFrom: '2025-01-01', perPersonNightCents: 225 });
const plannedRuleC = (await municipalityC.client.post('/api/municipality/tax/rules', { validFrom: '2099-01-01', perPersonNightCents: 999 })).json().rule;
// A stay of 2025-Q4 (an imported history): the quarter asks a return of C, which came later.
expect(
  (
    await ownerC.client.post(
      '/api/register/stays',
      aStay({ arrival: '2025-12-01', departure: '2025-12-03', bookingReference: 'RZ-0', guest: { surname: 'Wintergast' } }),
    )
  ).statusCode,
).toBe(201);
const taxReturnC = (await ownerC.client.post('/api/tax/returns/2025-Q4', { correctionCents: 12_345, correctionReason: 'Rijnzicht-correctie' })).json()
  .submission;

const foreignIds: Record<string, string> = {
  'owner B': sessionB.user.id,
  'staff B': idOf(staffB.email),
  'municipality user B': (await municipalityB.client.get('/api/session')).json().user.id,
  'inspector B': idOf(inspectorB.email),
  'accommodation B': sessionB.accommodation.id,
  'municipality B': byCode('GM0363'),
  "owner B's invitation": ownerInvitation.id,
  "municipality B's invitation": municipalityInvitation.id,
  "owner B's session": ownSessionsB.find((s) => s.current)?.id ?? '',
  "accommodation C's unit": unitC.id,
  "accommodation C's stay": stayC.id,
  "municipality C's tax rule": plannedRuleC.id,
  "accommodation C's tax return": taxReturnC.id,
  'an unknown id': randomUUID(),
};
/** Strings of tenant B that must never appear in an answer to tenant A. */
const secretsOfB = [
  ...Object.entries(foreignIds)
    .filter(([name]) => !['municipality B', 'an unknown id'].includes(name))
    .map(([, id]) => id),
  ownerB.input.email,
  staffB.email,
  municipalityB.email,
  inspectorB.email,
  invitedByOwnerB,
  invitedByMunicipalityB,
  'Grachtenhotel Zeemeeuw',
  'Rijnzichtgast',
  'Rivierkamer',
  'Rijnzicht-correctie',
];

// ---- tenant A: Doetinchem, every role; and the platform admin ----
const ownerA = await signedInOwner(t, { municipalityId: byCode('GM0222') });
const staffCredentials = await staffUserOf(t, ownerA.input.email);
const staffA = t.client();
await staffA.post('/api/sessions', staffCredentials);
const actorsA: Record<Role, TestClient> = {
  owner: ownerA.client,
  staff: staffA,
  municipality: (await signedInOperatorAccount(t, 'municipality', 'GM0222')).client,
  inspector: (await signedInOperatorAccount(t, 'inspector', 'GM0222')).client,
  admin: (await signedInOperatorAccount(t, 'admin')).client,
};

function call(client: TestClient, op: Operation, id: string, query = '') {
  const url = op.path.replaceAll('{id}', id) + query;
  const body = op.method === 'GET' ? undefined : (BODIES[`${op.method} ${op.path}`] ?? {});
  return client.request(op.method, url, body);
}

function leaks(body: string): string[] {
  return secretsOfB.filter((secret) => secret && body.includes(secret));
}

describe('the route table', () => {
  it('declares the access of every API route, and covers the organisation routes', () => {
    expect(operations.filter((op) => !op.access.public && op.access.stages.length === 0 && !op.access.apiToken)).toEqual([]);
    const names = operations.map((op) => `${op.method} ${op.path}`);
    for (const route of ['GET /api/users', 'POST /api/users/{id}/deactivate', 'DELETE /api/invitations/{id}', 'GET /api/municipality/accommodations/{id}']) {
      expect(names).toContain(route);
    }
  });

  it('refuses to register an API route that does not declare who may call it', async () => {
    const { app } = await buildApp(testConfig({ SECRET_KEY: t.deps.config.secretKey ?? '' }), { database: t.deps.database, startWorker: false });
    try {
      expect(() => app.get('/api/undeclared', async () => ({ secret: true }))).toThrow(/declares no access/);
    } finally {
      await app.close();
    }
  });
});

describe('tenant isolation', () => {
  it('answers 401 to anonymous visitors on every non-public route', async () => {
    for (const op of guarded) {
      const response = await call(t.client(), op, foreignIds['owner B'] ?? '');
      expect([`${op.method} ${op.path}`, response.statusCode]).toEqual([`${op.method} ${op.path}`, 401]);
    }
  });

  it.each(ALL_ROLES)('answers 403 to a signed-in %s on every route the role is not allowed', async (role) => {
    const refused = guarded.filter((op) => !op.access.roles.includes(role) && !op.access.apiToken);
    expect(refused.length).toBeGreaterThan(0);
    for (const op of refused) {
      const response = await call(actorsA[role], op, foreignIds['owner B'] ?? '');
      expect([`${op.method} ${op.path}`, response.statusCode, leaks(response.body)]).toEqual([`${op.method} ${op.path}`, 403, []]);
    }
  });

  it.each(ALL_ROLES.filter((role) => role !== 'admin'))(
    'answers 403 or 404 to a %s of tenant A for every id of tenant B, on every route with an id',
    async (role) => {
      const allowed = withId.filter((op) => op.access.roles.includes(role));
      expect(allowed.length).toBeGreaterThan(0);
      for (const op of allowed) {
        for (const [name, id] of Object.entries(foreignIds)) {
          const response = await call(actorsA[role], op, id);
          expect([`${op.method} ${op.path}`, name, response.statusCode, leaks(response.body)]).toEqual([
            `${op.method} ${op.path}`,
            name,
            expect.toSatisfy((status: number) => status === 403 || status === 404),
            [],
          ]);
        }
      }
    },
  );

  it.each(ALL_ROLES.filter((role) => role !== 'admin'))(
    'shows a %s of tenant A nothing of tenant B on any list, also with foreign ids in the query',
    async (role) => {
      const lists = guarded.filter((op) => op.method === 'GET' && !op.path.includes('{id}') && op.access.roles.includes(role));
      expect(lists.length).toBeGreaterThan(0);
      for (const op of lists) {
        const queries = ['', ...op.query.filter((name) => name.endsWith('Id')).flatMap((name) => Object.values(foreignIds).map((id) => `?${name}=${id}`))];
        for (const query of queries) {
          const response = await call(actorsA[role], op, '', query);
          expect([`${op.method} ${op.path}${query}`, response.statusCode < 500, leaks(response.body)]).toEqual([`${op.method} ${op.path}${query}`, true, []]);
        }
      }
    },
  );

  it('leaves tenant B untouched', async () => {
    expect((await ownerB.client.get('/api/session')).statusCode).toBe(200);
    const users = (await municipalityB.client.get('/api/users')).json().users as { email: string; active: boolean; role: string }[];
    expect(users.find((u) => u.email === staffB.email)).toMatchObject({ active: true, role: 'staff' });
    expect(users.find((u) => u.email === ownerB.input.email)).toMatchObject({ active: true, role: 'owner' });
    const accommodation = (await municipalityB.client.get(`/api/municipality/accommodations/${foreignIds['accommodation B']}`)).json();
    expect(accommodation.accommodation.status).toBe('pending');
    expect((await ownerB.client.get('/api/invitations')).json().invitations.map((i: { email: string }) => i.email)).toEqual([invitedByOwnerB]);
    expect((await municipalityB.client.get('/api/invitations')).json().invitations.map((i: { email: string }) => i.email)).toEqual([invitedByMunicipalityB]);
    expect((await municipalityB.client.get('/api/municipality/settings')).json()).toMatchObject({ name: 'Amsterdam', approvalRequired: true });
    expect((await municipalityC.client.get('/api/municipality/tax/settings')).json().rules.map((r: { id: string }) => r.id)).toContain(plannedRuleC.id);
    expect((await ownerC.client.get('/api/tax/returns/2025-Q4')).json().submissions.map((r: { id: string }) => r.id)).toEqual([taxReturnC.id]);
  });
});

// ---- the booking-system API: tenant A's token, and a stay of accommodation C (approved, unlike B, so it has stays) ----
function withToken(token: string, op: Operation, id: string, query = '') {
  const json = op.method === 'GET' ? {} : { payload: '{}' };
  const headers = { authorization: `Bearer ${token}`, ...(op.method === 'GET' ? {} : { 'content-type': 'application/json' }) };
  return t.app.inject({ method: op.method, url: op.path.replaceAll('{id}', id) + query, remoteAddress: randomIp(), headers, ...json });
}
const tokenOf = async (client: TestClient, name: string) => (await client.post('/api/register/api-tokens', { name })).json<{ token: string }>().token;
const tokenA = await tokenOf(ownerA.client, 'Boekingssysteem A');
const tokenC = await tokenOf(ownerC.client, 'Boekingssysteem C');
const foreignForTokens = foreignIds;
const secretsOfOthers = [...secretsOfB, tokenC];
const leaksToToken = (body: string) => secretsOfOthers.filter((secret) => body.includes(secret));

describe('tenant isolation of the booking-system API', () => {
  it.each([...ALL_ROLES])('answers 401 to a signed-in %s on every token route: a session is not an API token', async (role) => {
    expect(tokenRoutes.length).toBeGreaterThan(0);
    for (const op of tokenRoutes) {
      const response = await call(actorsA[role], op, stayC.id, op.method === 'GET' ? '?from=2000-01-01&to=2099-12-31' : '');
      expect([`${op.method} ${op.path}`, response.statusCode, response.json().code, leaks(response.body)]).toEqual([
        `${op.method} ${op.path}`,
        401,
        'API_TOKEN_INVALID',
        [],
      ]);
    }
  });

  it("answers 404 to tenant A's token for every foreign id, on every token route with an id", async () => {
    const routes = tokenRoutes.filter((op) => op.path.includes('{id}'));
    expect(routes.length).toBeGreaterThan(0);
    for (const op of routes) {
      for (const [name, id] of Object.entries(foreignForTokens)) {
        const response = await withToken(tokenA, op, id);
        expect([`${op.method} ${op.path}`, name, response.statusCode, leaksToToken(response.body)]).toEqual([`${op.method} ${op.path}`, name, 404, []]);
      }
    }
  });

  it("shows tenant A's token nothing of other tenants on the token lists", async () => {
    const lists = tokenRoutes.filter((op) => op.method === 'GET' && !op.path.includes('{id}'));
    expect(lists.length).toBeGreaterThan(0);
    for (const op of lists) {
      const response = await withToken(tokenA, op, '', op.query.includes('from') ? '?from=2000-01-01&to=2099-12-31' : '');
      expect([`${op.method} ${op.path}`, response.statusCode, leaksToToken(response.body)]).toEqual([`${op.method} ${op.path}`, 200, []]);
    }
  });

  it("leaves accommodation C's stay and unit untouched", async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/stays/${stayC.id}`, headers: { authorization: `Bearer ${tokenC}` } });
    expect(response.json().stay).toMatchObject({ version: 1, checkedInAt: null, checkedOutAt: null });
    expect((await ownerC.client.get('/api/register/units')).json().units).toEqual([
      expect.objectContaining({ name: 'Rivierkamer', capacity: 2, active: true }),
    ]);
  });
});
