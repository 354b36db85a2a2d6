// Retention: once the municipality's retention period (24 months by default) after the departure
// has passed, the daily task erases the guests' personal data, leaves the anonymous counts and
// the stay's number, runs once a day however often it is asked, and says how much it erased.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { dumpTables, tablesContaining } from '../support/database.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const DAY = 86_400_000;
const t = await startTestApp({ clock: manualClock(new Date('2026-03-10T09:00:00Z')) });
const owner = await signedInOwner(t);

const old = (
  await owner.client.post(
    '/api/register/stays',
    aStay({
      arrival: '2026-03-01',
      departure: '2026-03-05',
      persons: 2,
      guest: { surname: 'Vergetelheid' },
      coTravellers: [{ initials: 'K.', surname: 'Kwijtgeraakt' }],
    }),
  )
).json().stay;
const recent = (
  await owner.client.post('/api/register/stays', aStay({ arrival: '2026-03-09', departure: '2026-03-12', guest: { surname: 'Blijfhier' } }))
).json().stay;

/** Sessions end after hours; after moving the clock by months the owner signs in again. */
async function later(ms: number) {
  t.clock.advance(ms);
  expect((await owner.client.post('/api/sessions', { email: owner.input.email, password: owner.input.password })).statusCode).toBe(200);
}

describe('retention', () => {
  it('keeps guest data within the retention period', async () => {
    await later(365 * DAY);
    expect((await t.deps.daily.runDue()).retention).toEqual({ erased: 0, municipalities: 0 });
    expect((await owner.client.get(`/api/register/stays/${old.id}`)).json().stay.guest.surname).toBe('Vergetelheid');
  });

  it('erases the personal data of stays departed more than 24 months ago, keeping the counts', async () => {
    await later(365 * DAY); // 2028-03-09: 2026-03-05 is past the period, 2026-03-12 not yet
    expect((await t.deps.daily.runDue()).retention).toEqual({ erased: 1, municipalities: 1 });
    const { stay, history } = (await owner.client.get(`/api/register/stays/${old.id}`)).json();
    expect(stay).toMatchObject({ erased: true, guest: null, coTravellers: [], number: old.number, persons: 2, arrival: '2026-03-01', departure: '2026-03-05' });
    expect(history.map((h: { version: number }) => h.version)).toEqual([1]);
    expect((await owner.client.get(`/api/register/stays/${recent.id}`)).json().stay.guest.surname).toBe('Blijfhier');
  });

  it('leaves no copy of the erased names in any table', async () => {
    const dump = await dumpTables(t);
    expect(tablesContaining(dump, 'Vergetelheid')).toEqual([]);
    expect(tablesContaining(dump, 'Kwijtgeraakt')).toEqual([]);
    expect(tablesContaining(dump, 'Blijfhier')).toEqual(['stay_versions', 'stays']);
  });

  it('runs once a day however often it is asked, and a later day erases what has expired since', async () => {
    expect((await t.deps.daily.runDue()).retention).toBeUndefined();
    await later(4 * DAY); // 2028-03-13: the second stay's departure is now 24 months ago too
    expect((await t.deps.daily.runDue()).retention).toEqual({ erased: 1, municipalities: 1 });
    expect((await owner.client.get(`/api/register/stays/${recent.id}`)).json().stay.erased).toBe(true);
  });

  it('reports what it erased in the municipality Logboek', async () => {
    const { accommodation } = (await owner.client.get('/api/accommodation')).json();
    const municipality = await signedInOperatorAccount(t, 'municipality', accommodation.municipality.code);
    const events = (await municipality.client.get('/api/audit-events?action=register.retention_erased')).json().events as { details: { erased: number } }[];
    expect(events.map((e) => e.details.erased).sort()).toEqual([1, 1]);
  });

  it('refuses corrections of an erased stay', async () => {
    const response = await owner.client.put(`/api/register/stays/${old.id}`, {
      stay: aStay({ arrival: '2026-03-01', departure: '2026-03-05' }),
      reason: 'Herstel',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('STAY_CANCELLED');
  });
});
