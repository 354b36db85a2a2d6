// Reads an uploaded register file into rows of named cells: the separator (`;` as Dutch Excel
// writes it, or `,`) is taken from the header row, a byte-order mark is ignored, and column names
// are matched without regard to case. A file that is empty, garbled or lacks the register's
// columns is refused as a whole (CSV_INVALID), with the missing columns named.
import { parse } from 'csv-parse/sync';
import type { ErrorCode } from '../../../../shared/error-codes.ts';
import { AppError } from '../../../platform/errors.ts';
import { errorMessages } from '../../../platform/messages.ts';
import { CSV_COLUMNS, REQUIRED_COLUMNS, type CsvColumn } from '../../../../shared/register/csv-columns.ts';
import { normalised, type CsvCells } from './csv-format.ts';

/** More rows than this are split over several files: one import is one transaction. */
export const MAX_IMPORT_ROWS = 10_000;

export interface CsvRow {
  /** The line in the file where the row starts, as a spreadsheet numbers it. */
  line: number;
  cells: CsvCells;
}

function invalid(fields: Record<string, ErrorCode> = {}): AppError {
  const entries = Object.entries(fields).map(([field, code]) => [field, { code, message: errorMessages[code] }]);
  return new AppError('CSV_INVALID', 400, entries.length ? { fields: Object.fromEntries(entries) } : {});
}

/** The separator that occurs most in the header row (quoted text aside). */
function separatorOf(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((s) => [s, header.split(s).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}

function parseRecords(text: string, delimiter: string): { record: string[]; info: { lines: number } }[] {
  try {
    const options = { bom: true, delimiter, info: true, skip_empty_lines: true, relax_column_count: true, trim: true } as const;
    // With `info`, csv-parse answers each record with where it was found; its types do not say so.
    return parse(text, options) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    // Unbalanced quotes and the like: the parser's own words are English and technical.
    throw invalid();
  }
}

function columnsOf(header: string[]): (CsvColumn | null)[] {
  const known = new Set<string>(CSV_COLUMNS);
  const columns = header.map((name) => {
    const key = normalised(name);
    return known.has(key) ? (key as CsvColumn) : null;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) throw invalid(Object.fromEntries(missing.map((c) => [c, 'REQUIRED' as const])));
  return columns;
}

/** A spreadsheet may prefix text that looks like a formula with "'"; the export does so too. */
function cellText(raw: string): string {
  return /^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
}

export function parseRegisterCsv(text: string): CsvRow[] {
  // NUL bytes and replacement characters: a binary file, or text in an encoding we were not told.
  if (!text.trim() || /[\u0000\uFFFD]/.test(text)) throw invalid();
  const [header, ...records] = parseRecords(text, separatorOf(text.replace(/^\uFEFF/, '')));
  if (!header) throw invalid();
  const columns = columnsOf(header.record);
  if (records.length > MAX_IMPORT_ROWS) throw invalid({ csv: 'TOO_MANY' });
  return records.map(({ record, info }) => {
    const cells: CsvCells = {};
    record.forEach((value, i) => {
      const column = columns[i];
      if (column) cells[column] = cellText(value);
    });
    const extraLines = record.join('').split('\n').length - 1;
    return { line: info.lines - extraLines, cells };
  });
}
