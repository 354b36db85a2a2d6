// Return periods of tourist tax, for both tax pages: a year plus, for quarterly or monthly
// returns, the quarter or month. Keys are the API's ('2026', '2026-Q1', '2026-03'); "today" is the
// Dutch day, since periods and deadlines are Dutch calendar days wherever the browser is.
import { dutchToday } from '../../shared/register/dates.ts';
import { TAX_PERIOD_PATTERN, type TaxPeriodKind } from '../../shared/schemas/tourist-tax.ts';

export interface PeriodParts {
  year: number;
  /** '' for a year, 'Q1'…'Q4' for a quarter, '01'…'12' for a month. */
  part: string;
}

export function periodKey({ year, part }: PeriodParts): string {
  return part ? `${year}-${part}` : String(year);
}

export function parsePeriod(key: string): PeriodParts | null {
  if (!TAX_PERIOD_PATTERN.test(key)) return null;
  const [year = '', part = ''] = key.split('-');
  return { year: Number(year), part };
}

export function kindOfPeriod(key: string): TaxPeriodKind | null {
  const parts = parsePeriod(key);
  if (!parts) return null;
  if (parts.part === '') return 'year';
  return parts.part.startsWith('Q') ? 'quarter' : 'month';
}

export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/** The parts a period of this kind can have within a year, in order. */
export function periodParts(kind: TaxPeriodKind): string[] {
  if (kind === 'quarter') return [...QUARTERS];
  if (kind === 'month') return Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  return [''];
}

/** The most recent period that has ended: the one a municipality looks at after its deadline. */
export function lastEndedPeriod(kind: TaxPeriodKind, today: string = dutchToday(new Date())): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (kind === 'year') return String(year - 1);
  if (kind === 'quarter') {
    const quarter = Math.ceil(month / 3) - 1;
    return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
  }
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** This year in the Netherlands. */
export function currentYear(today: string = dutchToday(new Date())): number {
  return Number(today.slice(0, 4));
}

/** The years offered in the pickers, newest first: this year and the ones before it. */
export function recentYears(count: number, today: string = dutchToday(new Date())): number[] {
  const year = currentYear(today);
  return Array.from({ length: count }, (_, i) => year - i);
}
