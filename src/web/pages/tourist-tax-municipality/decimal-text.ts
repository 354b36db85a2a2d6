// Reads a euro amount or a percentage as a Dutch user types it ("3,95", "€ 1.250,00", "12,5 %")
// into the whole number the API takes (cents, basis points). Integer arithmetic on the digits, so
// "0,29" is exactly 29 cents and never 28.999….

export type DecimalText = { status: 'empty' } | { status: 'invalid' } | { status: 'ok'; value: number };

/** Currency and percent signs and any kind of space may surround or sit inside the number. */
const DECORATION = /[\s\u00a0\u202f€%]/g;

/**
 * Which of ',' and '.' separates the fraction: the last one when both occur ("1.250,50",
 * "1,250.50"); a lone comma always; a lone dot too ("12.5"), unless it appears more than once,
 * when it can only group thousands ("1.000.000").
 */
function split(text: string): { whole: string; fraction: string } | null {
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  let separator = comma > dot ? ',' : '.';
  if (comma === -1 && dot !== -1 && text.indexOf('.') !== dot) separator = '';
  const at = separator ? text.lastIndexOf(separator) : -1;
  const grouping = separator === ',' ? '.' : separator === '.' ? ',' : '.';
  const wholeText = at === -1 ? text : text.slice(0, at);
  const fraction = at === -1 ? '' : text.slice(at + 1);
  // Thousands groups must be groups of three: "1.250" is a thousand, "1.25,0" is a typo.
  if (wholeText.includes(grouping) && !new RegExp(`^\\d{1,3}(\\${grouping}\\d{3})+$`).test(wholeText)) return null;
  const whole = wholeText.split(grouping).join('');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return null;
  if (at !== -1 && fraction === '') return null;
  return { whole, fraction };
}

/**
 * `fractionDigits` is the scale: 2 for euro → cents ("3,95" → 395), 2 for percent → basis
 * points ("12,5" → 1250), 0 for a whole number ("21"). More decimals than the scale holds are
 * refused rather than rounded: a rate is a legal amount, not an approximation.
 */
export function parseDecimalText(text: string, fractionDigits: number): DecimalText {
  const cleaned = text.replace(DECORATION, '');
  if (cleaned === '') return { status: 'empty' };
  const parts = split(cleaned);
  if (!parts || parts.fraction.length > fractionDigits) return { status: 'invalid' };
  const digits = `${parts.whole}${parts.fraction.padEnd(fractionDigits, '0')}`.replace(/^0+(?=\d)/, '');
  const value = Number(digits);
  return Number.isSafeInteger(value) ? { status: 'ok', value } : { status: 'invalid' };
}

/** The way back, for showing a stored amount in a text box: 395 → "3,95", 1250 → "12,5". */
export function formatDecimalText(value: number, fractionDigits: number): string {
  if (fractionDigits === 0) return String(value);
  const scale = 10 ** fractionDigits;
  const whole = Math.trunc(value / scale);
  const fraction = String(Math.abs(value % scale)).padStart(fractionDigits, '0').replace(/0+$/, '');
  return fraction ? `${whole},${fraction}` : String(whole);
}
