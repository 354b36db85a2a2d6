// The REST API for booking systems: API tokens made and revoked by the owner, the bearer token as
// the only way in (no session cookie, no CSRF), one stay or a batch with an answer per item,
// idempotent re-posts, check-out, reading by date range, and one accommodation's token never
// reaching another accommodation's register.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomIp, startTestApp, type TestApp } from '../support/app.ts';
import { signedInOwner, staffUserOf } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp();
const owner = await signedInOwner(t);
const otherOwner = await signedInOwner(t, { companyName: 'Pension Zonneveld' });

type Method = 'GET' | 'POST' | 'PATCH';

/** A booking system: bearer token, JSON, no cookies. */
function bookingSystem(app: TestApp, token: string | null) {
  const ip = randomIp();
  return (method: Method, url: string, body?: unknown) =>
    app.app.inject({
      method,
      url,
      remoteAddress: ip,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
}

async function newToken(client = owner.client, name = 'Boekingssysteem') {
  const response = await client.post('/api/register/api-tokens', { name });
  expect(response.statusCode).toBe(201);
  return response.json<{ token: string; apiToken: { id: string; prefix: string } }>();
}

const reference = () => `BK-${randomBytes(4).toString('hex')}`;

describe('API tokens', () => {
  it('are made by the owner, shown once, listed by their first characters and recorded in the log', async () => {
    const { token, apiToken } = await newToken(owner.client, 'Channel manager');
    expect(token).toMatch(/^nr_[0-9a-f]{8}[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const list = await owner.client.get('/api/register/api-tokens');
    expect(list.body).not.toContain(token.slice(apiToken.prefix.length));
    expect(list.json().apiTokens.find((k: { id: string }) => k.id === apiToken.id)).toMatchObject({
      name: 'Channel manager',
      prefix: apiToken.prefix,
      lastUsedAt: null,
      revokedAt: null,
    });

    expect((await bookingSystem(t, token)('GET', '/api/v1/units')).statusCode).toBe(200);
    const used = (await owner.client.get('/api/register/api-tokens')).json().apiTokens.find((k: { id: string }) => k.id === apiToken.id);
    expect(used.lastUsedAt).not.toBeNull();

    const log = (await owner.client.get('/api/audit-events?action=register.api_token_created')).json().events;
    expect(log[0].details).toMatchObject({ name: 'Channel manager', prefix: apiToken.prefix });
  });

  it('are not for staff', async () => {
    const staff = t.client();
    await staff.post('/api/sessions', await staffUserOf(t, owner.input.email));
    expect((await staff.get('/api/register/api-tokens')).statusCode).toBe(403);
    expect((await staff.post('/api/register/api-tokens', { name: 'Eigen sleutel' })).statusCode).toBe(403);
  });

  it('stop working the moment they are revoked', async () => {
    const { token, apiToken } = await newToken();
    const system = bookingSystem(t, token);
    expect((await system('GET', '/api/v1/units')).statusCode).toBe(200);
    const revoked = await owner.client.delete(`/api/register/api-tokens/${apiToken.id}`);
    expect(revoked.json().apiToken.revokedAt).not.toBeNull();
    const refused = await system('GET', '/api/v1/units');
    expect([refused.statusCode, refused.json().code]).toEqual([401, 'API_TOKEN_INVALID']);
    expect((await owner.client.get('/api/audit-events?action=register.api_token_revoked')).json().events).toHaveLength(1);
  });

  it("cannot be revoked by another accommodation's owner", async () => {
    const { token, apiToken } = await newToken();
    expect((await otherOwner.client.delete(`/api/register/api-tokens/${apiToken.id}`)).statusCode).toBe(404);
    expect((await bookingSystem(t, token)('GET', '/api/v1/units')).statusCode).toBe(200);
  });
});

describe('signing in to the API', () => {
  it('refuses a request without a token, with an unknown token or with a malformed one', async () => {
    for (const token of [null, `nr_${'0'.repeat(8)}${'A'.repeat(43)}`, 'not-a-token']) {
      const response = await bookingSystem(t, token)('POST', '/api/v1/stays', aStay({ bookingReference: reference() }));
      expect([response.statusCode, response.json().code]).toEqual([401, 'API_TOKEN_INVALID']);
    }
  });

  it('never accepts the session cookie, with or without a CSRF token', async () => {
    const read = await owner.client.get('/api/v1/stays?from=2026-01-01&to=2026-12-31');
    expect([read.statusCode, read.json().code]).toEqual([401, 'API_TOKEN_INVALID']);
    const write = await owner.client.post('/api/v1/stays', aStay({ bookingReference: reference() }));
    expect([write.statusCode, write.json().code]).toEqual([401, 'API_TOKEN_INVALID']);
  });

  it('limits the requests of one token', async () => {
    const limited = await startTestApp({ limits: { apiTokenRequests: { max: 3, windowMs: 60_000 } } });
    const limitedOwner = await signedInOwner(limited);
    const { token } = (await limitedOwner.client.post('/api/register/api-tokens', { name: 'Druk systeem' })).json();
    const system = bookingSystem(limited, token);
    for (let i = 0; i < 3; i += 1) expect((await system('GET', '/api/v1/units')).statusCode).toBe(200);
    const refused = await system('GET', '/api/v1/units');
    expect([refused.statusCode, refused.json().code]).toEqual([429, 'RATE_LIMITED']);
  });
});

describe('posting stays', () => {
  it('creates one stay, and answers a repeat with the same stay instead of a second one', async () => {
    const system = bookingSystem(t, (await newToken()).token);
    const bookingReference = reference();
    const stay = aStay({ bookingReference, arrival: '2026-05-01', departure: '2026-05-03' });
    const first = await system('POST', '/api/v1/stays', stay);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'created', stay: { source: 'api', status: 'registered', arrival: '2026-05-01' } });
    const again = await system('POST', '/api/v1/stays', stay);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'existing', stay: { id: first.json().stay.id, number: first.json().stay.number } });
    const register = (await owner.client.get(`/api/register/stays?q=jansen&from=2026-05-01&to=2026-05-02`)).json();
    expect(register.stays.filter((s: { bookingReference: string }) => s.bookingReference === bookingReference)).toHaveLength(1);
  });

  it('answers a single invalid stay with its field errors', async () => {
    const system = bookingSystem(t, (await newToken()).token);
    const response = await system('POST', '/api/v1/stays', aStay({ arrival: '2026-05-05', departure: '2026-05-04' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.departure.code).toBe('DEPARTURE_BEFORE_ARRIVAL');
  });

  it('refuses half a surrogate pair in a text (no character; PostgreSQL refuses it in JSON) at its field', async () => {
    const system = bookingSystem(t, (await newToken()).token);
    const response = await system('POST', '/api/v1/stays', aStay({ bookingReference: `${reference()}\ud800`, guest: { surname: 'Jansen 😀' } }));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual({ bookingReference: { code: 'CHARACTERS_INVALID', message: expect.any(String) } });
  });

  it('answers every item of a batch on its own and stores the valid ones; a repeat adds nothing', async () => {
    const system = bookingSystem(t, (await newToken()).token);
    const unknownUnit = '6f1c2a4e-0000-4000-8000-000000000000';
    const batch = {
      stays: [
        aStay({ bookingReference: reference(), arrival: '2026-04-01', departure: '2026-04-03', guest: { surname: 'Eerste' } }),
        aStay({ bookingReference: reference(), arrival: '2026-04-05', departure: '2026-04-04', guest: { surname: 'Tweede' } }),
        { persons: 'veel' },
        aStay({ bookingReference: reference(), arrival: '2026-04-01', departure: '2026-04-02', unitId: unknownUnit, guest: { surname: 'Vierde' } }),
        aStay({ bookingReference: reference(), arrival: '2026-04-02', departure: '2026-04-06', guest: { surname: 'Vijfde' } }),
      ],
    };
    const response = await system('POST', '/api/v1/stays', batch);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.results.map((r: { index: number; status: string }) => [r.index, r.status])).toEqual([
      [0, 'created'],
      [1, 'rejected'],
      [2, 'rejected'],
      [3, 'rejected'],
      [4, 'created'],
    ]);
    expect(body.results[1].error.fields.departure.code).toBe('DEPARTURE_BEFORE_ARRIVAL');
    expect(body.results[2].error.fields.persons.code).toBe('PERSONS_INVALID');
    expect(body.results[3].error.fields.unitId.code).toBe('UNIT_INVALID');
    expect(body.counts).toEqual({ created: 2, existing: 0, rejected: 3 });
    expect(body.results[4].stay.number).toBe(body.results[0].stay.number + 1);

    const stored = (await system('GET', '/api/v1/stays?from=2026-04-01&to=2026-04-05')).json();
    expect(stored.stays.map((s: { guest: { surname: string } }) => s.guest.surname).sort()).toEqual(['Eerste', 'Vijfde']);

    const repeat = (await system('POST', '/api/v1/stays', batch)).json();
    expect(repeat.counts).toEqual({ created: 0, existing: 2, rejected: 3 });
    expect(repeat.results[0].stay).toEqual(body.results[0].stay);
    expect((await system('GET', '/api/v1/stays?from=2026-04-01&to=2026-04-05')).json().total).toBe(2);
  });

  it('refuses a batch of more than 1000 and stores none of it', async () => {
    const system = bookingSystem(t, (await newToken()).token);
    const stays = Array.from({ length: 1001 }, (_, i) => aStay({ bookingReference: `GROOT-${i}`, arrival: '2026-03-01', departure: '2026-03-02' }));
    const response = await system('POST', '/api/v1/stays', { stays });
    expect([response.statusCode, response.json().code]).toEqual([413, 'BATCH_TOO_LARGE']);
    expect((await system('GET', '/api/v1/stays?from=2026-03-01&to=2026-03-01')).json().total).toBe(0);
  });
});

describe('reading and changing stays', () => {
  it('marks the check-out of a stay, and keeps the change in its history', async () => {
    const system = bookingSystem(t, (await newToken()).token);
    const { stay } = (await system('POST', '/api/v1/stays', aStay({ bookingReference: reference(), arrival: '2026-02-01', departure: '2026-02-03' }))).json();
    const out = await system('PATCH', `/api/v1/stays/${stay.id}/check-out`);
    expect(out.statusCode).toBe(200);
    expect(out.json().stay.checkedOutAt).not.toBeNull();
    const detail = (await owner.client.get(`/api/register/stays/${stay.id}`)).json();
    expect(detail.history.map((h: { change: string }) => h.change)).toEqual(['created', 'checked_out']);
  });

  it('still reads the stays of a date range by page number (deprecated, for existing clients)', async () => {
    const system = bookingSystem(t, (await newToken()).token);
    const stays = Array.from({ length: 55 }, (_, i) => aStay({ bookingReference: `PAGINA-${i}`, arrival: '2027-01-10', departure: '2027-01-12' }));
    expect((await system('POST', '/api/v1/stays', { stays })).json().counts.created).toBe(55);
    await system('POST', '/api/v1/stays', aStay({ bookingReference: reference(), arrival: '2027-01-20', departure: '2027-01-21' }));
    const first = (await system('GET', '/api/v1/stays?from=2027-01-11&to=2027-01-11&page=1')).json();
    expect([first.total, first.stays.length, first.pageSize]).toEqual([55, 50, 50]);
    const second = (await system('GET', '/api/v1/stays?from=2027-01-11&to=2027-01-11&page=2')).json();
    expect(second.stays).toHaveLength(5);
    const refused = await system('GET', '/api/v1/stays?from=2027-01-12&to=2027-01-11');
    expect(refused.statusCode).toBe(400);
  });
});

describe("another accommodation's token", () => {
  it('finds nothing of this register: not by id, not in a range, and cannot change it', async () => {
    const mine = bookingSystem(t, (await newToken()).token);
    const theirs = bookingSystem(t, (await newToken(otherOwner.client, 'Concurrent')).token);
    const surname = `Geheim${randomBytes(3).toString('hex')}`;
    const { stay } = (
      await mine('POST', '/api/v1/stays', aStay({ bookingReference: reference(), arrival: '2026-08-10', departure: '2026-08-12', guest: { surname } }))
    ).json();

    expect((await theirs('GET', `/api/v1/stays/${stay.id}`)).statusCode).toBe(404);
    expect((await theirs('PATCH', `/api/v1/stays/${stay.id}/check-out`)).statusCode).toBe(404);
    const range = await theirs('GET', '/api/v1/stays?from=2026-08-10&to=2026-08-11');
    expect(range.statusCode).toBe(200);
    expect(range.body).not.toContain(surname);
    expect(range.body).not.toContain(stay.id);
    expect((await mine('GET', `/api/v1/stays/${stay.id}`)).json().stay.checkedOutAt).toBeNull();
  });
});
