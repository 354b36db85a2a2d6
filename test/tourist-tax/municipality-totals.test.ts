// The municipality's totals agree with the owners' own returns, through HTTP and the database:
// for random stays (co-travellers with dates of birth, residents, international workers, stays
// across the period's bounds) under rules with versions, night caps and exemptions, each open
// row of the municipality's overview — summed by SQL per rule segment where no rule has a
// percentage — equals what the owner's return computes stay by stay. With a percentage both
// sides read the stays; they must still agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from '../../src/shared/register/dates.ts';
import type { MunicipalityTaxOverview, TaxReturnView } from '../../src/shared/schemas/tourist-tax.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

// Every period compared has ended: nothing in the test depends on today but the status.
const t = await startTestApp({ clock: manualClock(new Date('2026-07-20T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');

const kinds = [
  { companyName: 'Hotel De Vier Sterren', accommodationType: 'hotel', starRating: 4 },
  { companyName: 'Hotel Ongeklasseerd', accommodationType: 'hotel', starRating: null },
  { companyName: 'Camping De Slingebeek', accommodationType: 'campsite', starRating: null },
  { companyName: 'B&B Het Hofje', accommodationType: 'bed_and_breakfast', starRating: null },
];
// One after another: each sign-up drains the shared mail queue to read its own confirmation.
const owners: Awaited<ReturnType<typeof signedInOwner>>[] = [];
const accommodationIds: string[] = [];
for (const k of kinds) {
  const owner = await signedInOwner(t, { municipalityId: doetinchem, ...k });
  owners.push(owner);
  accommodationIds.push((await owner.client.get('/api/accommodation')).json().accommodation.id as string);
}

const rule = (fields: Record<string, unknown>) => ({ ...fields });
async function addRule(fields: Record<string, unknown>) {
  const response = await municipality.client.post('/api/municipality/tax/rules', rule(fields));
  expect(response.statusCode, response.body).toBe(201);
}

expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 })).statusCode).toBe(200);
// No percentage anywhere yet: every kind of accommodation is summed in SQL.
await addRule({ validFrom: '2025-12-01', perPersonNightCents: 200, exemptUnderAge: 12 });
await addRule({ validFrom: '2026-06-01', perPersonNightCents: 225, exemptUnderAge: 12, nightCap: 10 });
await addRule({
  accommodationType: 'hotel',
  validFrom: '2026-01-01',
  perPersonNightCents: 300,
  nightCap: 5,
  exemptUnderAge: 18,
  exemptions: ['under_age', 'international_worker'],
});
// Mid-quarter: another amount, cap and age, and residents and workers pay from then on.
await addRule({
  accommodationType: 'hotel',
  validFrom: '2026-02-15',
  perPersonNightCents: 350,
  nightCap: 4,
  exemptUnderAge: 13,
  purposeRates: { international_worker: 125 },
});
await addRule({ accommodationType: 'hotel', starRating: 4, validFrom: '2026-03-10', perPersonNightCents: 450, exemptUnderAge: 16 });
await addRule({
  accommodationType: 'campsite',
  validFrom: '2026-01-20',
  perPersonNightCents: 150,
  nightCap: 3,
  exemptUnderAge: 4,
  exemptions: ['under_age', 'international_worker', 'coa', 'care_stay'],
  forfaitSeasonCents: 50_000,
});

const PERIODS = ['2025-Q4', '2026-Q1', '2026-Q2'] as const;

interface Generated {
  accommodation: number;
  arrival: number;
  nights: number;
  /** Ages at arrival of the co-travellers; null: date of birth unknown. */
  coTravellers: Array<number | null>;
  extraPersons: number;
  guestAge: number;
  who: 'tourist' | 'resident' | 'worker' | 'coa' | 'youth_group' | 'care_stay';
  price: number | null;
}

const FIRST_ARRIVAL = '2025-11-10';
const stayArb: fc.Arbitrary<Generated> = fc.record({
  accommodation: fc.integer({ min: 0, max: kinds.length - 1 }),
  // From before the first rule to past the end of June; many cross a quarter's bound.
  arrival: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.constantFrom(45, 47, 48, 49, 50, 135, 136, 138, 140, 141, 231, 232)),
  nights: fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 45 })),
  coTravellers: fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { freq: 4 }), { maxLength: 4 }),
  extraPersons: fc.integer({ min: 0, max: 2 }),
  guestAge: fc.oneof(fc.integer({ min: 15, max: 19 }), fc.integer({ min: 20, max: 80 })),
  who: fc.constantFrom<Generated['who']>('tourist', 'tourist', 'resident', 'worker', 'coa', 'youth_group', 'care_stay'),
  price: fc.option(fc.integer({ min: 0, max: 500_000 }), { freq: 4 }),
});

/** A date of birth that makes someone `age` years old at arrival (well clear of the birthday). */
const bornAged = (arrival: string, age: number) => addDays(arrival, -Math.round(age * 365.25) - 40);

/** Person-nights of every stay registered, per accommodation and period, counted here. */
const expectedPersonNights = new Map<string, number>();

function days(day: string): number {
  const n = dayNumber(day);
  if (n === null) throw new Error(`not a day: ${day}`);
  return n;
}

async function register(g: Generated): Promise<void> {
  const arrival = addDays(FIRST_ARRIVAL, g.arrival);
  const departure = addDays(arrival, g.nights);
  const persons = 1 + g.coTravellers.length + g.extraPersons;
  const guest =
    g.who === 'resident'
      ? { residence: 'Doetinchem', country: 'NL', postcode: '7001 AB', houseNumber: 12 }
      : g.who === 'worker'
        ? { residence: 'Wrocław', country: 'PL', nationality: 'PL' }
        : { residence: 'Utrecht', country: 'NL' };
  const response = await owners[g.accommodation]?.client.post(
    '/api/register/stays',
    aStay({
      arrival,
      departure,
      persons,
      purpose: g.who === 'worker' ? 'international_worker' : g.who === 'resident' ? 'tourist' : g.who,
      ...(g.who === 'worker' ? { employerName: 'Bouwbedrijf Achterhoek' } : {}),
      lodgingPriceCents: g.price,
      guest: { ...guest, dateOfBirth: bornAged(arrival, g.guestAge) },
      // A resident's first co-traveller lives at the same address, the others elsewhere (decision 0016).
      coTravellers: g.coTravellers.map((age, i) => ({
        initials: 'K.',
        surname: `Reisgenoot ${i + 1}`,
        dateOfBirth: age === null ? null : bornAged(arrival, age),
        sameAddress: i === 0,
      })),
    }),
  );
  expect(response?.statusCode, response?.body).toBe(201);
  for (const key of PERIODS) {
    const [from, to] = key === '2025-Q4' ? ['2025-10-01', '2026-01-01'] : key === '2026-Q1' ? ['2026-01-01', '2026-04-01'] : ['2026-04-01', '2026-07-01'];
    const nights = Math.max(0, Math.min(days(departure), days(to)) - Math.max(days(arrival), days(from)));
    const k = `${g.accommodation}|${key}`;
    expectedPersonNights.set(k, (expectedPersonNights.get(k) ?? 0) + persons * nights);
  }
}

/** For each period, the overview's open rows against each owner's own return. */
async function compareAll(): Promise<TaxReturnView[]> {
  const views: TaxReturnView[] = [];
  for (const key of PERIODS) {
    const response = await municipality.client.get(`/api/municipality/tax/returns?period=${key}`);
    expect(response.statusCode, response.body).toBe(200);
    const overview = response.json<MunicipalityTaxOverview>();
    for (const [i, owner] of owners.entries()) {
      const own = await owner.client.get(`/api/tax/returns/${key}`);
      const row = overview.rows.find((r) => r.accommodationId === accommodationIds[i]);
      const label = `${kinds[i]?.companyName} ${key}`;
      // The accommodations came to Nachtregister after these periods: one without stays in a
      // period is asked no return of it, has no row, and its own return is not there either.
      if (!row) {
        expect(own.statusCode, label).toBe(404);
        expect(expectedPersonNights.get(`${i}|${key}`) ?? 0, label).toBe(0);
        continue;
      }
      expect(own.statusCode, own.body).toBe(200);
      const view = own.json<TaxReturnView>();
      views.push(view);
      expect(row.declared).toBe(false);
      expect({
        label,
        amountDueCents: row.amountDueCents,
        personNights: row.personNights,
        taxablePersonNights: row.taxablePersonNights,
        nights: row.nights,
        revenueCents: row.revenueCents,
      }).toEqual({
        label,
        amountDueCents: view.totals.computedCents,
        personNights: view.totals.personNights,
        taxablePersonNights: view.totals.taxablePersonNights,
        nights: view.totals.nights,
        revenueCents: view.totals.revenueCents,
      });
      // And both count every person-night the test registered.
      expect(view.totals.personNights, label).toBe(expectedPersonNights.get(`${i}|${key}`) ?? 0);
    }
    expect(overview.totals.computedOpenCents).toBe(overview.rows.reduce((s, r) => s + r.amountDueCents, 0));
  }
  return views;
}

describe("the municipality's totals and the owners' returns", () => {
  it('agree for random stays where the rules have no percentage (summed in SQL)', async () => {
    // A few stays that surely meet each exemption, the cap and the rule change; then random ones.
    const fixed: Generated[] = [
      { accommodation: 1, arrival: 60, nights: 40, coTravellers: [3, 15], extraPersons: 0, guestAge: 44, who: 'worker', price: null },
      { accommodation: 0, arrival: 48, nights: 4, coTravellers: [], extraPersons: 1, guestAge: 60, who: 'resident', price: 20_000 },
      { accommodation: 2, arrival: 136, nights: 9, coTravellers: [1, 8, null], extraPersons: 0, guestAge: 17, who: 'tourist', price: 50_000 },
    ];
    for (const g of fixed) await register(g);
    await fc.assert(
      fc.asyncProperty(fc.array(stayArb, { minLength: 4, maxLength: 9 }), async (stays) => {
        for (const g of stays) await register(g);
        await compareAll();
      }),
      { numRuns: 5 },
    );
    // The data exercised what it was meant to: exemptions of every kind and the tax itself.
    const views = await compareAll();
    const exempt = views.reduce(
      (s, v) => ({
        resident: s.resident + v.totals.exempt.resident,
        under: s.under + v.totals.exempt.under_age,
        worker: s.worker + v.totals.exempt.international_worker,
      }),
      { resident: 0, under: 0, worker: 0 },
    );
    expect(exempt.resident).toBeGreaterThan(0);
    expect(exempt.worker).toBeGreaterThan(0);
    expect(views.some((v) => v.totals.computedCents > 0)).toBe(true);
  });

  it('agree with a percentage rule too (stay by stay on both sides), next to kinds still summed in SQL', async () => {
    await addRule({
      accommodationType: 'campsite',
      validFrom: '2026-02-01',
      perPersonNightCents: 150,
      percentageBasisPoints: 450,
      nightCap: 3,
      exemptUnderAge: 4,
      exemptions: ['under_age', 'youth_group'],
      purposeRates: { international_worker: 90 },
    });
    await addRule({ validFrom: '2026-03-01', perPersonNightCents: 200, percentageBasisPoints: 333, exemptUnderAge: 12 });
    const fixed: Generated[] = [
      { accommodation: 2, arrival: 140, nights: 5, coTravellers: [6, 2, null], extraPersons: 0, guestAge: 40, who: 'tourist', price: 123_457 },
      { accommodation: 2, arrival: 75, nights: 20, coTravellers: [], extraPersons: 1, guestAge: 30, who: 'worker', price: 99_999 },
      { accommodation: 3, arrival: 105, nights: 40, coTravellers: [10], extraPersons: 0, guestAge: 45, who: 'tourist', price: 77_777 },
      { accommodation: 3, arrival: 112, nights: 3, coTravellers: [], extraPersons: 0, guestAge: 50, who: 'resident', price: 30_001 },
    ];
    for (const g of fixed) await register(g);
    await fc.assert(
      fc.asyncProperty(fc.array(stayArb, { minLength: 4, maxLength: 8 }), async (stays) => {
        for (const g of stays) await register(g);
        await compareAll();
      }),
      { numRuns: 3 },
    );
    const views = await compareAll();
    const percentage = (i: number) => views.filter((v) => v.accommodation.id === accommodationIds[i]).reduce((s, v) => s + v.totals.percentageCents, 0);
    expect(percentage(2)).toBeGreaterThan(0);
    expect(percentage(3)).toBeGreaterThan(0);
    // The hotels have rules of their own without a percentage: still summed, still equal.
    expect(percentage(0) + percentage(1)).toBe(0);
  });
});
