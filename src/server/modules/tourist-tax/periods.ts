// Return periods: '2026' (a year), '2026-Q2' (a quarter), '2026-04' (a month); their days, their
// deadline and where they stand on a given day.
import { addDays } from '../../../shared/register/dates.ts';
import type { TaxPeriodKind, TaxReturnStatus } from '../../../shared/schemas/tourist-tax.ts';
import { fieldError } from '../../platform/errors.ts';

export interface Period {
  key: string;
  kind: TaxPeriodKind;
  /** First day. */
  from: string;
  /** The day after the last day. */
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function periodKind(key: string): TaxPeriodKind {
  if (/^\d{4}$/.test(key)) return 'year';
  return key.includes('Q') ? 'quarter' : 'month';
}

export function parsePeriod(key: string): Period {
  const year = Number(key.slice(0, 4));
  const kind = periodKind(key);
  const firstMonth = kind === 'year' ? 1 : kind === 'quarter' ? (Number(key.slice(6)) - 1) * 3 + 1 : Number(key.slice(5, 7));
  const months = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  const end = firstMonth + months;
  return {
    key,
    kind,
    from: `${year}-${pad(firstMonth)}-01`,
    to: end > 12 ? `${year + 1}-01-01` : `${year}-${pad(end)}-01`,
  };
}

/** A period of the municipality's kind, or 400 PERIOD_INVALID. */
export function periodOfKind(key: string, kind: TaxPeriodKind): Period {
  if (periodKind(key) !== kind) throw fieldError('period', 'PERIOD_INVALID');
  return parsePeriod(key);
}

/** The period of a kind that contains a day. */
export function periodContaining(day: string, kind: TaxPeriodKind): Period {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (kind === 'year') return parsePeriod(year);
  if (kind === 'quarter') return parsePeriod(`${year}-Q${Math.ceil(month / 3)}`);
  return parsePeriod(`${year}-${pad(month)}`);
}

/** The periods of a kind in a year, in order. */
export function periodsOfYear(year: number, kind: TaxPeriodKind): Period[] {
  if (kind === 'year') return [parsePeriod(String(year))];
  if (kind === 'quarter') return [1, 2, 3, 4].map((q) => parsePeriod(`${year}-Q${q}`));
  return Array.from({ length: 12 }, (_, i) => parsePeriod(`${year}-${pad(i + 1)}`));
}

/** The last day on which the return may be submitted. */
export function deadlineOf(period: Period, deadlineDays: number): string {
  return addDays(period.to, deadlineDays - 1);
}

export function lastDayOf(period: Period): string {
  return addDays(period.to, -1);
}

export function statusOn(today: string, period: Period, deadline: string, submitted: boolean): TaxReturnStatus {
  if (submitted) return 'submitted';
  if (today < period.to) return 'open';
  return today > deadline ? 'overdue' : 'due';
}

/**
 * Whether a period asks a return of an accommodation: the tax existed (a rule started before the
 * period's end) and the accommodation was in Nachtregister before the period ended, or stays of
 * the period were registered later (an imported history). A new accommodation is not told its
 * returns of years past are overdue.
 */
export async function returnExpected(
  period: Period,
  facts: { firstRuleFrom: string | null; registeredOn: string; hasStays: () => Promise<boolean> },
): Promise<boolean> {
  if (facts.firstRuleFrom === null || facts.firstRuleFrom >= period.to) return false;
  return facts.registeredOn < period.to || facts.hasStays();
}

/** The first day any of the rules starts, or null. */
export function firstRuleFrom(rules: readonly { validFrom: string }[]): string | null {
  return rules.reduce<string | null>((first, r) => (first === null || r.validFrom < first ? r.validFrom : first), null);
}
