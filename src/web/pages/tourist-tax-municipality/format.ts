// Figures of tourist tax as Dutch readers write them: euro from cents, percentages from basis
// points, counts with a thousands dot. Always nl-NL, also in English, like the municipality's
// own tax documents.
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const count = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 2 });
const wholePercent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

export function formatEuro(cents: number): string {
  return euro.format(cents / 100);
}

export function formatCount(value: number): string {
  return count.format(value);
}

/** 1250 basis points → "12,5%". */
export function formatBasisPoints(basisPoints: number): string {
  return percent.format(basisPoints / 10_000);
}

/** A share 0…1 (or above, when the register holds more guests than beds) → "63,4%". */
export function formatShare(share: number): string {
  return wholePercent.format(share);
}
