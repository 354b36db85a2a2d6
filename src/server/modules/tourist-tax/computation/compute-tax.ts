// The tourist tax of one accommodation over one period, from its stays and the municipality's
// rules: a pure function, no I/O, used for the owner's return and for the municipality's totals.
//
// The rules of computation (docs/decisions/0005-tourist-tax.md):
// - A night is taxed by the rule valid on that night: among the versions that match the
//   accommodation (same type or every type, same stars or every rating), the most specific
//   (type and stars, then type, then stars, then every type), and of those the latest that
//   started on or before the night.
// - Every person-night is counted once (decision 0014): on a forfait unit, or exempt for one
//   reason, or taxed. A resident's is exempt by law (Gemeentewet art. 224), with or without a rule,
//   person by person (decision 0016: the stay's residents, the others are not); then of the
//   others, a stay of a purpose the rule exempts (international worker, zorgverblijf, COA, youth
//   group, forens); then persons younger than the rule's age at arrival, from the per-person
//   amount only (the percentage applies to the lodging price of all non-residents).
// - A stay with residents pays the percentage on the non-residents' share of its price:
//   (persons − residents) / persons of the base.
// - A rule's rate for a purpose (purposeRates) replaces both the per-person amount and the
//   percentage for stays of that purpose, under the same night cap.
// - The per-person amount is due for the first `nightCap` nights of a stay (all when unset).
// - The lodging price is spread over the stay's nights by cumulative rounding: the first k
//   nights carry round(price × k / N), so the parts of a stay in several periods add up to its price.
// - The percentage is applied per stay to its revenue in the period without the VAT of each
//   night (the base, decision 0010: logies 9 % until 2025, 21 % from 2026; a camping pitch 9 %),
//   summed exactly over rule and VAT changes, and rounded half up to the cent once per stay. The
//   base shown is cumulatively rounded like the price, so a stay's parts in several periods add up.
// - Persons without a known age get no children's exemption; the line counts them.
// - A forfait is charged per unit marked jaarplaats or seizoensplaats, spread over the months of
//   the year or season (forfait.ts, decision 0013); a stay's nights on such a unit within its
//   forfait time are forfait nights: neither the per-person amount nor the percentage applies.
// Every amount is in integer cents and the total is the sum of the lines plus the forfait.
import { addDays, dayNumber } from '../../../../shared/register/dates.ts';
import type { StayPurpose } from '../../../../shared/schemas/register.ts';
import { chosenExemptions, type TaxExemption, type TaxLine, type TaxRateLine, type TaxRule, type TaxTotals } from '../../../../shared/schemas/tourist-tax.ts';
import { coveredRanges, forfaitLines, withForfaitTime, type TaxForfaitUnit } from './forfait.ts';
import { VAT_DENOMINATOR, vatPieces, vatWeight, type VatKind } from './vat.ts';

/** [from, to): the first day of the period and the day after its last. */
export interface TaxPeriodRange {
  from: string;
  to: string;
}

export interface TaxAccommodation {
  accommodationType: string;
  starRating: number | null;
}

interface TaxFacts {
  purpose: StayPurpose;
  /** Of the persons (a stay) or person-nights (an aggregate), those who live in the municipality. */
  residents: number;
  /** Non-residents younger than each age a rule names, e.g. { 13: 2 }. */
  under: Record<number, number>;
}

/** One registered stay. */
export interface TaxStay extends TaxFacts {
  kind: 'stay';
  stayId: string;
  stayNumber: number;
  arrival: string;
  departure: string;
  persons: number;
  lodgingPriceCents: number | null;
  /** The unit of "Kamers en plaatsen" the stay is on, for its forfait (decision 0013). */
  unitId?: string | null;
  /** What the price pays for, for its VAT: a bare camping pitch or other lodging (the default). */
  vatKind?: VatKind;
  /** Non-resident guests whose age at arrival is known (their ages are in `under`); all when unset. */
  knownAges?: number;
}

/**
 * Person-nights of many stays that all fall under one rule (inside one segment of
 * `ruleSegments`), summed by the database: the municipality's totals without every stay.
 */
export interface TaxAggregate extends TaxFacts {
  kind: 'aggregate';
  /** A day inside the segment the nights belong to. */
  day: string;
  nights: number;
  personNights: number;
  /** The part of the stays' lodging prices on these nights (by the cumulative rounding above). */
  revenueCents?: number;
  /** Whether these nights lie within the rule's night cap or beyond it. */
  cap: 'within' | 'beyond';
}

export type TaxInput = TaxStay | TaxAggregate;

export interface TaxComputation {
  lines: TaxLine[];
  totals: TaxTotals;
}

export interface RuleSegment {
  from: string;
  to: string;
  rule: TaxRule | null;
  /** Nights of a forfait unit within its forfait time (set per stay by withForfaitTime). */
  forfait?: boolean;
}

const NO_EXEMPTIONS: Record<TaxExemption, number> = { resident: 0, under_age: 0, international_worker: 0, care_stay: 0, coa: 0, youth_group: 0, forensen: 0 };

/** a / b rounded half up, for a ≥ 0 and b > 0, in BigInt. */
function bigRoundHalfUp(a: bigint, b: bigint): number {
  return Number((2n * a + b) / (2n * b));
}

/** a / b rounded half up, for a ≥ 0 and b > 0 (exact in integers up to 2^53). */
export function divideRoundHalfUp(a: number, b: number): number {
  const q = Math.floor(a / b);
  return (a - q * b) * 2 >= b ? q + 1 : q;
}

function specificity(rule: TaxRule): number {
  return (rule.accommodationType !== null ? 2 : 0) + (rule.starRating !== null ? 1 : 0);
}

function matches(rule: TaxRule, accommodation: TaxAccommodation): boolean {
  return (
    (rule.accommodationType === null || rule.accommodationType === accommodation.accommodationType) &&
    (rule.starRating === null || rule.starRating === accommodation.starRating)
  );
}

/** The rule valid on a day for the accommodation, or null. */
export function ruleOn(day: string, accommodation: TaxAccommodation, rules: readonly TaxRule[]): TaxRule | null {
  let best: TaxRule | null = null;
  for (const rule of rules) {
    if (!matches(rule, accommodation) || rule.validFrom > day) continue;
    if (!best || specificity(rule) > specificity(best) || (specificity(rule) === specificity(best) && rule.validFrom > best.validFrom)) best = rule;
  }
  return best;
}

/** The period cut where a matching rule starts, each piece with the rule valid throughout it. */
export function ruleSegments(period: TaxPeriodRange, accommodation: TaxAccommodation, rules: readonly TaxRule[]): RuleSegment[] {
  const starts = new Set([period.from]);
  for (const rule of rules) {
    if (matches(rule, accommodation) && rule.validFrom > period.from && rule.validFrom < period.to) starts.add(rule.validFrom);
  }
  const sorted = [...starts].sort();
  return sorted.map((from, i) => ({ from, to: sorted[i + 1] ?? period.to, rule: ruleOn(from, accommodation, rules) }));
}

/** How the persons of one night divide: each exempt for one reason, or taxed at one rate. */
export interface NightClasses {
  exempt: Partial<Record<TaxExemption, number>>;
  taxed: number;
  /** Cents per taxed person-night: the purpose's own rate, else the rule's; null for none. */
  rateCents: number | null;
  /** Whether the rule's percentage applies to the stay's price (not under a purpose's rate). */
  percentage: boolean;
}

/** The rule's exemption for the stay's purpose, if it chose one. */
function purposeExemption(rule: TaxRule, purpose: StayPurpose): TaxExemption | null {
  if (purpose === 'tourist') return null;
  return chosenExemptions(rule).includes(purpose) ? purpose : null;
}

/** Whether the rule exempts persons under its age (chosen, and an age set). */
function childrenExempt(rule: TaxRule): boolean {
  return rule.exemptUnderAge !== null && chosenExemptions(rule).includes('under_age');
}

/**
 * The persons of one night of a stay (or of `persons` person-nights of an aggregate) by reason,
 * in the order of decisions 0014 and 0016: the residents; of the others, the purpose the rule
 * exempts, the children by age.
 */
export function classifyNight(rule: TaxRule | null, facts: TaxFacts, persons: number): NightClasses {
  const residents = Math.min(persons, facts.residents);
  const others = persons - residents;
  const exempt: NightClasses['exempt'] = residents > 0 ? { resident: residents } : {};
  if (others === 0) return { exempt, taxed: 0, rateCents: null, percentage: false };
  if (!rule) return { exempt, taxed: others, rateCents: null, percentage: false };
  const byPurpose = purposeExemption(rule, facts.purpose);
  if (byPurpose) return { exempt: { ...exempt, [byPurpose]: others }, taxed: 0, rateCents: null, percentage: false };
  const young = childrenExempt(rule) && rule.exemptUnderAge !== null ? Math.min(others, facts.under[rule.exemptUnderAge] ?? 0) : 0;
  if (young > 0) exempt.under_age = young;
  const purposeRate = facts.purpose === 'tourist' ? undefined : rule.purposeRates?.[facts.purpose];
  return {
    exempt,
    taxed: others - young,
    rateCents: purposeRate ?? rule.perPersonNightCents,
    percentage: purposeRate === undefined && rule.percentageBasisPoints !== null,
  };
}

function addExempt(line: TaxLine, exempt: NightClasses['exempt'], times: number): void {
  for (const [reason, persons] of Object.entries(exempt) as [TaxExemption, number][]) line.exempt[reason] += persons * times;
}

function day(n: number): string {
  return addDays('1970-01-01', n);
}

function num(d: string): number {
  const n = dayNumber(d);
  if (n === null) throw new Error(`not a day: ${d}`);
  return n;
}

function emptyLine(from: string, to: string, nights: number): TaxLine {
  return {
    stayId: null,
    stayNumber: null,
    from,
    to,
    nights,
    persons: 0,
    personNights: 0,
    exempt: { ...NO_EXEMPTIONS },
    taxablePersonNights: 0,
    revenueCents: null,
    perPersonCents: 0,
    percentageCents: 0,
    amountCents: 0,
    priceMissing: false,
    baseCents: null,
    vatBasisPoints: [],
    personsWithoutAge: 0,
    forfaitPersonNights: 0,
  };
}

/** Person-nights charged per rate (cents per person per night), summed over the lines. */
type ChargedNights = Map<number, number>;

function charge(charged: ChargedNights, rateCents: number, personNights: number): void {
  if (personNights > 0) charged.set(rateCents, (charged.get(rateCents) ?? 0) + personNights);
}

function stayLine(stay: TaxStay, period: TaxPeriodRange, segments: readonly RuleSegment[], charged: ChargedNights): TaxLine | null {
  const arrival = num(stay.arrival);
  const stayNights = num(stay.departure) - arrival;
  const lo = Math.max(arrival, num(period.from));
  const hi = Math.min(num(stay.departure), num(period.to));
  if (lo >= hi) return null;
  const line = emptyLine(day(lo), day(hi), hi - lo);
  line.stayId = stay.stayId;
  line.stayNumber = stay.stayNumber;
  line.persons = stay.persons;
  line.personNights = stay.persons * (hi - lo);
  const price = stay.lodgingPriceCents;
  // The first k nights of the stay carry this much of its price.
  const priceOf = (k: number) => (price === null ? 0 : divideRoundHalfUp(price * k, stayNights));
  const revenue = (s: number, e: number) => priceOf(e - arrival) - priceOf(s - arrival);
  if (price !== null) line.revenueCents = revenue(lo, hi);
  // The VAT of the nights [s, e): each piece's revenue weighted by VAT_DENOMINATOR / (1 + rate).
  const vatKind = stay.vatKind ?? 'lodging';
  const pieces = (s: number, e: number) => vatPieces(vatKind, day(s), day(e)).map((p) => ({ s: num(p.from), e: num(p.to), basisPoints: p.basisPoints }));
  const weighted = (s: number, e: number, times: number) =>
    pieces(s, e).reduce((sum, p) => sum + BigInt(revenue(p.s, p.e)) * BigInt(times) * vatWeight(p.basisPoints), 0n);
  const baseOf = (k: number) => bigRoundHalfUp(weighted(arrival, k, 10_000), VAT_DENOMINATOR);
  if (price !== null) line.baseCents = baseOf(hi) - baseOf(lo);
  line.vatBasisPoints = pieces(lo, hi).map((p) => p.basisPoints);
  const residents = Math.min(stay.persons, stay.residents);
  const unknownAges = Math.max(0, stay.persons - residents - (stay.knownAges ?? stay.persons));
  let percentageWeighted = 0n;
  for (const segment of segments) {
    const s = Math.max(lo, num(segment.from));
    const e = Math.min(hi, num(segment.to));
    if (s >= e) continue;
    const personNights = stay.persons * (e - s);
    if (segment.forfait) {
      line.forfaitPersonNights = (line.forfaitPersonNights ?? 0) + personNights;
      continue;
    }
    const rule = segment.rule;
    const classes = classifyNight(rule, stay, stay.persons);
    addExempt(line, classes.exempt, e - s);
    line.taxablePersonNights += classes.taxed * (e - s);
    if (!rule || (classes.taxed === 0 && classes.exempt.under_age === undefined)) continue;
    // Only where the exemption would lower the tax: it never touches the percentage.
    if (childrenExempt(rule) && classes.rateCents !== null) line.personsWithoutAge = Math.max(line.personsWithoutAge ?? 0, unknownAges);
    if (classes.rateCents !== null) {
      const capEnd = rule.nightCap === null ? e : Math.min(e, arrival + rule.nightCap);
      const chargedNights = classes.taxed * Math.max(0, capEnd - s);
      line.perPersonCents += chargedNights * classes.rateCents;
      charge(charged, classes.rateCents, chargedNights);
    }
    if (classes.percentage && rule.percentageBasisPoints !== null) {
      if (price === null) line.priceMissing = true;
      // The non-residents' share of the base (decision 0016).
      else percentageWeighted += weighted(s, e, rule.percentageBasisPoints * (stay.persons - residents));
    }
  }
  line.percentageCents = bigRoundHalfUp(percentageWeighted, VAT_DENOMINATOR * BigInt(stay.persons));
  line.amountCents = line.perPersonCents + line.percentageCents;
  return line;
}

function aggregateLine(input: TaxAggregate, accommodation: TaxAccommodation, rules: readonly TaxRule[], charged: ChargedNights): TaxLine {
  const line = emptyLine(input.day, input.day, input.nights);
  line.personNights = input.personNights;
  line.revenueCents = input.revenueCents ?? null;
  const rule = ruleOn(input.day, accommodation, rules);
  const classes = classifyNight(rule, input, input.personNights);
  addExempt(line, classes.exempt, 1);
  line.taxablePersonNights = classes.taxed;
  if (rule && classes.rateCents !== null && (input.cap === 'within' || rule.nightCap === null)) {
    line.perPersonCents = classes.taxed * classes.rateCents;
    charge(charged, classes.rateCents, classes.taxed);
  }
  line.amountCents = line.perPersonCents;
  return line;
}

/** The rules in force at some time in the period for the accommodation, in order. */
export function appliedRules(period: TaxPeriodRange, accommodation: TaxAccommodation, rules: readonly TaxRule[]): TaxRule[] {
  return [...new Set(ruleSegments(period, accommodation, rules).flatMap((s) => (s.rule ? [s.rule] : [])))];
}

function emptyTotals(): TaxTotals {
  return {
    stays: 0,
    nights: 0,
    personNights: 0,
    exempt: { ...NO_EXEMPTIONS },
    taxablePersonNights: 0,
    revenueCents: 0,
    baseCents: 0,
    personsWithoutAge: 0,
    perPersonCents: 0,
    perPersonRates: [],
    percentageCents: 0,
    forfaitCents: 0,
    forfaits: [],
    forfaitPersonNights: 0,
    computedCents: 0,
    staysWithoutPrice: 0,
  };
}

function addLine(totals: TaxTotals, line: TaxLine): void {
  if (line.stayId !== null) totals.stays += 1;
  totals.nights += line.nights;
  totals.personNights += line.personNights;
  for (const reason of Object.keys(totals.exempt) as TaxExemption[]) totals.exempt[reason] += line.exempt[reason];
  totals.taxablePersonNights += line.taxablePersonNights;
  totals.forfaitPersonNights = (totals.forfaitPersonNights ?? 0) + (line.forfaitPersonNights ?? 0);
  totals.revenueCents += line.revenueCents ?? 0;
  totals.baseCents = (totals.baseCents ?? 0) + (line.baseCents ?? 0);
  totals.personsWithoutAge = (totals.personsWithoutAge ?? 0) + (line.personsWithoutAge ?? 0);
  totals.perPersonCents += line.perPersonCents;
  totals.percentageCents += line.percentageCents;
  totals.computedCents += line.amountCents;
  if (line.priceMissing) totals.staysWithoutPrice += 1;
}

function rateLines(charged: ChargedNights): TaxRateLine[] {
  return [...charged].sort(([a], [b]) => a - b).map(([rateCents, personNights]) => ({ rateCents, personNights, amountCents: rateCents * personNights }));
}

export interface ComputeTaxOptions {
  period: TaxPeriodRange;
  accommodation: TaxAccommodation;
  rules: readonly TaxRule[];
  stays: Iterable<TaxInput>;
  /** The accommodation's units marked jaarplaats or seizoensplaats (decision 0013). */
  forfaitUnits?: readonly TaxForfaitUnit[];
}

/** The segments of a stay on a forfait unit, its nights within the forfait time marked. */
function forfaitSegments(
  stay: TaxStay,
  period: TaxPeriodRange,
  segments: readonly RuleSegment[],
  units: ReadonlyMap<string, TaxForfaitUnit>,
  ruleAt: (d: string) => TaxRule | null,
): readonly RuleSegment[] {
  const unit = stay.unitId ? units.get(stay.unitId) : undefined;
  if (!unit) return segments;
  const lo = Math.max(num(stay.arrival), num(period.from));
  const hi = Math.min(num(stay.departure), num(period.to));
  return withForfaitTime(segments, coveredRanges(lo, hi, unit, ruleAt));
}

export function computeTax(options: ComputeTaxOptions): TaxComputation {
  const { period, accommodation, rules } = options;
  const segments = ruleSegments(period, accommodation, rules);
  const lines: TaxLine[] = [];
  const totals = emptyTotals();
  const charged: ChargedNights = new Map();
  const ruleAt = (d: string) => ruleOn(d, accommodation, rules);
  const forfaitUnits = new Map((options.forfaitUnits ?? []).map((u) => [u.unitId, u]));
  for (const input of options.stays) {
    const line =
      input.kind === 'stay'
        ? stayLine(input, period, forfaitSegments(input, period, segments, forfaitUnits, ruleAt), charged)
        : aggregateLine(input, accommodation, rules, charged);
    if (!line) continue;
    lines.push(line);
    addLine(totals, line);
  }
  totals.perPersonRates = rateLines(charged);
  totals.forfaits = forfaitLines(period, options.forfaitUnits ?? [], ruleAt);
  totals.forfaitCents = totals.forfaits.reduce((sum, f) => sum + f.amountCents, 0);
  totals.computedCents += totals.forfaitCents;
  return { lines, totals };
}

/** Persons younger than each of the ages, from the ages at arrival the register knows. */
export function underCounts(ages: readonly number[], thresholds: Iterable<number>): Record<number, number> {
  const under: Record<number, number> = {};
  for (const t of thresholds) under[t] = ages.filter((age) => age < t).length;
  return under;
}
