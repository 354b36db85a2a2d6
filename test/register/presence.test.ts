// "Aanwezigen nu" at 02:10 on 7 December, the case that was wrong: a party of 5–7 December asleep
// in the house counts, the parties arriving later that day are expected, not present. Then the same
// accommodation through the day (check-out time, a check-in, the check-in time), the house times
// the owner sets, and the three readers (owner, inspector, booking system) giving one answer.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

// 02:10 in Amsterdam (CET, UTC+1); the sessions last the day the test walks through.
const t = await startTestApp({
  clock: manualClock(new Date('2026-12-07T01:10:00Z')),
  env: { SESSION_IDLE_MINUTES: String(24 * 60), SESSION_ABSOLUTE_HOURS: '48' },
});
const minutes = (n: number) => t.clock.advance(n * 60_000);

const owner = await signedInOwner(t, { companyName: 'B&B De Linde' });
const { accommodation } = (await owner.client.get('/api/accommodation')).json();
const inspector = await signedInOperatorAccount(t, 'inspector', accommodation.municipality.code);
const token = (await owner.client.post('/api/register/api-tokens', { name: 'Boekingssysteem' })).json().token as string;

async function register(surname: string, arrival: string, departure: string, persons: number) {
  const response = await owner.client.post('/api/register/stays', aStay({ arrival, departure, persons, guest: { surname } }));
  expect(response.statusCode).toBe(201);
  return response.json().stay.id as string;
}

const asleep = await register('Slaapt', '2026-12-05', '2026-12-07', 3);
const staying = await register('Blijft', '2026-12-06', '2026-12-09', 2);
const arrivingA = await register('Komt', '2026-12-07', '2026-12-08', 2);
const arrivingB = await register('Komtook', '2026-12-07', '2026-12-10', 3);
await register('Later', '2026-12-09', '2026-12-11', 4);

interface Listed {
  id: string;
  guest: { surname: string };
  presence: { group: string; present: boolean; basis: string };
}

async function list(client: TestClient = owner.client) {
  const response = await client.get('/api/register/present');
  expect(response.statusCode).toBe(200);
  return response.json<{ persons: number; total: number; groups: Record<string, { stays: number; persons: number }>; stays: Listed[]; today: string }>();
}

const groupOf = (stays: Listed[]) =>
  Object.fromEntries(stays.map((s) => [s.guest.surname, `${s.presence.group}${s.presence.present ? '' : ' (weg)'} ${s.presence.basis}`]));

describe('"Aanwezigen nu" at any hour', () => {
  it('at 02:10 counts the party asleep until their departure today and expects those arriving today', async () => {
    const answer = await list();
    expect(answer.today).toBe('2026-12-07');
    expect(groupOf(answer.stays)).toEqual({
      Blijft: 'in_house registration',
      Slaapt: 'departing registration',
      Komt: 'expected (weg) registration',
      Komtook: 'expected (weg) registration',
    });
    expect(answer.persons).toBe(5);
    expect(answer.groups).toEqual({ in_house: { stays: 1, persons: 2 }, departing: { stays: 1, persons: 3 }, expected: { stays: 2, persons: 5 } });
  });

  it('gives the inspector and the booking system the same list, and the owner\'s "Aanwezig" the present ones', async () => {
    const own = await list();
    const inspected = await inspector.client.post('/api/inspection/present', { accommodationId: accommodation.id, reason: 'Brand, lijst voor de brandweer' });
    expect(inspected.statusCode).toBe(200);
    expect(groupOf(inspected.json().stays)).toEqual(groupOf(own.stays));
    expect(inspected.json()).toMatchObject({ persons: 5, accommodation: { companyName: 'B&B De Linde' }, checkInTime: '15:00', checkOutTime: '11:00' });
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/present', headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(200);
    expect(groupOf(api.json().stays)).toEqual(groupOf(own.stays));
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/present' })).statusCode).toBe(401);
    const view = (await owner.client.get('/api/register/stays?view=present')).json().stays as { id: string }[];
    expect(view.map((s) => s.id).sort()).toEqual([asleep, staying].sort());
  });

  it('after the check-out time the departing party counts as gone by the register, until someone says otherwise', async () => {
    minutes(9 * 60 + 20); // 11:30
    let answer = await list();
    expect(groupOf(answer.stays)).toMatchObject({ Slaapt: 'departing (weg) registration', Blijft: 'in_house registration' });
    expect(answer.persons).toBe(2);
    // The owner's house has a later check-out: the party is in the house again.
    expect((await owner.client.put('/api/accommodation/house-times', { checkInTime: '15:00', checkOutTime: '12:00' })).statusCode).toBe(200);
    answer = await list();
    expect(groupOf(answer.stays)).toMatchObject({ Slaapt: 'departing registration' });
    expect(answer.persons).toBe(5);
    expect((await owner.client.put('/api/accommodation/house-times', { checkInTime: '15:00', checkOutTime: '11:00' })).statusCode).toBe(200);
  });

  it('counts a party checked in before the check-in time, and every arrival from the check-in time', async () => {
    minutes(90); // 13:00
    expect((await owner.client.post(`/api/register/stays/${arrivingA}/check-in`)).statusCode).toBe(200);
    let answer = await list();
    expect(groupOf(answer.stays)).toMatchObject({ Komt: 'in_house check_in', Komtook: 'expected (weg) registration' });
    expect(answer.persons).toBe(4);
    minutes(120); // 15:00
    answer = await list();
    expect(groupOf(answer.stays)).toMatchObject({ Komt: 'in_house check_in', Komtook: 'in_house registration' });
    expect(answer.persons).toBe(7);
    // Checked out early: gone, whatever the dates say.
    expect((await owner.client.post(`/api/register/stays/${arrivingB}/check-out`)).statusCode).toBe(200);
    expect((await list()).persons).toBe(4);
  });
});

describe('the house times ("Inchecken en uitchecken")', () => {
  it('are 15:00 and 11:00 until the owner changes them, and the change is in the Logboek', async () => {
    const other = await signedInOwner(t);
    expect((await other.client.get('/api/accommodation')).json().accommodation).toMatchObject({ checkInTime: '15:00', checkOutTime: '11:00' });
    const changed = await other.client.put('/api/accommodation/house-times', { checkInTime: '14:30', checkOutTime: '10:00' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().accommodation).toMatchObject({ checkInTime: '14:30', checkOutTime: '10:00' });
    const events = (await other.client.get('/api/audit-events?action=accommodation.updated')).json().events;
    expect(events[0].details).toMatchObject({ checkInTime: '14:30', checkOutTime: '10:00' });
  });

  it('refuses a time that is not hh:mm at its field', async () => {
    const response = await owner.client.put('/api/accommodation/house-times', { checkInTime: '25:00', checkOutTime: '' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toMatchObject({ checkInTime: { code: 'TIME_INVALID' }, checkOutTime: { code: 'REQUIRED' } });
  });

  it("are the owner's to change, not the staff's", async () => {
    const staff = await staffUserOf(t, owner.input.email);
    const client = t.client();
    expect((await client.post('/api/sessions', { email: staff.email, password: staff.password })).statusCode).toBe(200);
    expect((await client.get('/api/register/present')).statusCode).toBe(200);
    expect((await client.put('/api/accommodation/house-times', { checkInTime: '12:00', checkOutTime: '10:00' })).statusCode).toBe(403);
  });
});
