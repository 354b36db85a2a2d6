// Registering stays by hand through the API: units, the checks a stay must pass, the overview,
// corrections with their history, and check-in/check-out.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner, staffUserOf } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp();
const owner = await signedInOwner(t);
const unit = (await owner.client.post('/api/register/units', { name: 'Kamer 12', kind: 'room', capacity: 2 })).json().unit;

describe('units', () => {
  it('lets the owner add units, refusing a second unit with the same name', async () => {
    expect(unit).toMatchObject({ name: 'Kamer 12', capacity: 2, exclusive: true, active: true });
    const again = await owner.client.post('/api/register/units', { name: 'kamer 12', kind: 'room', capacity: 3 });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields.name.code).toBe('UNIT_NAME_TAKEN');
    expect((await owner.client.get('/api/register/units')).json().units.map((u: { name: string }) => u.name)).toEqual(['Kamer 12']);
  });

  it('refuses a staff member who tries to add one', async () => {
    const staff = t.client();
    await staff.post('/api/sessions', await staffUserOf(t, owner.input.email));
    expect((await staff.post('/api/register/units', { name: 'Kamer 13', kind: 'room', capacity: 2 })).statusCode).toBe(403);
  });
});

describe('registering a stay', () => {
  it('numbers stays continuously and shows them in the register', async () => {
    const first = await owner.client.post('/api/register/stays', aStay({ arrival: '2026-07-01', departure: '2026-07-04' }));
    expect(first.statusCode).toBe(201);
    const second = await owner.client.post('/api/register/stays', aStay({ arrival: '2026-07-02', departure: '2026-07-03', guest: { surname: 'Bakker' } }));
    expect(second.json().stay.number).toBe(first.json().stay.number + 1);
    const search = (await owner.client.get('/api/register/stays?q=bakk')).json();
    expect(search.stays.map((s: { guest: { surname: string } }) => s.guest.surname)).toEqual(['Bakker']);
  });

  it('refuses a departure before the arrival with a message at the field', async () => {
    const response = await owner.client.post('/api/register/stays', aStay({ arrival: '2026-07-05', departure: '2026-07-05' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.departure.code).toBe('DEPARTURE_BEFORE_ARRIVAL');
  });

  it('refuses more persons than the unit holds, and an overlapping stay in an exclusive unit', async () => {
    const tooMany = await owner.client.post('/api/register/stays', aStay({ unitId: unit.id, persons: 3, arrival: '2026-08-01', departure: '2026-08-03' }));
    expect(tooMany.json().fields.persons.code).toBe('UNIT_OVER_CAPACITY');
    expect((await owner.client.post('/api/register/stays', aStay({ unitId: unit.id, arrival: '2026-08-01', departure: '2026-08-03' }))).statusCode).toBe(201);
    const overlapping = await owner.client.post('/api/register/stays', aStay({ unitId: unit.id, arrival: '2026-08-02', departure: '2026-08-05' }));
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().fields.unitId.code).toBe('UNIT_OCCUPIED');
    // The departure day is free again: nights are [arrival, departure).
    expect((await owner.client.post('/api/register/stays', aStay({ unitId: unit.id, arrival: '2026-08-03', departure: '2026-08-04' }))).statusCode).toBe(201);
  });

  it('asks an employer for international workers', async () => {
    const response = await owner.client.post('/api/register/stays', aStay({ purpose: 'international_worker' }));
    expect(response.json().fields.employerName.code).toBe('EMPLOYER_REQUIRED');
  });

  it('keeps every version of a corrected stay with who changed what', async () => {
    const stay = (await owner.client.post('/api/register/stays', aStay({ arrival: '2026-09-01', departure: '2026-09-03' }))).json().stay;
    const corrected = await owner.client.put(`/api/register/stays/${stay.id}`, {
      stay: aStay({ arrival: '2026-09-01', departure: '2026-09-04' }),
      reason: 'Gast blijft een nacht langer',
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().stay).toMatchObject({ number: stay.number, version: 2, departure: '2026-09-04' });
    const detail = (await owner.client.get(`/api/register/stays/${stay.id}`)).json();
    expect(detail.history.map((h: { change: string }) => h.change)).toEqual(['created', 'corrected']);
    expect(detail.history[1]).toMatchObject({ reason: 'Gast blijft een nacht langer', changedFields: ['departure'], by: { email: owner.input.email } });
  });

  it('marks check-in and check-out as they happen', async () => {
    const stay = (await owner.client.post('/api/register/stays', aStay())).json().stay;
    const inside = (await owner.client.post(`/api/register/stays/${stay.id}/check-in`)).json().stay;
    expect(inside.checkedInAt).not.toBeNull();
    const out = (await owner.client.post(`/api/register/stays/${stay.id}/check-out`)).json().stay;
    expect(out.checkedOutAt).not.toBeNull();
    expect(out.version).toBe(3);
  });
});
