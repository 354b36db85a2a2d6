// Figures of tourist tax as people read them: euro from cents, percentages from basis points,
// counts and shares. One set of formatters for both tax pages, each choosing its notation: the
// owner's return follows the reader's language; the municipality's pages are always nl-NL, also
// in English, like the municipality's own tax documents.
import i18n from '../i18n/index.ts';

type FigureLocale = 'nl-NL' | 'en-GB';

/** The municipality's notation in every language. */
export const DUTCH: FigureLocale = 'nl-NL';

/** The notation of the reader's language. */
export function readerLocale(language: string = i18n.language): FigureLocale {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

const STYLES = {
  euro: { style: 'currency', currency: 'EUR' },
  count: { maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 2 },
  share: { style: 'percent', maximumFractionDigits: 1 },
} satisfies Record<string, Intl.NumberFormatOptions>;

// A formatter is costly to build and these run per table cell: one per notation and style.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: FigureLocale, style: keyof typeof STYLES): Intl.NumberFormat {
  const key = `${locale} ${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, STYLES[style]);
    formatters.set(key, found);
  }
  return found;
}

/** 1250 cents → "€ 12,50". */
export function formatMoney(cents: number, locale: FigureLocale = readerLocale()): string {
  return formatter(locale, 'euro').format(cents / 100);
}

/** 1250 → "1.250". */
export function formatCount(value: number, locale: FigureLocale = readerLocale()): string {
  return formatter(locale, 'count').format(value);
}

/** 1250 basis points → "12,5%". */
export function formatBasisPoints(basisPoints: number, locale: FigureLocale = readerLocale()): string {
  return formatter(locale, 'percent').format(basisPoints / 10_000);
}

/** A share 0…1 (or above, when the register holds more guests than beds) → "63,4%". */
export function formatShare(share: number, locale: FigureLocale = readerLocale()): string {
  return formatter(locale, 'share').format(share);
}
