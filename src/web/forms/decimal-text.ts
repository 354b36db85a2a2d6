// Numbers as Dutch users type them in a text box ("3,95", "€ 1.250,00", "-3,00", "12,5 %") read
// into the whole numbers the API takes (cents, basis points, counts), and written back for the
// text box. Integer arithmetic on the digits, so "0,29" is exactly 29 cents and never 28.999…; the
// API never sees a float. One reader for every tourist tax form, so the owner's return and the
// municipality's rates accept the same notation.

export type DecimalText = { status: 'empty' } | { status: 'invalid' } | { status: 'ok'; value: number };

export interface DecimalTextOptions {
  /** A leading + or − (also the typographic minus) is allowed: a correction can lower the tax. */
  signed?: boolean;
  /**
   * An amount of money, read strictly: a sign and one euro sign only before the number, and
   * nothing that could be another amount in another notation (",50", "1,250.50", "1.250").
   * Otherwise currency and percent signs are decoration wherever they stand.
   */
  money?: boolean;
}

const EMPTY: DecimalText = { status: 'empty' };
const INVALID: DecimalText = { status: 'invalid' };

const SPACES = /[\s\u00a0\u202f]/g;
/** Currency and percent signs and any kind of space may surround or sit inside a plain number. */
const DECORATION = /[\s\u00a0\u202f€%]/g;
/** One sign (+, -, −) before or after one euro sign: "-€3", "€-3" and "-3" are all minus three. */
const PREFIX = /^([+\-\u2212])?€?([+\-\u2212])?(.*)$/;
/**
 * Money in Dutch notation (thousands grouped by dots, a decimal comma) or with one decimal
 * point ("12.5"); digits before any separator. A lone dot before three digits passes this shape
 * but is then read as a decimal point, so "1.250" is refused for having too many decimals
 * rather than guessed to be a thousand.
 */
const MONEY_SHAPE = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$|^\d+\.\d+$/;

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
 * refused rather than rounded: a rate or a tax amount is a legal amount, not an approximation.
 * Blank text is 'empty', so each form decides what a field left empty means.
 */
export function parseDecimalText(text: string, fractionDigits: number, { signed = false, money = false }: DecimalTextOptions = {}): DecimalText {
  const compact = text.replace(money ? SPACES : DECORATION, '');
  if (compact === '') return EMPTY;
  const parts = PREFIX.exec(compact);
  if (!parts || (parts[1] && parts[2])) return INVALID;
  const sign = parts[1] ?? parts[2] ?? '';
  const number = parts[3] ?? '';
  if ((sign && !signed) || (money && !MONEY_SHAPE.test(number))) return INVALID;
  const pieces = split(number);
  if (!pieces || pieces.fraction.length > fractionDigits) return INVALID;
  const digits = `${pieces.whole}${pieces.fraction.padEnd(fractionDigits, '0')}`.replace(/^0+(?=\d)/, '');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return INVALID;
  // No -0: "-0,00" is simply nothing.
  return { status: 'ok', value: sign !== '' && sign !== '+' && value !== 0 ? -value : value };
}

/**
 * The way back, for showing a stored number in a text box: 395 → "3,95", 1250 → "12,5", -300 →
 * "-3". With `fixed`, every decimal of the scale is written ("12,50", "-3,00", "0,00"), as an
 * amount of money is usually typed.
 */
export function formatDecimalText(value: number, fractionDigits: number, { fixed = false }: { fixed?: boolean } = {}): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(fractionDigits + 1, '0');
  const whole = digits.slice(0, digits.length - fractionDigits);
  const allDecimals = digits.slice(digits.length - fractionDigits);
  const fraction = fixed ? allDecimals : allDecimals.replace(/0+$/, '');
  return fraction ? `${sign}${whole},${fraction}` : `${sign}${whole}`;
}
