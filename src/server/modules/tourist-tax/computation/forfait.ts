// Forfaits as the by-laws write them (decision 0013): a jaarplaats pays a yearly amount, a
// seizoensplaats an amount per season (the season's days in the rule), per unit or per bed, and
// the nights spent on such a unit within its forfait time are not taxed per person as well.
// Pure, no I/O; computeTax uses it through the rule valid on a day.
//
// - The forfait of a month is decided by the rule valid on the month's first day.
// - A jaarplaats's forfait time is every month of the year; a seizoensplaats's the days of the
//   season (first and last day included), its months those that have a season day.
// - The amount A (× the unit's beds when the rule charges per bed) is spread over the S months
//   of the year or season by cumulative rounding: month k (0-based) carries
//   round(A·(k+1)/S) − round(A·k/S), so the months of any partition of the year (month, quarter
//   and year returns) add up to exactly A.
// - Where the rule lets the owner choose the actual nights and the unit is marked so, or the rule
//   has no amount for the unit's kind, there is no forfait and the nights are taxed as any other.
import { addDays, dayNumber } from '../../../../shared/register/dates.ts';
import type { TaxForfaitLine, TaxRule } from '../../../../shared/schemas/tourist-tax.ts';

/** A unit of "Kamers en plaatsen" marked as jaarplaats or seizoensplaats. */
export interface TaxForfaitUnit {
  unitId: string;
  name: string;
  kind: 'jaarplaats' | 'seizoensplaats';
  /** The unit's capacity in persons: its beds, where the rule charges per bed. */
  capacity: number;
  /** The owner chose "werkelijke nachten" for this unit. */
  actualNights: boolean;
}

/** The rule valid on a day for the accommodation, or null. */
export type RuleAt = (day: string) => TaxRule | null;

/** A month's forfait of one unit: its amount and the days [from, to) it covers, as day numbers. */
interface MonthForfait {
  cents: number;
  from: number;
  to: number;
}

function num(d: string): number {
  const n = dayNumber(d);
  if (n === null) throw new Error(`not a day: ${d}`);
  return n;
}

/** a / b rounded half up, for a ≥ 0 and b > 0. */
function halfUp(a: number, b: number): number {
  const q = Math.floor(a / b);
  return (a - q * b) * 2 >= b ? q + 1 : q;
}

export function nextMonth(first: string): string {
  const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The first days of the months that begin in [from, to). */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let month = `${from.slice(0, 7)}-01`;
  if (month < from) month = nextMonth(month);
  for (; month < to; month = nextMonth(month)) months.push(month);
  return months;
}

/** Whether the owner's choice of actual nights counts under this rule. */
function optedOut(rule: TaxRule, unit: TaxForfaitUnit): boolean {
  return unit.actualNights && rule.forfaitActualNightsAllowed;
}

/** The forfait of one unit in the month beginning on `month`, or null when there is none. */
export function monthForfait(month: string, unit: TaxForfaitUnit, ruleAt: RuleAt): MonthForfait | null {
  const rule = ruleAt(month);
  if (!rule || optedOut(rule, unit)) return null;
  const perUnit = unit.kind === 'jaarplaats' ? rule.forfaitYearCents : rule.forfaitSeasonCents;
  if (perUnit === null) return null;
  const amount = perUnit * (rule.forfaitPerBed ? unit.capacity : 1);
  const monthNo = Number(month.slice(5, 7));
  const start = num(month);
  const end = num(nextMonth(month));
  if (unit.kind === 'jaarplaats') {
    return { cents: halfUp(amount * monthNo, 12) - halfUp(amount * (monthNo - 1), 12), from: start, to: end };
  }
  const year = month.slice(0, 4);
  const first = Number(rule.seasonStart.slice(0, 2));
  const last = Number(rule.seasonEnd.slice(0, 2));
  if (monthNo < first || monthNo > last) return null;
  const months = last - first + 1;
  const k = monthNo - first;
  return {
    cents: halfUp(amount * (k + 1), months) - halfUp(amount * k, months),
    from: Math.max(start, num(`${year}-${rule.seasonStart}`)),
    to: Math.min(end, num(addDays(`${year}-${rule.seasonEnd}`, 1))),
  };
}

/** Each unit's forfait over the months of the period; units without one are left out. */
export function forfaitLines(period: { from: string; to: string }, units: readonly TaxForfaitUnit[], ruleAt: RuleAt): TaxForfaitLine[] {
  const lines: TaxForfaitLine[] = [];
  const months = monthsOf(period.from, period.to);
  for (const unit of units) {
    let cents = 0;
    let count = 0;
    let from: number | null = null;
    let to = 0;
    let perBed = false;
    for (const month of months) {
      const f = monthForfait(month, unit, ruleAt);
      if (!f) continue;
      cents += f.cents;
      count += 1;
      from ??= f.from;
      to = f.to;
      perBed ||= ruleAt(month)?.forfaitPerBed ?? false;
    }
    if (from === null) continue;
    lines.push({
      unitId: unit.unitId,
      unitName: unit.name,
      kind: unit.kind,
      beds: perBed ? unit.capacity : null,
      months: count,
      from: addDays('1970-01-01', from),
      to: addDays('1970-01-01', to),
      amountCents: cents,
    });
  }
  return lines;
}

/** The days [from, to) of [lo, hi) that a unit's forfait covers, as day numbers in order. */
export function coveredRanges(lo: number, hi: number, unit: TaxForfaitUnit, ruleAt: RuleAt): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (lo >= hi) return ranges;
  const from = addDays('1970-01-01', lo);
  for (const month of monthsOf(`${from.slice(0, 7)}-01`, addDays('1970-01-01', hi))) {
    const f = monthForfait(month, unit, ruleAt);
    if (!f) continue;
    const s = Math.max(lo, f.from);
    const e = Math.min(hi, f.to);
    if (s >= e) continue;
    const previous = ranges.at(-1);
    if (previous && previous[1] === s) previous[1] = e;
    else ranges.push([s, e]);
  }
  return ranges;
}

/**
 * The segments cut where a forfait's time starts or ends, the covered pieces marked: the nights
 * computeTax counts as forfait nights instead of taxing them.
 */
export function withForfaitTime<S extends { from: string; to: string; forfait?: boolean }>(
  segments: readonly S[],
  ranges: ReadonlyArray<[number, number]>,
): S[] {
  if (ranges.length === 0) return [...segments];
  const result: S[] = [];
  for (const segment of segments) {
    const lo = num(segment.from);
    const hi = num(segment.to);
    let at = lo;
    for (const [s, e] of ranges) {
      const cs = Math.max(lo, s);
      const ce = Math.min(hi, e);
      if (cs >= ce) continue;
      if (at < cs) result.push({ ...segment, from: addDays('1970-01-01', at), to: addDays('1970-01-01', cs), forfait: false });
      result.push({ ...segment, from: addDays('1970-01-01', cs), to: addDays('1970-01-01', ce), forfait: true });
      at = ce;
    }
    if (at < hi) result.push({ ...segment, from: addDays('1970-01-01', at), to: addDays('1970-01-01', hi), forfait: false });
  }
  return result;
}
