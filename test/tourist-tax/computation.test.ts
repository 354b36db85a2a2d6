// The tourist tax computation, proven: hand-computed examples of every rule in the header of
// compute-tax.ts, and properties against an independent brute-force reference that walks every
// night of every stay, finds that night's rule by a plain scan, and rounds once per stay in
// BigInt. Also the return periods (periods.ts): their days, deadlines and statuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccommodationType } from '../../src/shared/accommodation-types.ts';
import { addDays, dayFromNumber, dayNumber } from '../../src/shared/register/dates.ts';
import { STAY_PURPOSES, type StayPurpose } from '../../src/shared/schemas/register.ts';
import {
  RULE_EXEMPTIONS,
  TAX_EXEMPTIONS,
  type TaxExemption,
  type TaxLine,
  type TaxPeriodKind,
  type TaxRule,
  type TaxTotals,
} from '../../src/shared/schemas/tourist-tax.ts';
import {
  computeTax,
  divideRoundHalfUp,
  ruleOn,
  ruleSegments,
  type TaxAccommodation,
  type TaxAggregate,
  type TaxPeriodRange,
  type TaxStay,
} from '../../src/server/modules/tourist-tax/computation/compute-tax.ts';
import { NO_FORFAIT, NO_SOURCE, nextRuleId, taxRule as rule, taxStay as stay } from '../support/tax.ts';
import { deadlineOf, lastDayOf, parsePeriod, periodContaining, periodOfKind, periodsOfYear, statusOn } from '../../src/server/modules/tourist-tax/periods.ts';

// ---------------------------------------------------------------------------------------------
// Builders for hand-written cases (rule and stay: test/support/tax.ts).

const hotel: TaxAccommodation = { accommodationType: 'hotel', starRating: null };
const q = (key: string): TaxPeriodRange => parsePeriod(key);

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (item === undefined) throw new Error('no item');
  return item;
}

// ---------------------------------------------------------------------------------------------
// The reference: night by night, written without anything from compute-tax.ts.

function dayNo(day: string): number {
  const n = dayNumber(day);
  if (n === null) throw new Error(`not a day: ${day}`);
  return n;
}

/** a / b rounded half up, exactly. */
function halfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/**
 * The VAT in the price of a night, in basis points (Wet OB 1968 tabel I; Belastingplan 2025):
 * 6 % before 2019, 9 % from 2019, logies 21 % from 2026, a camping pitch stays at 9 %.
 */
function referenceVat(night: string, kind: TaxStay['vatKind']): bigint {
  if (night < '2019-01-01') return 600n;
  return kind === 'camping_pitch' || night < '2026-01-01' ? 900n : 2_100n;
}

/** A common multiple of every 10 000 + VAT rate: the base and percentage are exact in these units. */
const VAT_UNITS = 10_600n * 10_900n * 12_100n;

/** The rule of a night: the most specific level that has a version started by then, its latest version. */
function referenceRule(night: string, accommodation: TaxAccommodation, rules: readonly TaxRule[]): TaxRule | null {
  const levels: Array<(r: TaxRule) => boolean> = [
    (r) => r.accommodationType === accommodation.accommodationType && r.starRating !== null && r.starRating === accommodation.starRating,
    (r) => r.accommodationType === accommodation.accommodationType && r.starRating === null,
    (r) => r.accommodationType === null && r.starRating !== null && r.starRating === accommodation.starRating,
    (r) => r.accommodationType === null && r.starRating === null,
  ];
  for (const level of levels) {
    let latest: TaxRule | null = null;
    for (const r of rules) {
      if (level(r) && r.validFrom <= night && (latest === null || r.validFrom > latest.validFrom)) latest = r;
    }
    if (latest) return latest;
  }
  return null;
}

/** Person-nights charged per rate, night by night. */
type Charged = Map<number, number>;

function referenceLine(s: TaxStay, period: TaxPeriodRange, accommodation: TaxAccommodation, rules: readonly TaxRule[], charged: Charged): TaxLine | null {
  const arrival = dayNo(s.arrival);
  const stayNights = dayNo(s.departure) - arrival;
  const inPeriod: number[] = [];
  for (let n = arrival; n < dayNo(s.departure); n++) if (n >= dayNo(period.from) && n < dayNo(period.to)) inPeriod.push(n);
  const first = inPeriod[0];
  const last = inPeriod.at(-1);
  if (first === undefined || last === undefined) return null;
  const price = s.lodgingPriceCents === null ? null : BigInt(s.lodgingPriceCents);
  // The first k nights of the stay carry round(price × k / N); night k (0-based) the difference.
  const share = (k: number) => (price === null ? 0n : halfUp(price * BigInt(k), BigInt(stayNights)));
  const nightRevenue = (n: number) => share(n - arrival + 1) - share(n - arrival);
  const exempt: Record<TaxExemption, number> = { resident: 0, under_age: 0, international_worker: 0, care_stay: 0, coa: 0, youth_group: 0, forensen: 0 };
  let taxable = 0;
  let perPerson = 0;
  let percentageInVatUnits = 0n;
  let priceMissing = false;
  let personsWithoutAge = 0;
  // A night's price without its VAT, × VAT_UNITS.
  const nightBase = (n: number) => (nightRevenue(n) * 10_000n * VAT_UNITS) / (10_000n + referenceVat(dayFromNumber(n), s.vatKind));
  // The base of the first k nights of the stay, rounded once: cumulative like the price.
  const baseShare = (k: number) => {
    let exact = 0n;
    for (let n = arrival; n < arrival + k; n++) exact += nightBase(n);
    return halfUp(exact, VAT_UNITS);
  };
  const vatRates: number[] = [];
  for (const n of inPeriod) {
    const vat = Number(referenceVat(dayFromNumber(n), s.vatKind));
    if (vatRates.at(-1) !== vat) vatRates.push(vat);
  }
  // Residents by law, person by person, with or without a rule (decisions 0014, 0016).
  const residents = Math.min(s.persons, s.residents);
  const others = s.persons - residents;
  for (const n of inPeriod) {
    exempt.resident += residents;
    if (others === 0) continue;
    const r = referenceRule(dayFromNumber(n), accommodation, rules);
    if (!r) {
      taxable += others;
      continue;
    }
    if (s.purpose !== 'tourist' && r.exemptions.includes(s.purpose)) {
      exempt[s.purpose] += others;
      continue;
    }
    const children = r.exemptions.includes('under_age') ? r.exemptUnderAge : null;
    const young = children === null ? 0 : Math.min(others, s.under[children] ?? 0);
    exempt.under_age += young;
    taxable += others - young;
    const ownRate = s.purpose === 'tourist' ? undefined : r.purposeRates[s.purpose];
    const rate = ownRate ?? r.perPersonNightCents;
    if (children !== null && rate !== null) personsWithoutAge = Math.max(personsWithoutAge, others - (s.knownAges ?? others));
    const nightIndex = n - arrival;
    if (rate !== null && (r.nightCap === null || nightIndex < r.nightCap)) {
      perPerson += (others - young) * rate;
      if (others > young) charged.set(rate, (charged.get(rate) ?? 0) + others - young);
    }
    if (r.percentageBasisPoints !== null && ownRate === undefined) {
      if (price === null) priceMissing = true;
      else percentageInVatUnits += (nightBase(n) * BigInt(r.percentageBasisPoints)) / 10_000n;
    }
  }
  // The non-residents' share of the base (decision 0016), rounded once.
  const percentage = Number(halfUp(percentageInVatUnits * BigInt(others), VAT_UNITS * BigInt(s.persons)));
  return {
    stayId: s.stayId,
    stayNumber: s.stayNumber,
    from: dayFromNumber(first),
    to: dayFromNumber(last + 1),
    nights: inPeriod.length,
    persons: s.persons,
    personNights: s.persons * inPeriod.length,
    exempt,
    taxablePersonNights: taxable,
    revenueCents: price === null ? null : Number(inPeriod.reduce((sum, n) => sum + nightRevenue(n), 0n)),
    perPersonCents: perPerson,
    percentageCents: percentage,
    amountCents: perPerson + percentage,
    priceMissing,
    baseCents: price === null ? null : Number(baseShare(last + 1 - arrival) - baseShare(first - arrival)),
    vatBasisPoints: vatRates,
    personsWithoutAge,
    forfaitPersonNights: 0,
  };
}

interface Scenario {
  period: TaxPeriodRange;
  accommodation: TaxAccommodation;
  rules: TaxRule[];
  stays: TaxStay[];
}

function reference(sc: Scenario): { lines: TaxLine[]; totals: TaxTotals } {
  const charged: Charged = new Map();
  const lines = sc.stays.flatMap((s) => {
    const line = referenceLine(s, sc.period, sc.accommodation, sc.rules, charged);
    return line ? [line] : [];
  });
  const sum = (f: (l: TaxLine) => number) => lines.reduce((t, l) => t + f(l), 0);
  // Without forfait units there is no forfait (forfait.test.ts has those).
  const forfait = 0;
  return {
    lines,
    totals: {
      stays: lines.length,
      nights: sum((l) => l.nights),
      personNights: sum((l) => l.personNights),
      exempt: Object.fromEntries(TAX_EXEMPTIONS.map((reason) => [reason, sum((l) => l.exempt[reason])])) as Record<TaxExemption, number>,
      taxablePersonNights: sum((l) => l.taxablePersonNights),
      revenueCents: sum((l) => l.revenueCents ?? 0),
      baseCents: sum((l) => l.baseCents ?? 0),
      personsWithoutAge: sum((l) => l.personsWithoutAge ?? 0),
      perPersonCents: sum((l) => l.perPersonCents),
      perPersonRates: [...charged.keys()]
        .sort((a, b) => a - b)
        .map((rateCents) => ({ rateCents, personNights: charged.get(rateCents) ?? 0, amountCents: rateCents * (charged.get(rateCents) ?? 0) })),
      percentageCents: sum((l) => l.percentageCents),
      forfaitCents: forfait,
      forfaits: [],
      forfaitPersonNights: 0,
      computedCents: sum((l) => l.amountCents) + forfait,
      staysWithoutPrice: lines.filter((l) => l.priceMissing).length,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Generators: few types, stars and ages, so rules collide, versions replace each other and
// exemptions meet; rule changes and stays around and across the period's bounds.

const TYPES: AccommodationType[] = ['hotel', 'campsite'];
const AGES = [4, 12, 13, 18];
const PERIOD_KEYS = ['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2025-Q4', '2026-01', '2026-02', '2026-03', '2024-02', '2026-12'];

const accommodationArb: fc.Arbitrary<TaxAccommodation> = fc.record({
  accommodationType: fc.constantFrom<string>(...TYPES),
  starRating: fc.constantFrom<number | null>(null, 3, 4),
});

function ruleArb(period: TaxPeriodRange, length: number): fc.Arbitrary<TaxRule> {
  return fc
    .record({
      accommodationType: fc.constantFrom<AccommodationType | null>(null, ...TYPES),
      starRating: fc.constantFrom<number | null>(null, 3, 4),
      validFrom: fc.integer({ min: -90, max: length + 30 }).map((d) => addDays(period.from, d)),
      perPersonNightCents: fc.option(fc.integer({ min: 0, max: 600 }), { freq: 4 }),
      percentageBasisPoints: fc.option(fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 10_000 })), { freq: 2 }),
      nightCap: fc.option(fc.integer({ min: 1, max: 20 }), { freq: 2 }),
      exemptUnderAge: fc.option(fc.constantFrom(...AGES), { freq: 2 }),
      exemptions: fc.subarray([...RULE_EXEMPTIONS]),
      workerRate: fc.option(fc.integer({ min: 0, max: 400 }), { freq: 2 }),
      coaRate: fc.option(fc.integer({ min: 0, max: 400 }), { freq: 3 }),
    })
    .map((r) => {
      const { workerRate, coaRate, ...fields } = r;
      // A purpose taxed at its own rate is not exempt too (the schema refuses it).
      const purposeRates = { ...(workerRate === null ? {} : { international_worker: workerRate }), ...(coaRate === null ? {} : { coa: coaRate }) };
      const exemptions = fields.exemptions.filter((e) => !(e in purposeRates));
      return { id: nextRuleId(), ...fields, exemptions, purposeRates, ...NO_FORFAIT, ...NO_SOURCE };
    });
}

function stayArb(period: TaxPeriodRange, length: number): fc.Arbitrary<TaxStay> {
  return fc
    .record({
      arrivalOffset: fc.integer({ min: -70, max: length + 5 }),
      nights: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 120 })),
      ages: fc.array(fc.integer({ min: 0, max: 70 }), { maxLength: 5 }),
      extraPersons: fc.integer({ min: 0, max: 3 }),
      purpose: fc.constantFrom<StayPurpose>('tourist', 'tourist', 'tourist', ...STAY_PURPOSES),
      residents: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 3 })),
      lodgingPriceCents: fc.option(fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: 0, max: 100_000_000_00 })), { freq: 4 }),
      vatKind: fc.constantFrom<TaxStay['vatKind']>('lodging', 'lodging', 'camping_pitch', undefined),
    })
    .map((g) => {
      const arrival = addDays(period.from, g.arrivalOffset);
      const persons = Math.max(1, g.ages.length + g.extraPersons) + g.residents;
      const under: Record<number, number> = {};
      for (const age of AGES) under[age] = g.ages.filter((a) => a < age).length;
      // The ages are those the register knows of the non-residents; extra persons have none.
      return stay({
        arrival,
        departure: addDays(arrival, g.nights),
        persons,
        purpose: g.purpose,
        residents: g.residents,
        under,
        knownAges: g.ages.length,
        lodgingPriceCents: g.lodgingPriceCents,
        vatKind: g.vatKind,
      });
    });
}

const scenarioArb: fc.Arbitrary<Scenario> = fc.constantFrom(...PERIOD_KEYS).chain((key) => {
  const period = parsePeriod(key);
  const length = dayNo(period.to) - dayNo(period.from);
  return fc.record({
    period: fc.constant<TaxPeriodRange>({ from: period.from, to: period.to }),
    accommodation: accommodationArb,
    // Two versions of one rule never start on the same day (a unique index in the database).
    rules: fc.uniqueArray(ruleArb(period, length), { maxLength: 7, selector: (r) => `${r.accommodationType}|${r.starRating}|${r.validFrom}` }),
    stays: fc.array(stayArb(period, length), { maxLength: 8 }),
  });
});

// ---------------------------------------------------------------------------------------------

describe('the rule valid on a night', () => {
  const generic = rule({ validFrom: '2026-01-01', perPersonNightCents: 100 });
  const genericLater = rule({ validFrom: '2026-06-01', perPersonNightCents: 110 });
  const hotels = rule({ accommodationType: 'hotel', validFrom: '2026-03-01', perPersonNightCents: 200 });
  const hotels4 = rule({ accommodationType: 'hotel', starRating: 4, validFrom: '2026-04-01', perPersonNightCents: 400 });
  const fourStars = rule({ starRating: 4, validFrom: '2026-02-01', perPersonNightCents: 350 });
  const campsites = rule({ accommodationType: 'campsite', validFrom: '2025-01-01', perPersonNightCents: 50 });
  const rules = [hotels4, genericLater, campsites, hotels, fourStars, generic];
  const fourStarHotel: TaxAccommodation = { accommodationType: 'hotel', starRating: 4 };

  it('is none before the first version', () => {
    expect(ruleOn('2025-12-31', hotel, rules)).toBeNull();
    expect(ruleOn('2025-12-31', hotel, [])).toBeNull();
  });

  it('is the latest version of the same specificity that started on or before the night', () => {
    expect(ruleOn('2026-01-01', hotel, rules)).toBe(generic);
    expect(ruleOn('2026-02-28', hotel, rules)).toBe(generic);
    expect(ruleOn('2026-07-01', { accommodationType: 'bed_and_breakfast', starRating: null }, rules)).toBe(genericLater);
    expect(ruleOn('2026-05-31', { accommodationType: 'bed_and_breakfast', starRating: null }, rules)).toBe(generic);
  });

  it('prefers the type to every type, even an older version; type and stars to type; type to stars only', () => {
    expect(ruleOn('2026-03-01', hotel, rules)).toBe(hotels);
    // A newer generic version does not replace the hotel rule.
    expect(ruleOn('2026-07-01', hotel, rules)).toBe(hotels);
    expect(ruleOn('2026-07-01', { accommodationType: 'campsite', starRating: null }, rules)).toBe(campsites);
    expect(ruleOn('2026-02-15', fourStarHotel, rules)).toBe(fourStars);
    expect(ruleOn('2026-03-15', fourStarHotel, rules)).toBe(hotels);
    expect(ruleOn('2026-04-01', fourStarHotel, rules)).toBe(hotels4);
    expect(ruleOn('2026-04-01', { accommodationType: 'hotel', starRating: 3 }, rules)).toBe(hotels);
    expect(ruleOn('2026-04-01', { accommodationType: 'holiday_park', starRating: 4 }, rules)).toBe(fourStars);
  });

  it('cuts the period where a matching version starts, each piece with its rule', () => {
    expect(ruleSegments(q('2026-Q1'), hotel, rules)).toEqual([
      { from: '2026-01-01', to: '2026-03-01', rule: generic },
      { from: '2026-03-01', to: '2026-04-01', rule: hotels },
    ]);
    // Versions of other types and stars do not cut a hotel's period; a matching one that does not
    // win (the generic version of June) cuts it harmlessly.
    expect(ruleSegments(q('2026-Q2'), hotel, rules)).toEqual([
      { from: '2026-04-01', to: '2026-06-01', rule: hotels },
      { from: '2026-06-01', to: '2026-07-01', rule: hotels },
    ]);
    expect(ruleSegments(q('2026-Q3'), hotel, rules)).toEqual([{ from: '2026-07-01', to: '2026-10-01', rule: hotels }]);
    expect(ruleSegments(q('2025-Q4'), hotel, rules)).toEqual([{ from: '2025-10-01', to: '2026-01-01', rule: null }]);
  });

  it('agrees with a plain scan on every day, and the segments tile the period', () => {
    fc.assert(
      fc.property(scenarioArb, ({ period, accommodation, rules: generated }) => {
        const segments = ruleSegments(period, accommodation, generated);
        expect(segments[0]?.from).toBe(period.from);
        expect(segments.at(-1)?.to).toBe(period.to);
        for (const [i, segment] of segments.entries()) {
          expect(segment.from < segment.to).toBe(true);
          if (i > 0) expect(segment.from).toBe(segments[i - 1]?.to);
          for (let d = segment.from; d < segment.to; d = addDays(d, 1)) {
            expect(ruleOn(d, accommodation, generated)).toBe(referenceRule(d, accommodation, generated));
            expect(segment.rule).toBe(referenceRule(d, accommodation, generated));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('each night is taxed by the rule valid that night', () => {
  it('splits a stay over a rule change in the middle of it', () => {
    const rules = [
      rule({ validFrom: '2026-01-01', perPersonNightCents: 250 }),
      rule({ accommodationType: 'hotel', validFrom: '2026-02-01', perPersonNightCents: 300 }),
    ];
    const { lines, totals } = computeTax({
      period: q('2026-Q1'),
      accommodation: hotel,
      rules,
      stays: [stay({ arrival: '2026-01-30', departure: '2026-02-03', persons: 2 })],
    });
    expect(only(lines)).toMatchObject({ nights: 4, personNights: 8, taxablePersonNights: 8, perPersonCents: 2 * 2 * 250 + 2 * 2 * 300, amountCents: 2_200 });
    expect(totals.computedCents).toBe(2_200);
  });

  it('taxes nothing before the first rule, but counts the nights as taxable person-nights', () => {
    const rules = [rule({ validFrom: '2026-01-01', perPersonNightCents: 250 })];
    const s = stay({ arrival: '2025-12-30', departure: '2026-01-02', persons: 3 });
    expect(computeTax({ period: q('2025-Q4'), accommodation: hotel, rules, stays: [s] }).totals).toMatchObject({
      nights: 2,
      personNights: 6,
      taxablePersonNights: 6,
      computedCents: 0,
    });
    expect(computeTax({ period: q('2026-Q1'), accommodation: hotel, rules, stays: [s] }).totals).toMatchObject({
      nights: 1,
      personNights: 3,
      computedCents: 750,
    });
  });

  it('leaves out stays without a night in the period (departure day is not a night)', () => {
    const rules = [rule({ validFrom: '2026-01-01', perPersonNightCents: 250 })];
    const { lines } = computeTax({
      period: q('2026-Q2'),
      accommodation: hotel,
      rules,
      stays: [stay({ arrival: '2026-03-29', departure: '2026-04-01' }), stay({ arrival: '2026-07-01', departure: '2026-07-02' })],
    });
    expect(lines).toEqual([]);
  });
});

describe('exemptions', () => {
  it('exempts a resident’s whole stay, percentage included, under every rule: by law, not by a rule (Gemeentewet art. 224)', () => {
    const rules = [
      rule({ validFrom: '2026-01-01', perPersonNightCents: 250, percentageBasisPoints: 500 }),
      rule({ validFrom: '2026-01-03', perPersonNightCents: 250, percentageBasisPoints: 500 }),
    ];
    const { lines } = computeTax({
      period: q('2026-Q1'),
      accommodation: hotel,
      rules,
      stays: [stay({ arrival: '2026-01-01', departure: '2026-01-04', persons: 2, residents: 2, lodgingPriceCents: 36_300 })],
    });
    expect(only(lines)).toMatchObject({
      exempt: { resident: 6, under_age: 0, international_worker: 0 },
      taxablePersonNights: 0,
      perPersonCents: 0,
      percentageCents: 0,
      amountCents: 0,
    });
  });

  it('exempts international workers only where the rule says so', () => {
    const rules = [
      rule({ validFrom: '2026-01-01', perPersonNightCents: 100, exemptions: ['international_worker'] }),
      rule({ validFrom: '2026-03-30', perPersonNightCents: 200 }),
    ];
    const worker = stay({ arrival: '2026-03-28', departure: '2026-04-02', persons: 3, purpose: 'international_worker' });
    const tourist = stay({ arrival: '2026-03-28', departure: '2026-04-02', persons: 3 });
    const { lines } = computeTax({ period: q('2026-Q1'), accommodation: hotel, rules, stays: [worker, tourist] });
    expect(lines[0]).toMatchObject({ exempt: { resident: 0, under_age: 0, international_worker: 6 }, taxablePersonNights: 6, amountCents: 6 * 200 });
    expect(lines[1]).toMatchObject({ exempt: { resident: 0, under_age: 0, international_worker: 0 }, taxablePersonNights: 12, amountCents: 6 * 100 + 6 * 200 });
  });

  it('exempts persons under the age from the per-person part only: the percentage is on the whole price', () => {
    const rules = [rule({ validFrom: '2026-01-01', perPersonNightCents: 250, percentageBasisPoints: 1_000, exemptUnderAge: 13 })];
    // €544.50 with 21 % VAT is €450 without: 10 % of it is €45.
    const family = stay({ arrival: '2026-02-01', departure: '2026-02-04', persons: 4, under: { 13: 2, 18: 3 }, lodgingPriceCents: 54_450 });
    expect(only(computeTax({ period: q('2026-Q1'), accommodation: hotel, rules, stays: [family] }).lines)).toMatchObject({
      personNights: 12,
      exempt: { resident: 0, under_age: 6, international_worker: 0 },
      taxablePersonNights: 6,
      perPersonCents: 2 * 3 * 250,
      percentageCents: 4_500,
      amountCents: 1_500 + 4_500,
    });
  });

  it('counts the young against the age of the rule of each night, and never more than the persons', () => {
    const rules = [
      rule({ validFrom: '2026-01-01', perPersonNightCents: 100, exemptUnderAge: 13 }),
      rule({ validFrom: '2026-02-02', perPersonNightCents: 100, exemptUnderAge: 18 }),
    ];
    const line = only(
      computeTax({
        period: q('2026-Q1'),
        accommodation: hotel,
        rules,
        stays: [stay({ arrival: '2026-02-01', departure: '2026-02-03', persons: 3, under: { 13: 1, 18: 2 } })],
      }).lines,
    );
    expect(line).toMatchObject({ exempt: { resident: 0, under_age: 1 + 2, international_worker: 0 }, taxablePersonNights: 2 + 1, perPersonCents: 300 });
    const clamped = only(
      computeTax({
        period: q('2026-Q1'),
        accommodation: hotel,
        rules,
        stays: [stay({ arrival: '2026-01-10', departure: '2026-01-12', persons: 2, under: { 13: 5 } })],
      }).lines,
    );
    expect(clamped).toMatchObject({ exempt: { resident: 0, under_age: 4, international_worker: 0 }, taxablePersonNights: 0, perPersonCents: 0 });
  });
});

describe('the night cap', () => {
  const rules = [rule({ validFrom: '2026-01-01', perPersonNightCents: 100, nightCap: 7 })];

  it('charges the per-person amount for the first nights of a stay only', () => {
    const line = only(
      computeTax({ period: q('2026-Q1'), accommodation: hotel, rules, stays: [stay({ arrival: '2026-01-05', departure: '2026-01-15', persons: 2 })] }).lines,
    );
    // Nights beyond the cap are still taxable person-nights; they carry no amount.
    expect(line).toMatchObject({ nights: 10, taxablePersonNights: 20, perPersonCents: 2 * 7 * 100 });
  });

  it('counts from the stay’s arrival, also when the stay started in an earlier period', () => {
    const s = stay({ arrival: '2026-03-28', departure: '2026-04-07' });
    // Q1: nights 1–4 (28–31 March); Q2: nights 5–10, of which 5–7 within the cap.
    expect(only(computeTax({ period: q('2026-Q1'), accommodation: hotel, rules, stays: [s] }).lines).perPersonCents).toBe(400);
    expect(only(computeTax({ period: q('2026-Q2'), accommodation: hotel, rules, stays: [s] }).lines)).toMatchObject({
      nights: 6,
      taxablePersonNights: 6,
      perPersonCents: 300,
    });
    const late = stay({ arrival: '2026-03-20', departure: '2026-04-07' });
    expect(only(computeTax({ period: q('2026-Q2'), accommodation: hotel, rules, stays: [late] }).lines).perPersonCents).toBe(0);
  });

  it('is the cap of the rule of each night', () => {
    const versions = [
      rule({ validFrom: '2026-01-01', perPersonNightCents: 100, nightCap: 2 }),
      rule({ validFrom: '2026-01-04', perPersonNightCents: 200, nightCap: 5 }),
    ];
    // Nights 1–3 under the first version (cap 2: nights 1 and 2), nights 4–8 under the second (cap 5: nights 4 and 5).
    const line = only(
      computeTax({ period: q('2026-Q1'), accommodation: hotel, rules: versions, stays: [stay({ arrival: '2026-01-01', departure: '2026-01-09' })] }).lines,
    );
    expect(line.perPersonCents).toBe(2 * 100 + 2 * 200);
  });
});

describe('the percentage and the lodging revenue', () => {
  const pct = (bp: number, validFrom = '2026-01-01') => rule({ validFrom, percentageBasisPoints: bp });
  const one = (price: number, bp: number) =>
    only(
      computeTax({
        period: q('2026-Q1'),
        accommodation: hotel,
        rules: [pct(bp)],
        stays: [stay({ arrival: '2026-01-10', departure: '2026-01-11', lodgingPriceCents: price })],
      }).lines,
    );

  // Nights in 2026: the price holds 21 % VAT, the base is price / 1.21 (decision 0010).
  it('rounds half up to the cent', () => {
    expect(one(12_221, 500).percentageCents).toBe(505); // 5 % of 10 100 = 505
    expect(one(6_050, 1).percentageCents).toBe(1); // 0.01 % of 5 000 = 0.5
    expect(one(6_049, 1).percentageCents).toBe(0); // 0.4999
    expect(one(18_149, 1).percentageCents).toBe(1); // 1.4999
    expect(one(18_150, 1).percentageCents).toBe(2); // 1.5
    expect(one(100_000_000_00, 10_000).percentageCents).toBe(8_264_462_810); // 100 % of 8 264 462 809.92
    expect(one(0, 1_250).percentageCents).toBe(0);
  });

  it('rounds once per stay, over the rule changes inside it', () => {
    // €72.60 (€60 without 21 % VAT) over two nights, each night under another version of 0.01 %:
    // 0.3 + 0.3 = 0.6 cent → 1 cent.
    const rules = [pct(1), rule({ validFrom: '2026-01-11', percentageBasisPoints: 1, perPersonNightCents: 0 })];
    const line = only(
      computeTax({
        period: q('2026-Q1'),
        accommodation: hotel,
        rules,
        stays: [stay({ arrival: '2026-01-10', departure: '2026-01-12', lodgingPriceCents: 7_260 })],
      }).lines,
    );
    expect(line.percentageCents).toBe(1);
    // 12 105 cents over 2 nights: the first carries round(6 052.5) = 6 053, the second 6 052.
    const rules2 = [pct(1_000), rule({ validFrom: '2026-01-11', percentageBasisPoints: 2_000 })];
    const line2 = only(
      computeTax({
        period: q('2026-Q1'),
        accommodation: hotel,
        rules: rules2,
        stays: [stay({ arrival: '2026-01-10', departure: '2026-01-12', lodgingPriceCents: 12_105 })],
      }).lines,
    );
    // 10 % of 6 053 / 1.21 and 20 % of 6 052 / 1.21: 500.25 + 1 000.33 = 1 500.58 → 1 501
    // (per night it would be 500 + 1 000).
    expect(line2.percentageCents).toBe(1_501);
  });

  it('spreads the price over the nights by cumulative rounding, so the periods add up to the price', () => {
    // 100 cents over 3 nights: round(33.3) = 33, round(66.7) = 67, 100 → 33, 34, 33.
    const s = stay({ arrival: '2026-03-30', departure: '2026-04-02', lodgingPriceCents: 100 });
    const rules = [pct(1_000)];
    expect(only(computeTax({ period: q('2026-Q1'), accommodation: hotel, rules, stays: [s] }).lines).revenueCents).toBe(67);
    expect(only(computeTax({ period: q('2026-Q2'), accommodation: hotel, rules, stays: [s] }).lines).revenueCents).toBe(33);
    // 5 cents over 2 nights: round(2.5) = 3 for the first night.
    const odd = stay({ arrival: '2026-03-31', departure: '2026-04-02', lodgingPriceCents: 5 });
    expect(only(computeTax({ period: q('2026-Q1'), accommodation: hotel, rules, stays: [odd] }).lines).revenueCents).toBe(3);
    expect(only(computeTax({ period: q('2026-Q2'), accommodation: hotel, rules, stays: [odd] }).lines).revenueCents).toBe(2);
  });

  it('marks a stay without a price where a percentage applies, and not elsewhere', () => {
    const rules = [
      rule({ validFrom: '2026-01-01', perPersonNightCents: 100 }),
      rule({ validFrom: '2026-03-01', perPersonNightCents: 100, percentageBasisPoints: 500 }),
    ];
    const { lines, totals } = computeTax({
      period: q('2026-Q1'),
      accommodation: hotel,
      rules,
      stays: [stay({ arrival: '2026-01-10', departure: '2026-01-12' }), stay({ arrival: '2026-02-28', departure: '2026-03-02' })],
    });
    expect(lines.map((l) => [l.priceMissing, l.revenueCents, l.amountCents])).toEqual([
      [false, null, 200],
      [true, null, 200],
    ]);
    expect(totals.staysWithoutPrice).toBe(1);
  });
});

describe('the computation agrees with the night-by-night reference', () => {
  it('for random rules, versions, exemptions and stays across the period bounds', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const got = computeTax(sc);
        const want = reference(sc);
        expect(got.lines).toEqual(want.lines);
        expect(got.totals).toEqual(want.totals);
      }),
      { numRuns: 600 },
    );
  });

  it('adds up: the lines to the totals, the exemptions and taxable to the person-nights', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { lines, totals } = computeTax(sc);
        const sum = (f: (l: TaxLine) => number) => lines.reduce((t, l) => t + f(l), 0);
        expect(sum((l) => l.amountCents) + totals.forfaitCents).toBe(totals.computedCents);
        expect(totals.perPersonCents + totals.percentageCents + totals.forfaitCents).toBe(totals.computedCents);
        expect((totals.perPersonRates ?? []).reduce((t, r) => t + r.amountCents, 0)).toBe(totals.perPersonCents);
        expect(totals.stays).toBe(lines.length);
        expect(totals.nights).toBe(sum((l) => l.nights));
        expect(totals.personNights).toBe(sum((l) => l.personNights));
        expect(totals.taxablePersonNights).toBe(sum((l) => l.taxablePersonNights));
        expect(totals.revenueCents).toBe(sum((l) => l.revenueCents ?? 0));
        expect(totals.perPersonCents).toBe(sum((l) => l.perPersonCents));
        expect(totals.percentageCents).toBe(sum((l) => l.percentageCents));
        for (const reason of TAX_EXEMPTIONS) expect(totals.exempt[reason]).toBe(sum((l) => l.exempt[reason]));
        expect(totals.staysWithoutPrice).toBe(lines.filter((l) => l.priceMissing).length);
        for (const l of lines) {
          // Every person-night once: exempt for one reason, under a forfait, or taxed (decision 0014).
          expect(l.personNights).toBe(TAX_EXEMPTIONS.reduce((t, reason) => t + l.exempt[reason], 0) + (l.forfaitPersonNights ?? 0) + l.taxablePersonNights);
          expect(l.personNights).toBe(l.persons * l.nights);
          expect(l.nights).toBe(dayNo(l.to) - dayNo(l.from));
          expect(l.amountCents).toBe(l.perPersonCents + l.percentageCents);
          for (const v of [l.perPersonCents, l.percentageCents, l.taxablePersonNights, l.revenueCents ?? 0]) {
            expect(Number.isInteger(v) && v >= 0).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a stay split over consecutive periods', () => {
  // Every stay of the generator lies within these years, so the periods of them cover it whole.
  const years = [2025, 2026, 2027];
  const whole: TaxPeriodRange = { from: '2025-01-01', to: '2028-01-01' };
  const splitArb = fc.record({
    arrival: fc.integer({ min: 0, max: 700 }).map((d) => addDays('2025-03-01', d)),
    nights: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3 * 366 })),
    persons: fc.integer({ min: 1, max: 8 }),
    young: fc.integer({ min: 0, max: 8 }),
    price: fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 100_000_000_00 })),
    kind: fc.constantFrom<TaxPeriodKind>('month', 'quarter', 'year'),
    rules: fc.uniqueArray(ruleArb(whole, 1_000), { maxLength: 5, selector: (r) => `${r.accommodationType}|${r.starRating}|${r.validFrom}` }),
  });

  it('gives per-period revenues that add up to the price, and nights, person-nights and per-person amounts that add up to the whole', () => {
    fc.assert(
      fc.property(splitArb, accommodationArb, (g, accommodation) => {
        const nights = Math.min(g.nights, dayNo(whole.to) - dayNo(g.arrival));
        const s = stay({
          arrival: g.arrival,
          departure: addDays(g.arrival, nights),
          persons: g.persons,
          under: { 4: g.young, 12: g.young, 13: g.young, 18: g.young },
          lodgingPriceCents: g.price,
        });
        const parts = years.flatMap((y) => periodsOfYear(y, g.kind)).map((p) => computeTax({ period: p, accommodation, rules: g.rules, stays: [s] }).lines);
        const all = only(computeTax({ period: whole, accommodation, rules: g.rules, stays: [s] }).lines);
        const lines = parts.flat();
        const sum = (f: (l: TaxLine) => number) => lines.reduce((t, l) => t + f(l), 0);
        expect(sum((l) => l.revenueCents ?? 0)).toBe(g.price);
        expect(all.revenueCents).toBe(g.price);
        expect(sum((l) => l.nights)).toBe(nights);
        expect(sum((l) => l.personNights)).toBe(nights * g.persons);
        expect(sum((l) => l.taxablePersonNights)).toBe(all.taxablePersonNights);
        expect(sum((l) => l.perPersonCents)).toBe(all.perPersonCents);
        for (const reason of ['resident', 'under_age', 'international_worker'] as const) expect(sum((l) => l.exempt[reason])).toBe(all.exempt[reason]);
        // The percentage is rounded per period: the parts differ from the whole by at most half a cent each.
        expect(Math.abs(sum((l) => l.percentageCents) - all.percentageCents)).toBeLessThanOrEqual(Math.floor((lines.length + 1) / 2));
        // Consecutive parts touch: one ends where the next begins.
        for (let i = 1; i < lines.length; i++) expect(lines[i]?.from).toBe(lines[i - 1]?.to);
      }),
      { numRuns: 200 },
    );
  });

  it('for a year of months and of quarters alike', () => {
    const s = stay({ arrival: '2026-01-15', departure: '2026-12-20', persons: 2, lodgingPriceCents: 1_234_567 });
    const rules = [rule({ validFrom: '2026-01-01', percentageBasisPoints: 700 })];
    for (const kind of ['month', 'quarter'] as const) {
      const revenues = periodsOfYear(2026, kind).map((p) => computeTax({ period: p, accommodation: hotel, rules, stays: [s] }).totals.revenueCents);
      expect(revenues.reduce((a, b) => a + b, 0)).toBe(1_234_567);
    }
  });
});

describe('the municipality’s summed person-nights', () => {
  // What aggregatesForTax sums in SQL, grouped the same way (segment, purpose, residence; within and beyond the cap).
  function aggregated(sc: Scenario): TaxAggregate[] {
    const groups = new Map<string, TaxAggregate[]>();
    for (const segment of ruleSegments(sc.period, sc.accommodation, sc.rules)) {
      const age = segment.rule?.exemptUnderAge ?? 0;
      for (const s of sc.stays) {
        const lo = Math.max(dayNo(s.arrival), dayNo(segment.from));
        const hi = Math.min(dayNo(s.departure), dayNo(segment.to));
        if (lo >= hi) continue;
        const cap = segment.rule?.nightCap ? dayNo(s.arrival) + segment.rule.nightCap : dayNo(s.departure);
        const nIn = Math.max(0, Math.min(hi, cap) - lo);
        const nOut = Math.max(0, hi - Math.max(lo, cap));
        const young = age === 0 ? 0 : Math.min(s.persons - s.residents, s.under[age] ?? 0);
        const key = `${segment.from}|${s.purpose}`;
        const empty = (cap: TaxAggregate['cap']): TaxAggregate => ({
          kind: 'aggregate',
          day: segment.from,
          nights: 0,
          personNights: 0,
          cap,
          under: { [age]: 0 },
          purpose: s.purpose,
          residents: 0,
        });
        const [within, beyond] = groups.get(key) ?? [empty('within'), empty('beyond')];
        if (!within || !beyond) throw new Error('no group');
        within.nights += nIn + nOut;
        within.personNights += s.persons * nIn;
        beyond.personNights += s.persons * nOut;
        within.residents += s.residents * nIn;
        beyond.residents += s.residents * nOut;
        within.under[age] = (within.under[age] ?? 0) + young * nIn;
        beyond.under[age] = (beyond.under[age] ?? 0) + young * nOut;
        groups.set(key, [within, beyond]);
      }
    }
    return [...groups.values()].flat();
  }

  it('are taxed by the rule of their segment: within the cap or without one, young ones clamped to the person-nights', () => {
    const rules = [
      rule({ validFrom: '2026-01-01', perPersonNightCents: 100, nightCap: 3, exemptUnderAge: 12 }),
      rule({ validFrom: '2026-02-01', perPersonNightCents: 200, exemptUnderAge: 12, exemptions: ['under_age', 'international_worker'] }),
    ];
    const sums = (fields: Partial<TaxAggregate> & { day: string }): TaxAggregate => ({
      kind: 'aggregate',
      nights: 1,
      personNights: 10,
      cap: 'within',
      purpose: 'tourist',
      residents: 0,
      under: {},
      ...fields,
    });
    const lines = computeTax({
      period: q('2026-Q1'),
      accommodation: hotel,
      rules,
      stays: [
        sums({ day: '2026-01-01', under: { 12: 4 } }),
        sums({ day: '2026-01-01', cap: 'beyond', nights: 0 }),
        // No cap in February: nights beyond a cap cannot exist, and would be charged if they did.
        sums({ day: '2026-02-01', cap: 'beyond' }),
        sums({ day: '2026-02-01', under: { 12: 99 } }),
        sums({ day: '2026-02-01', purpose: 'international_worker' }),
        sums({ day: '2026-02-01', residents: 10 }),
        // Residents among the person-nights: the others are taxed, their children exempt.
        sums({ day: '2026-02-01', residents: 4, under: { 12: 2 } }),
      ],
    }).lines;
    expect(lines.map((l) => [l.taxablePersonNights, l.exempt.under_age, l.exempt.international_worker, l.exempt.resident, l.amountCents])).toEqual([
      [6, 4, 0, 0, 600],
      [10, 0, 0, 0, 0],
      [10, 0, 0, 0, 2_000],
      [0, 10, 0, 0, 0],
      [0, 0, 10, 0, 0],
      [0, 0, 0, 10, 0],
      [4, 2, 0, 4, 800],
    ]);
    expect(lines.every((l) => l.stayId === null && l.revenueCents === null)).toBe(true);
  });

  it('give the same tax as the stays, where no rule has a percentage', () => {
    fc.assert(
      fc.property(scenarioArb, (generated) => {
        const sc = { ...generated, rules: generated.rules.map((r) => ({ ...r, percentageBasisPoints: null })) };
        const fromStays = computeTax(sc).totals;
        const fromSums = computeTax({ ...sc, stays: aggregated(sc) }).totals;
        // Sums carry no stay's price split by VAT nor its known ages: the base and the persons
        // without an age are the owner's return's detail, not part of the amount.
        const detail = {
          stays: fromStays.stays,
          revenueCents: fromStays.revenueCents,
          baseCents: fromStays.baseCents,
          personsWithoutAge: fromStays.personsWithoutAge,
        };
        expect({ ...fromSums, ...detail }).toEqual(fromStays);
      }),
      { numRuns: 300 },
    );
  });
});

describe('divideRoundHalfUp', () => {
  const exact = (a: number, b: number) => Number(halfUp(BigInt(a), BigInt(b)));

  it('rounds halves up and the rest to the nearest', () => {
    expect(divideRoundHalfUp(5, 2)).toBe(3);
    expect(divideRoundHalfUp(7, 2)).toBe(4);
    expect(divideRoundHalfUp(4_999, 10_000)).toBe(0);
    expect(divideRoundHalfUp(5_000, 10_000)).toBe(1);
    expect(divideRoundHalfUp(0, 7)).toBe(0);
    expect(divideRoundHalfUp(200, 3)).toBe(67);
    expect(divideRoundHalfUp(100, 3)).toBe(33);
  });

  it('equals the exact BigInt result for large values', () => {
    const big = fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }), fc.maxSafeNat());
    fc.assert(
      fc.property(big, fc.oneof(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })), (a, b) => {
        expect(divideRoundHalfUp(a, b)).toBe(exact(a, b));
      }),
      { numRuns: 5_000 },
    );
  });

  it('equals the exact result at the amounts the computation makes (price × nights, revenue × basis points)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_00 }),
        fc.integer({ min: 1, max: 3 * 366 }),
        fc.integer({ min: 0, max: 10_000 }),
        (price, nights, bp) => {
          expect(divideRoundHalfUp(price * nights, 3 * 366)).toBe(exact(price * nights, 3 * 366));
          expect(divideRoundHalfUp(price * bp, 10_000)).toBe(exact(price * bp, 10_000));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('return periods', () => {
  it('parses years, quarters and months into [from, to)', () => {
    expect(parsePeriod('2026-Q4')).toEqual({ key: '2026-Q4', kind: 'quarter', from: '2026-10-01', to: '2027-01-01' });
    expect(parsePeriod('2026-Q1')).toEqual({ key: '2026-Q1', kind: 'quarter', from: '2026-01-01', to: '2026-04-01' });
    expect(parsePeriod('2026')).toEqual({ key: '2026', kind: 'year', from: '2026-01-01', to: '2027-01-01' });
    expect(parsePeriod('2026-12')).toEqual({ key: '2026-12', kind: 'month', from: '2026-12-01', to: '2027-01-01' });
    expect(parsePeriod('2024-02')).toEqual({ key: '2024-02', kind: 'month', from: '2024-02-01', to: '2024-03-01' });
    expect(lastDayOf(parsePeriod('2024-02'))).toBe('2024-02-29');
    expect(lastDayOf(parsePeriod('2026-02'))).toBe('2026-02-28');
    expect(lastDayOf(parsePeriod('2026-Q4'))).toBe('2026-12-31');
  });

  it('has the deadline the given number of days after the period', () => {
    expect(deadlineOf(parsePeriod('2026-Q4'), 30)).toBe('2027-01-30');
    expect(deadlineOf(parsePeriod('2026-Q1'), 30)).toBe('2026-04-30');
    expect(deadlineOf(parsePeriod('2026-Q1'), 1)).toBe('2026-04-01');
    // Over a leap day and over a common February.
    expect(deadlineOf(parsePeriod('2024-01'), 30)).toBe('2024-03-01');
    expect(deadlineOf(parsePeriod('2025-01'), 30)).toBe('2025-03-02');
    expect(deadlineOf(parsePeriod('2023'), 366)).toBe('2024-12-31');
  });

  it('finds the period that contains a day, for every day of leap and common years', () => {
    expect(periodContaining('2024-02-29', 'month').key).toBe('2024-02');
    expect(periodContaining('2024-02-29', 'quarter').key).toBe('2024-Q1');
    expect(periodContaining('2024-12-31', 'quarter').key).toBe('2024-Q4');
    expect(periodContaining('2024-10-01', 'quarter').key).toBe('2024-Q4');
    expect(periodContaining('2024-09-30', 'quarter').key).toBe('2024-Q3');
    expect(periodContaining('2024-02-29', 'year').key).toBe('2024');
    fc.assert(
      fc.property(fc.integer({ min: dayNo('1999-12-01'), max: dayNo('2101-01-31') }), fc.constantFrom<TaxPeriodKind>('month', 'quarter', 'year'), (n, kind) => {
        const day = dayFromNumber(n);
        const period = periodContaining(day, kind);
        expect(period.from <= day && day < period.to).toBe(true);
        expect(parsePeriod(period.key)).toEqual(period);
        expect(periodOfKind(period.key, kind)).toEqual(period);
        expect(periodsOfYear(Number(day.slice(0, 4)), kind)).toContainEqual(period);
      }),
      { numRuns: 1_000 },
    );
  });

  it('cuts a year into consecutive months and quarters', () => {
    for (const [year, days] of [
      [2024, 366],
      [2026, 365],
      [2100, 365],
      [2000, 366],
    ] as const) {
      for (const [kind, count] of [
        ['month', 12],
        ['quarter', 4],
        ['year', 1],
      ] as const) {
        const periods = periodsOfYear(year, kind);
        expect(periods).toHaveLength(count);
        expect(periods[0]?.from).toBe(`${year}-01-01`);
        expect(periods.at(-1)?.to).toBe(`${year + 1}-01-01`);
        for (let i = 1; i < periods.length; i++) expect(periods[i]?.from).toBe(periods[i - 1]?.to);
        expect(periods.reduce((t, p) => t + dayNo(p.to) - dayNo(p.from), 0)).toBe(days);
      }
    }
  });

  it('refuses a period of another kind', () => {
    expect(() => periodOfKind('2026-03', 'quarter')).toThrow();
    expect(() => periodOfKind('2026-Q1', 'year')).toThrow();
    expect(periodOfKind('2026-Q1', 'quarter').to).toBe('2026-04-01');
  });

  it('stands open until the period ends, then due until the deadline, then overdue; submitted is submitted', () => {
    const period = parsePeriod('2026-Q4');
    const deadline = deadlineOf(period, 30);
    expect(statusOn('2026-12-31', period, deadline, false)).toBe('open');
    expect(statusOn('2026-10-01', period, deadline, false)).toBe('open');
    expect(statusOn('2027-01-01', period, deadline, false)).toBe('due');
    expect(statusOn('2027-01-30', period, deadline, false)).toBe('due');
    expect(statusOn('2027-01-31', period, deadline, false)).toBe('overdue');
    expect(statusOn('2026-11-01', period, deadline, true)).toBe('submitted');
    expect(statusOn('2027-02-15', period, deadline, true)).toBe('submitted');
  });
});
