// Property tests: for random stays (dates, check-in, check-out, cancellation) and a random day,
// the register's answers agree with a brute-force count over the same stays — the inspector's
// night look-up, the staff's date-range search, and today's arrivals and departures ("present
// now" has its own property test at every hour: presence-properties.test.ts). Each run uses its own
// accommodation, so the inspector's answers for it hold exactly that run's stays; the
// municipality-wide night holds every stay of the file.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/register/dates.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const TODAY = '2026-07-15';
const t = await startTestApp({ clock: manualClock(new Date(`${TODAY}T10:00:00Z`)) });
const owner = await signedInOwner(t);
const { accommodation } = (await owner.client.get('/api/accommodation')).json();
const inspector = await signedInOperatorAccount(t, 'inspector', accommodation.municipality.code);

type Event = 'none' | 'check-in' | 'check-out' | 'cancel';
interface Generated {
  arrivalOffset: number;
  nights: number;
  event: Event;
}
interface Registered {
  id: string;
  arrival: string;
  departure: string;
  checkedIn: boolean;
  checkedOut: boolean;
  cancelled: boolean;
}

const stayArbitrary = fc.record({
  arrivalOffset: fc.integer({ min: -12, max: 6 }),
  nights: fc.integer({ min: 1, max: 8 }),
  event: fc.constantFrom<Event>('none', 'check-in', 'check-out', 'cancel'),
});

/** A surname no other run uses, so a search by it finds exactly this run's stays. */
function runTag(): string {
  return `Eigen${Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
}

/** Every stay this file registers: the municipality-wide look-up must find exactly these. */
const everyStay: Registered[] = [];

async function register(tag: string, generated: Generated[]): Promise<Registered[]> {
  const stays: Registered[] = [];
  for (const g of generated) {
    const arrival = addDays(TODAY, g.arrivalOffset);
    const departure = addDays(arrival, g.nights);
    const created = await owner.client.post('/api/register/stays', aStay({ arrival, departure, guest: { surname: tag } }));
    expect(created.statusCode).toBe(201);
    const id = created.json().stay.id as string;
    // A check-in (and a check-out, which checks in too) is possible from the day before the
    // arrival on (decision 0020); earlier it is refused.
    const tooEarly = (g.event === 'check-in' || g.event === 'check-out') && g.arrivalOffset > 1;
    if (g.event === 'cancel') await owner.client.post(`/api/register/stays/${id}/cancel`, { reason: 'Niet gekomen' });
    else if (g.event !== 'none') expect((await owner.client.post(`/api/register/stays/${id}/${g.event}`)).statusCode).toBe(tooEarly ? 409 : 200);
    stays.push({
      id,
      arrival,
      departure,
      // Checking out marks a stay that was never checked in as checked in too.
      checkedIn: (g.event === 'check-in' || g.event === 'check-out') && !tooEarly,
      checkedOut: g.event === 'check-out' && !tooEarly,
      cancelled: g.event === 'cancel',
    });
  }
  everyStay.push(...stays);
  return stays;
}

/** A new accommodation of the owner for this run, chosen in the owner's session. */
async function freshAccommodation(): Promise<string> {
  const added = await owner.client.post('/api/accommodations', {
    companyName: `Pension ${randomBytes(4).toString('hex')}`,
    address: 'Markt 1',
    postcode: '7001 AB',
    city: 'Doetinchem',
    kvkNumber: '',
    phone: '',
    beds: 10,
    accommodationType: 'bed_and_breakfast',
    municipalityId: accommodation.municipality.id,
  });
  expect(added.statusCode).toBe(201);
  const id = added.json().accommodation.id as string;
  expect((await owner.client.put('/api/session/accommodation', { accommodationId: id })).statusCode).toBe(200);
  return id;
}

async function inspected(path: string, body: Record<string, unknown>): Promise<string[]> {
  const response = await inspector.client.post(path, { ...body, reason: 'Eigenschapstest' });
  expect(response.statusCode).toBe(200);
  return (response.json().stays as { id: string }[]).map((s) => s.id).sort();
}

async function idsOf(query: string): Promise<string[]> {
  const response = await owner.client.get(`/api/register/stays?${query}`);
  expect(response.statusCode).toBe(200);
  return (response.json().stays as { id: string }[]).map((s) => s.id).sort();
}

const ids = (stays: Registered[]) => stays.map((s) => s.id).sort();

describe('the register agrees with a brute-force count', () => {
  it('for who arrives and departs today', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stayArbitrary, { minLength: 1, maxLength: 6 }), async (generated) => {
        await freshAccommodation();
        const tag = runTag();
        const stays = await register(tag, generated);
        expect(await idsOf(`view=arrivals&q=${tag}`)).toEqual(ids(stays.filter((s) => !s.cancelled && s.arrival === TODAY)));
        expect(await idsOf(`view=departures&q=${tag}`)).toEqual(ids(stays.filter((s) => !s.cancelled && s.departure === TODAY)));
      }),
      { numRuns: 25 },
    );
  });

  it('for the stays that include night D: [arrival, departure)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stayArbitrary, { minLength: 1, maxLength: 6 }), fc.integer({ min: -14, max: 14 }), async (generated, offset) => {
        const accommodationId = await freshAccommodation();
        const tag = runTag();
        const stays = await register(tag, generated);
        const night = addDays(TODAY, offset);
        const expected = stays.filter((s) => s.arrival <= night && night < s.departure);
        expect(await idsOf(`from=${night}&to=${night}&q=${tag}`)).toEqual(ids(expected));
        // The inspector's night look-up leaves cancelled stays out: those guests never came.
        expect(await inspected('/api/inspection/night', { night, accommodationId })).toEqual(ids(expected.filter((s) => !s.cancelled)));
        const inMunicipality = everyStay.filter((s) => !s.cancelled && s.arrival <= night && night < s.departure);
        expect(await inspected('/api/inspection/night', { night })).toEqual(ids(inMunicipality));
      }),
      { numRuns: 25 },
    );
  });
});
