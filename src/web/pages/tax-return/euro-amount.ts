// Euro amounts as people type them in the Netherlands ("12,50", "-3,00", "1.234,56", "€ 7") turned
// into the integer cents the API takes, and back. The API never sees a float, so rounding
// cannot creep into a tax return.

/** Dutch notation: thousands grouped by dots (optional), a decimal comma with 1 or 2 digits. */
const DUTCH = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
/** A decimal point is accepted only where it cannot be a thousands dot: "12.5", "12.50". */
const POINT = /^(\d+)\.(\d{1,2})$/;
/** An optional sign (also the typographic minus) and euro sign, in either order, then the number. */
const PREFIX = /^([+\-\u2212])?€?([+\-\u2212])?(.*)$/;

/**
 * The amount in cents, or null when the text is not an amount. Blank text is 0 (an optional
 * field left empty). A sign (+ or −) and a euro sign are allowed before the number.
 */
export function parseEuroCents(text: string): number | null {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return 0;
  // One sign, before or after one euro sign: "-€3", "€-3" and "-3" all mean minus three euros.
  const parts = PREFIX.exec(compact);
  if (!parts || (parts[1] && parts[2])) return null;
  const sign = parts[1] ?? parts[2] ?? '';
  const rest = parts[3] ?? '';
  const negative = sign !== '' && sign !== '+';
  const match = DUTCH.exec(rest) ?? POINT.exec(rest);
  if (!match) return null;
  const euros = Number((match[1] ?? '').replace(/\./g, ''));
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const total = euros * 100 + cents;
  if (!Number.isSafeInteger(total)) return null;
  return negative && total !== 0 ? -total : total;
}

/** Cents as the owner would type them: "12,50", "-3,00" (no euro sign, no thousands dots). */
export function centsToEuroInput(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
}
