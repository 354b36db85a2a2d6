// How the tax pages write money, counts, percentages and return periods: in the reader's
// language ("€ 12,50", "2e kwartaal 2026", "april 2026"), from the API's cents, basis points and
// period keys ('2026', '2026-Q2', '2026-04').
import type { TFunction } from 'i18next';
import i18n from '../../i18n/index.ts';

function locale(): string {
  return i18n.language === 'en' ? 'en-GB' : 'nl-NL';
}

export function formatMoney(cents: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function formatCount(value: number): string {
  return value.toLocaleString(locale());
}

/** 1250 basis points → "12,5%". */
export function formatBasisPoints(basisPoints: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function periodLabel(period: string, t: TFunction): string {
  const quarter = QUARTER.exec(period);
  if (quarter) return t('taxReturn.period.quarter', { quarter: Number(quarter[2]), year: quarter[1] });
  const month = MONTH.exec(period);
  if (month) {
    // Noon UTC stays in the same month in every time zone.
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1, 12));
    return date.toLocaleDateString(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  return period;
}
