// Writing CSV that a spreadsheet opens safely: `;` as Dutch Excel expects, quotes where a cell
// needs them, and text that a spreadsheet would run as a formula (= + - @, or a leading tab or
// carriage return) prefixed with "'", so a guest's name can never become a formula on the owner's
// computer. The import strips that prefix again.
export const SEPARATOR = ';';
/** Tells spreadsheets the file is UTF-8, so "Müller" stays "Müller". */
export const BYTE_ORDER_MARK = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;
/** A plain number ("-3,50") is no formula: amounts keep their sign. */
const PLAIN_NUMBER = /^-?\d+(,\d+)?$/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return `${values.map(csvCell).join(SEPARATOR)}\r\n`;
}
