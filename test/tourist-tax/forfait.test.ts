// Forfaits as the by-laws write them (decision 0013), in the pure computation: a worked example of
// a campsite with jaarplaatsen, seizoensplaatsen and passers-by, the spreading over return periods,
// per bed, the owner's choice of actual nights, and properties: a person on a forfait unit is never
// taxed twice for one night, and month, quarter and year returns add up to the by-law's amounts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from '../../src/shared/register/dates.ts';
import type { TaxForfaitLine } from '../../src/shared/schemas/tourist-tax.ts';
import { computeTax, type TaxAccommodation } from '../../src/server/modules/tourist-tax/computation/compute-tax.ts';
import type { TaxForfaitUnit } from '../../src/server/modules/tourist-tax/computation/forfait.ts';
import { parsePeriod } from '../../src/server/modules/tourist-tax/periods.ts';
import { taxRule as rule, taxStay as stay } from '../support/tax.ts';

const unit = (unitId: string, kind: TaxForfaitUnit['kind'], fields: Partial<TaxForfaitUnit> = {}): TaxForfaitUnit => ({
  unitId,
  name: unitId,
  kind,
  capacity: 4,
  actualNights: false,
  ...fields,
});
const campsite: TaxAccommodation = { accommodationType: 'campsite', starRating: null };
const sumOf = (lines: readonly TaxForfaitLine[]) => lines.reduce((s, l) => s + l.amountCents, 0);

describe('a campsite with jaarplaatsen, seizoensplaatsen and passers-by', () => {
  // Oldebroek (Gelderland), Verordening toeristenbelasting (forfaitaire berekening voor een vaste
  // standplaats), rates for 2025 as the municipality publishes them: € 1,68 per person per night;
  // a vaste standplaats used by one household 1 januari t/m 31 december € 319,20 (jaarplaats) and
  // 1 april t/m 31 oktober € 270,48 (seizoensplaats); whoever has fewer nights may ask for the
  // actual nights instead. The periods are Epe's definitions (Verordening toeristenbelasting 2009,
  // CVDR57961, art. 1 c and d: jaarplaats 1 January to 31 December, seizoenplaats 1 April to
  // 31 October).
  const oldebroek2025 = rule({
    accommodationType: 'campsite',
    validFrom: '2025-01-01',
    perPersonNightCents: 168,
    forfaitYearCents: 31_920,
    forfaitSeasonCents: 27_048,
    forfaitActualNightsAllowed: true,
  });
  const units = [
    unit('J1', 'jaarplaats'),
    unit('J2', 'jaarplaats'),
    unit('S1', 'seizoensplaats'),
    unit('S2', 'seizoensplaats', { actualNights: true }),
    unit('S3', 'seizoensplaats'),
  ];
  const stays = [
    // A family of four on jaarplaats J1 for ten nights in May: forfait nights, no € 1,68.
    stay({ unitId: 'J1', arrival: '2025-05-02', departure: '2025-05-12', persons: 4 }),
    // A couple on seizoensplaats S1 from 27 March to 3 April: five nights before the season
    // (taxed per person in Q1), two in it (forfait nights in Q2).
    stay({ unitId: 'S1', arrival: '2025-03-27', departure: '2025-04-03', persons: 2 }),
    // The owner of S2 chose the actual nights: 2 persons × 20 nights at € 1,68, no forfait.
    stay({ unitId: 'S2', arrival: '2025-06-01', departure: '2025-06-21', persons: 2 }),
    // Passers-by with a tent on a touring pitch (no forfait unit): 3 persons × 5 nights.
    stay({ unitId: 'T7', arrival: '2025-06-10', departure: '2025-06-15', persons: 3 }),
  ];
  const of = (key: string) => computeTax({ period: parsePeriod(key), accommodation: campsite, rules: [oldebroek2025], stays, forfaitUnits: units });

  it('charges the forfait per unit over the months and the passers-by per person (Q2 2025)', () => {
    const { totals, lines } = of('2025-Q2');
    // € 319,20 / 12 = € 26,60 a month; € 270,48 / 7 season months = € 38,64 a month.
    expect(totals.forfaits?.map((f) => [f.unitId, f.months, f.amountCents])).toEqual([
      ['J1', 3, 7_980],
      ['J2', 3, 7_980],
      ['S1', 3, 11_592],
      ['S3', 3, 11_592],
    ]);
    expect(totals.forfaitCents).toBe(2 * 7_980 + 2 * 11_592);
    // Per person: S2's 40 person-nights and the passers-by's 15, at € 1,68.
    expect(totals.perPersonCents).toBe((40 + 15) * 168);
    expect(totals.forfaitPersonNights).toBe(4 * 10 + 2 * 2);
    expect(totals.computedCents).toBe(39_144 + 9_240);
    const [family, couple, s2, tent] = lines;
    expect(family).toMatchObject({ personNights: 40, forfaitPersonNights: 40, taxablePersonNights: 0, perPersonCents: 0 });
    expect(couple).toMatchObject({ personNights: 4, forfaitPersonNights: 4, perPersonCents: 0 });
    expect(s2).toMatchObject({ personNights: 40, forfaitPersonNights: 0, perPersonCents: 6_720 });
    expect(tent).toMatchObject({ personNights: 15, forfaitPersonNights: 0, perPersonCents: 2_520 });
  });

  it('taxes a seizoensplaats per person outside the season, and charges it no forfait then (Q1 2025)', () => {
    const { totals } = of('2025-Q1');
    expect(totals.forfaits?.map((f) => f.unitId)).toEqual(['J1', 'J2']);
    expect(totals.forfaitCents).toBe(2 * 7_980);
    expect(totals.perPersonCents).toBe(2 * 5 * 168);
    expect(totals.forfaitPersonNights).toBe(0);
  });

  it('adds the quarters up to the by-law’s amounts for the year', () => {
    const year = of('2025').totals;
    expect(year.forfaits?.find((f) => f.unitId === 'J1')).toMatchObject({ months: 12, amountCents: 31_920 });
    expect(year.forfaits?.find((f) => f.unitId === 'S1')).toMatchObject({ months: 7, amountCents: 27_048, from: '2025-04-01', to: '2025-11-01' });
    const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map((k) => of(k).totals);
    expect(quarters.reduce((s, t) => s + t.forfaitCents, 0)).toBe(year.forfaitCents);
    expect(year.forfaitCents).toBe(2 * 31_920 + 2 * 27_048);
  });

  it('charges the forfait where the by-law does not allow actual nights, whatever the owner chose', () => {
    const strict = { ...oldebroek2025, forfaitActualNightsAllowed: false };
    const { totals } = computeTax({ period: parsePeriod('2025-Q2'), accommodation: campsite, rules: [strict], stays, forfaitUnits: units });
    expect(totals.forfaits?.map((f) => f.unitId)).toEqual(['J1', 'J2', 'S1', 'S2', 'S3']);
    expect(totals.perPersonCents).toBe(15 * 168);
  });
});

describe('the season and the beds in the rule', () => {
  it('takes the season’s days from the rule and spreads the amount over its months', () => {
    // A season of 15 March to 15 October: 8 months (March to October), € 100,00 → 1 250 a month.
    const r = rule({
      accommodationType: 'campsite',
      validFrom: '2026-01-01',
      perPersonNightCents: 200,
      forfaitSeasonCents: 10_000,
      seasonStart: '03-15',
      seasonEnd: '10-15',
    });
    const s = [unit('S', 'seizoensplaats')];
    const stays = [stay({ unitId: 'S', arrival: '2026-03-10', departure: '2026-03-20', persons: 2 })];
    const q1 = computeTax({ period: parsePeriod('2026-Q1'), accommodation: campsite, rules: [r], stays, forfaitUnits: s }).totals;
    expect(q1.forfaits).toEqual([
      { unitId: 'S', unitName: 'S', kind: 'seizoensplaats', beds: null, months: 1, from: '2026-03-15', to: '2026-04-01', amountCents: 1_250 },
    ]);
    // 10–14 March before the season: 2 × 5 nights per person; 15–19 March forfait nights.
    expect(q1).toMatchObject({ perPersonCents: 10 * 200, forfaitPersonNights: 10 });
    const q4 = computeTax({ period: parsePeriod('2026-Q4'), accommodation: campsite, rules: [r], stays: [], forfaitUnits: s }).totals;
    expect(q4.forfaits?.[0]).toMatchObject({ from: '2026-10-01', to: '2026-10-16', amountCents: 1_250 });
  });

  it('multiplies by the unit’s beds where the rule charges per bed', () => {
    // Schiermonnikoog, Verordening toeristenbelasting 2024: a forfait by the number of
    // slaapplaatsen of the accommodation, or the actual nights on request. The amount here is
    // illustrative: € 45,00 per bed per year, a chalet with 6 beds.
    const r = rule({ validFrom: '2024-01-01', perPersonNightCents: 250, forfaitYearCents: 4_500, forfaitPerBed: true, forfaitActualNightsAllowed: true });
    const chalet = unit('Duinroos', 'jaarplaats', { capacity: 6 });
    const year = computeTax({ period: parsePeriod('2024'), accommodation: campsite, rules: [r], stays: [], forfaitUnits: [chalet] }).totals;
    expect(year.forfaits?.[0]).toMatchObject({ beds: 6, months: 12, amountCents: 27_000 });
    const actual = computeTax({
      period: parsePeriod('2024'),
      accommodation: campsite,
      rules: [r],
      stays: [],
      forfaitUnits: [{ ...chalet, actualNights: true }],
    }).totals;
    expect(actual).toMatchObject({ forfaitCents: 0, forfaits: [] });
  });

  it('spreads an amount that does not divide by cumulative rounding, so the months add up to it', () => {
    const r = rule({ validFrom: '2026-01-01', forfaitYearCents: 12_345, forfaitSeasonCents: 1_001 });
    const units = [unit('J', 'jaarplaats'), unit('S', 'seizoensplaats')];
    const month = (key: string) =>
      computeTax({ period: parsePeriod(key), accommodation: campsite, rules: [r], stays: [], forfaitUnits: units }).totals.forfaits ?? [];
    // 12 345 / 12 = 1 028,75: month k carries round(12 345·k/12) − round(12 345·(k−1)/12), so
    // January 1 029, February 2 058 − 1 029 = 1 029, March 3 086 − 2 058 = 1 028.
    expect(month('2026-01').find((f) => f.unitId === 'J')?.amountCents).toBe(1_029);
    expect(month('2026-02').find((f) => f.unitId === 'J')?.amountCents).toBe(1_029);
    expect(month('2026-03').find((f) => f.unitId === 'J')?.amountCents).toBe(1_028);
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    const total = (id: string) => months.reduce((s, m) => s + (month(m).find((f) => f.unitId === id)?.amountCents ?? 0), 0);
    expect(total('J')).toBe(12_345);
    expect(total('S')).toBe(1_001);
  });

  it('takes each month’s forfait from the rule on its first day', () => {
    const rules = [rule({ validFrom: '2026-01-01', forfaitYearCents: 12_000 }), rule({ validFrom: '2026-02-15', forfaitYearCents: 24_000 })];
    const q1 = computeTax({ period: parsePeriod('2026-Q1'), accommodation: campsite, rules, stays: [], forfaitUnits: [unit('J', 'jaarplaats')] }).totals;
    expect(q1.forfaitCents).toBe(1_000 + 1_000 + 2_000);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties.

const UNIT_IDS = ['A', 'B', 'C', 'D'];

function days(d: string): number {
  const n = dayNumber(d);
  if (n === null) throw new Error(`not a day: ${d}`);
  return n;
}

const monthDayArb = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2025-01-01', n).slice(5));

const ruleArb = fc
  .record({
    validFrom: fc.integer({ min: -200, max: 500 }).map((n) => addDays('2026-01-01', n)),
    perPersonNightCents: fc.option(fc.integer({ min: 1, max: 500 }), { freq: 4 }),
    percentageBasisPoints: fc.option(fc.integer({ min: 1, max: 2_000 }), { freq: 3 }),
    nightCap: fc.option(fc.integer({ min: 1, max: 20 }), { freq: 3 }),
    forfaitYearCents: fc.option(fc.integer({ min: 0, max: 500_000 }), { freq: 4 }),
    forfaitSeasonCents: fc.option(fc.integer({ min: 0, max: 500_000 }), { freq: 4 }),
    season: fc.tuple(monthDayArb, monthDayArb).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    forfaitPerBed: fc.boolean(),
    forfaitActualNightsAllowed: fc.boolean(),
    exemptUnderAge: fc.option(fc.constantFrom(4, 12), { freq: 2 }),
  })
  .map(({ season, ...r }) => rule({ ...r, seasonStart: season[0] ?? '04-01', seasonEnd: season[1] ?? '10-31' }));

const unitsArb = fc
  .tuple(
    ...UNIT_IDS.map((id) =>
      fc
        .record({
          kind: fc.constantFrom<TaxForfaitUnit['kind'] | 'none'>('jaarplaats', 'seizoensplaats', 'none'),
          capacity: fc.integer({ min: 1, max: 12 }),
          actualNights: fc.boolean(),
        })
        .map((u) => ({ unitId: id, ...u })),
    ),
  )
  .map((all) =>
    all.flatMap((u) => (u.kind === 'none' ? [] : [{ unitId: u.unitId, name: u.unitId, kind: u.kind, capacity: u.capacity, actualNights: u.actualNights }])),
  );

const stayArb = fc
  .record({
    unitId: fc.constantFrom<string | null>(null, ...UNIT_IDS),
    arrival: fc.integer({ min: -40, max: 400 }),
    nights: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 120 })),
    persons: fc.integer({ min: 1, max: 6 }),
    young: fc.integer({ min: 0, max: 3 }),
    residents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 })),
    price: fc.option(fc.integer({ min: 0, max: 400_000 }), { freq: 4 }),
  })
  .map((g) => {
    const arrival = addDays('2026-01-01', g.arrival);
    const residents = Math.min(g.residents, g.persons);
    const young = Math.min(g.persons - residents, g.young);
    return stay({
      unitId: g.unitId,
      arrival,
      departure: addDays(arrival, g.nights),
      persons: g.persons,
      residents,
      under: { 4: young, 12: young },
      lodgingPriceCents: g.price,
    });
  });

const PERIODS = ['2026-01', '2026-04', '2026-07', '2026-10', '2026-12', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026', '2027-02'];

describe('properties of forfaits', () => {
  it('never taxes a person on a forfait unit twice: no per-person amount or percentage for a night the forfait covers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ruleArb, { maxLength: 3, selector: (r) => r.validFrom }), unitsArb, stayArb, (rules, units, s) => {
        // Night by night: the stay of that one night, in the return of its month.
        const arrival = days(s.arrival);
        const nights = Math.min(days(s.departure) - arrival, 40);
        for (let n = arrival; n < arrival + nights; n += 1) {
          const night = addDays('1970-01-01', n);
          const one = { ...s, arrival: night, departure: addDays(night, 1), lodgingPriceCents: s.lodgingPriceCents === null ? null : 1_000 };
          const first = `${night.slice(0, 7)}-01`;
          const month = { from: first, to: `${addDays(first, 40).slice(0, 7)}-01` };
          const { lines, totals } = computeTax({ period: month, accommodation: campsite, rules, stays: [one], forfaitUnits: units });
          const line = lines[0];
          if (!line) throw new Error('the night has no line');
          const forfait = (totals.forfaits ?? []).find((f) => f.unitId === s.unitId && f.from <= night && night < f.to);
          if (forfait) {
            // The forfait covers this night: nothing per person, nothing by percentage.
            expect(line.perPersonCents + line.percentageCents).toBe(0);
            expect(line.forfaitPersonNights).toBe(s.persons);
          } else {
            // No forfait that night: taxed exactly as on a unit that is no forfait unit.
            expect(line.forfaitPersonNights).toBe(0);
            const plain = computeTax({ period: month, accommodation: campsite, rules, stays: [one] }).lines[0];
            expect(line.amountCents).toBe(plain?.amountCents);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts every person-night once: exempt, taxable or under a forfait', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(ruleArb, { maxLength: 3, selector: (r) => r.validFrom }),
        unitsArb,
        fc.array(stayArb, { maxLength: 8 }),
        fc.constantFrom(...PERIODS),
        (rules, units, stays, key) => {
          const { lines, totals } = computeTax({ period: parsePeriod(key), accommodation: campsite, rules, stays, forfaitUnits: units });
          for (const l of lines) {
            const exempt = l.exempt.resident + l.exempt.under_age + l.exempt.international_worker;
            expect(exempt + l.taxablePersonNights + (l.forfaitPersonNights ?? 0)).toBe(l.personNights);
          }
          expect(totals.forfaitCents).toBe(sumOf(totals.forfaits ?? []));
          expect(totals.perPersonCents + totals.percentageCents + totals.forfaitCents).toBe(totals.computedCents);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adds up: the months of a year give its quarters and the year, whatever the rules', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ruleArb, { maxLength: 3, selector: (r) => r.validFrom }), unitsArb, (rules, units) => {
        const forfait = (key: string) =>
          computeTax({ period: parsePeriod(key), accommodation: campsite, rules, stays: [], forfaitUnits: units }).totals.forfaitCents;
        const months = Array.from({ length: 12 }, (_, i) => forfait(`2026-${String(i + 1).padStart(2, '0')}`));
        const quarters = [1, 2, 3, 4].map((q) => forfait(`2026-Q${q}`));
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        expect(quarters).toEqual([0, 1, 2, 3].map((q) => sum(months.slice(3 * q, 3 * q + 3))));
        expect(forfait('2026')).toBe(sum(months));
      }),
      { numRuns: 150 },
    );
  });

  it('charges a whole year or season exactly the rule’s amount (times the beds) when one rule holds all year', () => {
    fc.assert(
      fc.property(ruleArb, unitsArb, (r, units) => {
        const fixed = { ...r, validFrom: '2026-01-01' };
        const year = computeTax({ period: parsePeriod('2026'), accommodation: campsite, rules: [fixed], stays: [], forfaitUnits: units }).totals;
        for (const u of units) {
          const amount = u.kind === 'jaarplaats' ? fixed.forfaitYearCents : fixed.forfaitSeasonCents;
          const optedOut = u.actualNights && fixed.forfaitActualNightsAllowed;
          const want = amount === null || optedOut ? 0 : amount * (fixed.forfaitPerBed ? u.capacity : 1);
          expect(year.forfaits?.find((f) => f.unitId === u.unitId)?.amountCents ?? 0).toBe(want);
        }
      }),
      { numRuns: 200 },
    );
  });
});
