// What a booking-system integrator relies on beyond posting stays (decision 0020): creation that
// is idempotent by Idempotency-Key also without a booking reference, paging by cursor that stays
// stable while stays are added, synchronisation by updatedSince, the rules of check-in and
// check-out, the rate limit announced in RateLimit headers, and errors in English on request.
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDays, dutchToday } from '../../src/shared/register/dates.ts';
import { randomIp, startTestApp, type TestApp } from '../support/app.ts';
import { signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp();
const owner = await signedInOwner(t);
/** An app with small limits for the rate-limit tests: 40 a minute per token, 60 per accommodation. */
const limited = await startTestApp({ limits: { apiTokenRequests: { max: 40, windowMs: 60_000 }, apiAccommodationRequests: { max: 60, windowMs: 60_000 } } });
const limitedOwner = await signedInOwner(limited);
/** An app whose clock a test moves a day on (which ends the sessions of its users). */
const dayLater = await startTestApp();
const dayLaterOwner = await signedInOwner(dayLater);

type Method = 'GET' | 'POST' | 'PATCH';

async function bookingSystem(app: TestApp = t, client = owner.client) {
  const created = await client.post('/api/register/api-tokens', { name: `Channel manager ${randomBytes(2).toString('hex')}` });
  expect(created.statusCode).toBe(201);
  const token = created.json<{ token: string }>().token;
  const ip = randomIp();
  return (method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.app.inject({
      method,
      url,
      remoteAddress: ip,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
}

const today = () => dutchToday(t.clock.now());
/** A stay without a booking reference, as a walk-in from a property-management system. */
const walkIn = (surname: string, arrival = today(), nights = 2) =>
  aStay({ arrival, departure: addDays(arrival, nights), bookingReference: null, guest: { surname } });

describe('Idempotency-Key', () => {
  it('registers a stay without a booking reference once, however often the same request is sent', async () => {
    const system = await bookingSystem();
    const key = `key-${randomBytes(8).toString('hex')}`;
    const body = walkIn('Eenmaal');
    const first = await system('POST', '/api/v1/stays', body, { 'idempotency-key': key });
    const again = await system('POST', '/api/v1/stays', body, { 'idempotency-key': key });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().stay.id).toBe(first.json().stay.id);
    const listed = (await system('GET', `/api/v1/stays?from=${today()}&to=${today()}`)).json().stays;
    expect(listed.filter((stay: { guest: { surname: string } }) => stay.guest.surname === 'Eenmaal')).toHaveLength(1);

    // Without the key the same body is a second stay: nothing tells the two apart.
    expect((await system('POST', '/api/v1/stays', body)).statusCode).toBe(201);
  });

  it('answers a batch sent again with the same key as the first time', async () => {
    const system = await bookingSystem();
    const key = randomBytes(16).toString('hex');
    const body = { stays: [walkIn('Batch-een'), walkIn('Batch-twee'), { ...walkIn('Fout'), departure: '2000-01-01' }] };
    const first = await system('POST', '/api/v1/stays', body, { 'idempotency-key': key });
    const again = await system('POST', '/api/v1/stays', body, { 'idempotency-key': key });
    expect(first.json().counts).toEqual({ created: 2, existing: 0, rejected: 1 });
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses the same key with another body (422), a malformed key (400), and keeps no key of a failed request', async () => {
    const system = await bookingSystem();
    const key = randomBytes(16).toString('hex');
    expect((await system('POST', '/api/v1/stays', walkIn('Eerste'), { 'idempotency-key': key })).statusCode).toBe(201);
    const reused = await system('POST', '/api/v1/stays', walkIn('Ander'), { 'idempotency-key': key });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');

    const malformed = await system('POST', '/api/v1/stays', walkIn('Spatie'), { 'idempotency-key': 'met spatie' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fields['Idempotency-Key'].code).toBe('IDEMPOTENCY_KEY_INVALID');

    const fresh = randomBytes(16).toString('hex');
    const invalid = await system('POST', '/api/v1/stays', { ...walkIn('Later'), persons: 0 }, { 'idempotency-key': fresh });
    expect(invalid.statusCode).toBe(400);
    expect((await system('POST', '/api/v1/stays', walkIn('Later'), { 'idempotency-key': fresh })).statusCode).toBe(201);
  });

  it('is kept 24 hours: the daily clean-up forgets it and the key may then carry another request', async () => {
    const system = await bookingSystem(dayLater, dayLaterOwner.client);
    const key = randomBytes(16).toString('hex');
    expect((await system('POST', '/api/v1/stays', walkIn('Gisteren'), { 'idempotency-key': key })).statusCode).toBe(201);
    dayLater.clock.advance(25 * 60 * 60 * 1000);
    const cleaned = await dayLater.deps.daily.runDue();
    expect((cleaned['idempotency-keys'] as { forgotten: number }).forgotten).toBeGreaterThanOrEqual(1);
    const again = await system('POST', '/api/v1/stays', walkIn('Vandaag'), { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  it('belongs to the accommodation: another accommodation may use the same key', async () => {
    const other = await signedInOwner(t, { companyName: 'Hotel Elders' });
    const made = (await other.client.post('/api/register/api-tokens', { name: 'Elders' })).json<{ token: string }>().token;
    const key = randomBytes(16).toString('hex');
    const system = await bookingSystem();
    expect((await system('POST', '/api/v1/stays', walkIn('Hier'), { 'idempotency-key': key })).statusCode).toBe(201);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/v1/stays',
      remoteAddress: randomIp(),
      headers: { authorization: `Bearer ${made}`, 'content-type': 'application/json', 'idempotency-key': key },
      payload: JSON.stringify(walkIn('Hier')),
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.headers['idempotent-replayed']).toBeUndefined();
  });
});

describe('paging and synchronisation', () => {
  it('pages by cursor without skipping or repeating a stay while stays are added', async () => {
    const system = await bookingSystem();
    const arrival = addDays(today(), 40);
    const stays = Array.from({ length: 25 }, (_, i) =>
      aStay({ bookingReference: `CURSOR-${i}-${randomBytes(3).toString('hex')}`, arrival, departure: addDays(arrival, 1) }),
    );
    expect((await system('POST', '/api/v1/stays', { stays })).json().counts.created).toBe(25);

    const seen: string[] = [];
    let url = `/api/v1/stays?from=${arrival}&to=${arrival}&limit=10`;
    for (let page = 0; ; page++) {
      const answer = (await system('GET', url)).json<{ stays: { id: string }[]; nextCursor: string | null; total: number }>();
      seen.push(...answer.stays.map((stay) => stay.id));
      if (page === 0) {
        // Someone books meanwhile: the new stay comes after what was read, it shifts nothing.
        t.clock.advance(1_000);
        await system(
          'POST',
          '/api/v1/stays',
          aStay({ bookingReference: `CURSOR-LATE-${randomBytes(3).toString('hex')}`, arrival, departure: addDays(arrival, 1) }),
        );
      }
      if (!answer.nextCursor) break;
      url = `/api/v1/stays?from=${arrival}&to=${arrival}&limit=10&cursor=${encodeURIComponent(answer.nextCursor)}`;
    }
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
  });

  it('gives only the stays changed since a moment, the changed one included', async () => {
    const system = await bookingSystem();
    const arrival = addDays(today(), 60);
    const a = (await system('POST', '/api/v1/stays', walkIn('Sync-a', arrival))).json().stay;
    const b = (await system('POST', '/api/v1/stays', walkIn('Sync-b', arrival))).json().stay;
    t.clock.advance(60_000);
    const since = t.clock.now().toISOString();
    t.clock.advance(1_000);
    const c = (await system('POST', '/api/v1/stays', walkIn('Sync-c', arrival))).json().stay;
    // An owner corrects stay a at the desk a second later: it changed, so it is in the next sync.
    t.clock.advance(1_000);
    const corrected = await owner.client.put(`/api/register/stays/${a.id}`, { stay: walkIn('Sync-a2', arrival), reason: 'Achternaam verbeterd' });
    expect(corrected.statusCode).toBe(200);

    const answer = (await system('GET', `/api/v1/stays?updatedSince=${encodeURIComponent(since)}`)).json();
    const ids = answer.stays.map((stay: { id: string }) => stay.id);
    expect(ids).toEqual([c.id, a.id]);
    expect(ids).not.toContain(b.id);
    expect(answer.stays[1].guest.surname).toBe('Sync-a2');
    expect(answer.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not give and a moment that is not RFC 3339', async () => {
    const system = await bookingSystem();
    const cursor = await system('GET', '/api/v1/stays?cursor=bm90LWEtY3Vyc29y');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().fields.cursor.code).toBe('CURSOR_INVALID');
    for (const moment of ['gisteren', '0000-01-01T00:00:00Z', '0001-01-01T00:00:00+23:59', '+010000-01-01T00:00:00Z']) {
      const since = await system('GET', `/api/v1/stays?updatedSince=${encodeURIComponent(moment)}`);
      expect(since.statusCode, moment).toBe(400);
      expect(since.json().fields.updatedSince.code).toBe('DATE_INVALID');
    }
    const yearZero = Buffer.from(JSON.stringify({ u: '0000-01-01T00:00:00.000Z', i: randomUUID() })).toString('base64url');
    expect((await system('GET', `/api/v1/stays?cursor=${yearZero}`)).json().fields.cursor.code).toBe('CURSOR_INVALID');
  });
});

describe('check-in and check-out', () => {
  it('checks in from the day before the arrival, not weeks early', async () => {
    const system = await bookingSystem();
    const early = (await system('POST', '/api/v1/stays', walkIn('Vroeg', addDays(today(), 30)))).json().stay;
    const refused = await system('PATCH', `/api/v1/stays/${early.id}/check-in`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CHECK_IN_TOO_EARLY');
    const tomorrow = (await system('POST', '/api/v1/stays', walkIn('Morgen', addDays(today(), 1)))).json().stay;
    expect((await system('PATCH', `/api/v1/stays/${tomorrow.id}/check-in`)).statusCode).toBe(200);
  });

  it('does not check out (and so in) a stay weeks before its arrival', async () => {
    const system = await bookingSystem();
    const later = (await system('POST', '/api/v1/stays', walkIn('Later', addDays(today(), 30)))).json().stay;
    const out = await system('PATCH', `/api/v1/stays/${later.id}/check-out`);
    expect(out.statusCode).toBe(409);
    expect(out.json().code).toBe('CHECK_IN_TOO_EARLY');
    expect((await system('GET', `/api/v1/stays/${later.id}`)).json().stay).toMatchObject({ checkedInAt: null, checkedOutAt: null });
  });

  it('checks a stay never checked in out and in at once, so the guests leave the emergency list', async () => {
    const system = await bookingSystem();
    const stay = (await system('POST', '/api/v1/stays', walkIn('Vertrokken', addDays(today(), -1)))).json().stay;
    const out = await system('PATCH', `/api/v1/stays/${stay.id}/check-out`);
    expect(out.statusCode).toBe(200);
    expect(out.json().stay.checkedInAt).toBe(out.json().stay.checkedOutAt);
    const present = (await system('GET', '/api/v1/present')).json().stays.map((s: { id: string }) => s.id);
    expect(present).not.toContain(stay.id);
  });
});

describe('rate limit', () => {
  it('announces the limit on every answer and answers 429 with Retry-After beyond it', async () => {
    const system = await bookingSystem(limited, limitedOwner.client);
    const first = await system('GET', '/api/v1/units');
    expect(first.headers['ratelimit-limit']).toBe('40');
    expect(first.headers['ratelimit-remaining']).toBe('39');
    expect(first.headers['ratelimit-policy']).toBe('40;w=60');
    expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(0);
    let last = first;
    for (let i = 0; i < 40; i++) last = await system('GET', '/api/v1/units');
    expect(last.statusCode).toBe(429);
    expect(last.json().code).toBe('RATE_LIMITED');
    expect(last.headers['ratelimit-remaining']).toBe('0');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('counts all tokens of an accommodation together: another token does not multiply the rate', async () => {
    // The first test used 41 of the accommodation's 60; a new token has its own 40 but only 19 left together.
    const other = await bookingSystem(limited, limitedOwner.client);
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push((await other('GET', '/api/v1/units')).statusCode);
    expect(answers.filter((status) => status === 200)).toHaveLength(19);
    expect(answers.slice(19)).toEqual([429, 429]);
  });
});

describe('errors in English', () => {
  it('answers in Dutch by default and in English when asked, per field and per batch item', async () => {
    const system = await bookingSystem();
    const bad = { ...walkIn('Taal'), departure: '2000-01-01' };
    const dutch = (await system('POST', '/api/v1/stays', bad)).json();
    const english = (await system('POST', '/api/v1/stays', bad, { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' })).json();
    expect(dutch.code).toBe(english.code);
    expect(dutch.message).toBe('Niet alle velden zijn goed ingevuld.');
    expect(english.message).toMatch(/^Not all fields/);
    const field = Object.keys(english.fields)[0] ?? '';
    expect(english.fields[field].code).toBe(dutch.fields[field].code);
    expect(english.fields[field].message).not.toBe(dutch.fields[field].message);

    const batch = (await system('POST', '/api/v1/stays', { stays: [bad] }, { 'accept-language': 'en' })).json();
    expect(batch.results[0].error.message).toBe(english.message);
    const preferred = (await system('POST', '/api/v1/stays', bad, { 'accept-language': 'nl, en;q=0.8' })).json();
    expect(preferred.message).toBe(dutch.message);
  });
});

describe('units', () => {
  it('lists the units with the fields the document describes', async () => {
    const made = await owner.client.post('/api/register/units', { name: `Kamer ${randomBytes(2).toString('hex')}`, kind: 'room', capacity: 2 });
    expect(made.statusCode).toBe(201);
    const system = await bookingSystem();
    const units = (await system('GET', '/api/v1/units')).json().units;
    expect(units.find((unit: { id: string }) => unit.id === made.json().unit.id)).toEqual({
      id: made.json().unit.id,
      name: made.json().unit.name,
      kind: 'room',
      capacity: 2,
      exclusive: true,
      active: true,
      forfaitKind: 'none',
      actualNights: false,
    });
  });
});
