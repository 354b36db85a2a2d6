// Reads an uploaded register file into rows of named cells: the separator (`;` as Dutch Excel
// writes it, or `,`) is taken from the header row, a byte-order mark is ignored, and column names
// are matched without regard to case. A file that is empty, garbled or lacks the register's
// columns is refused as a whole (CSV_INVALID), with the missing columns named.
//
// The file is parsed as a stream within fixed limits (columns, cell and line length, rows) and
// refused at the first one it passes, so no file costs more than a register's worth of work.
// Runs in the import's worker thread (csv-worker.mjs), so it reports refusals as data, not as
// the HTTP layer's AppError.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse, type InfoRecord, type Options } from 'csv-parse';
import type { ErrorCode } from '../../../../shared/error-codes.ts';
import { CSV_COLUMNS, REQUIRED_COLUMNS, type CsvColumn } from '../../../../shared/register/csv-columns.ts';
import { normalised, type CsvCells } from './csv-format.ts';

/** More rows than this are split over several files: one import is one transaction. */
export const MAX_IMPORT_ROWS = 10_000;
/** The register has 17 columns; a booking system's export may bring some of its own. */
export const MAX_COLUMNS = 100;
/** Room for the longest cell the register takes (50 co-travellers with their dates of birth). */
export const MAX_CELL_CHARS = 10_000;
/** One line (one record, separators included), in UTF-8 bytes: for most text the same as characters. */
export const MAX_LINE_BYTES = 50_000;

/** What is handed to the parser at a time (bytes); a line is measured between two of these. */
const CHUNK_BYTES = 16 * 1024;

/** The file is not read (further); `fields` names what was wrong, as in the API's `fields`. */
export class CsvRefusal extends Error {
  constructor(readonly fields: Partial<Record<string, ErrorCode>> = {}) {
    super('CSV_INVALID');
  }
}

export interface CsvRow {
  /** The line in the file where the row starts, as a spreadsheet numbers it. */
  line: number;
  cells: CsvCells;
}

/** The separator that occurs most in (the start of) the header row, quoted text aside. */
function separatorOf(text: string): string {
  const counts = new Map([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < Math.min(text.length, MAX_LINE_BYTES); i += 1) {
    const char = text[i] ?? '';
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ';';
}

/** Every record as the parser completes it, before it is kept: the limits of one line and of the file. */
function limitRecord(record: string[], records: number): void {
  if (record.length > MAX_COLUMNS) throw new CsvRefusal({ csv: 'CSV_TOO_MANY_COLUMNS' });
  if (record.some((cell) => cell.length > MAX_CELL_CHARS)) throw new CsvRefusal({ csv: 'CSV_FIELD_TOO_LONG' });
  // The header row is one of the records.
  if (records > MAX_IMPORT_ROWS + 1) throw new CsvRefusal({ csv: 'TOO_MANY' });
}

function columnsOf(header: string[]): (CsvColumn | null)[] {
  const known = new Set<string>(CSV_COLUMNS);
  const columns = header.map((name) => {
    const key = normalised(name);
    return known.has(key) ? (key as CsvColumn) : null;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) throw new CsvRefusal(Object.fromEntries(missing.map((c) => [c, 'REQUIRED' as const])));
  return columns;
}

/** A spreadsheet may prefix text that looks like a formula with "'"; the export does so too. */
function cellText(raw: string): string {
  return /^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw;
}

function rowOf(record: string[], endLine: number, columns: readonly (CsvColumn | null)[]): CsvRow {
  const cells: CsvCells = {};
  record.forEach((value, i) => {
    const column = columns[i];
    if (column) cells[column] = cellText(value);
  });
  const extraLines = record.join('').split('\n').length - 1;
  return { line: endLine - extraLines, cells };
}

/** The parser's own refusals in the words of the API; anything else is a file we cannot read. */
function refusalOf(error: unknown): CsvRefusal {
  if (error instanceof CsvRefusal) return error;
  if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') return new CsvRefusal({ csv: 'CSV_LINE_TOO_LONG' });
  // Unbalanced quotes and the like: the parser's own words are English and technical.
  return new CsvRefusal();
}

interface ParsedRecord {
  record: string[];
  /** The line where the record ends. */
  lines: number;
}

export async function parseRegisterCsv(text: string): Promise<CsvRow[]> {
  // NUL bytes and replacement characters: a binary file, or text in an encoding we were not told.
  if (!text.trim() || /[\u0000\uFFFD]/.test(text)) throw new CsvRefusal();
  let lastRecordEnd = 0;
  const limited = (record: string[], context: InfoRecord): ParsedRecord => {
    limitRecord(record, context.records);
    lastRecordEnd = context.bytes;
    return { record, lines: context.lines };
  };
  // csv-parse passes on what on_record returns; its types assume the record itself.
  const keepRecord = limited as unknown as Options['on_record'];
  const parser = parse({
    bom: true,
    delimiter: separatorOf(text),
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    // The cells of a line (one endless cell included); the line's separators are measured below.
    max_record_size: MAX_LINE_BYTES,
    on_record: keepRecord,
  });
  /**
   * The file in chunks of bytes (a chunk may end inside a character: the parser decodes whole
   * cells), refused as soon as the line being read is too long ("a;a;a;…" without end).
   */
  function* chunks(): Generator<Buffer> {
    const bytes = Buffer.from(text, 'utf8');
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
      if (parser.info.bytes - lastRecordEnd > MAX_LINE_BYTES) throw new CsvRefusal({ csv: 'CSV_LINE_TOO_LONG' });
      yield bytes.subarray(start, start + CHUNK_BYTES);
    }
  }
  let columns: (CsvColumn | null)[] | undefined;
  const rows: CsvRow[] = [];
  try {
    await pipeline(Readable.from(chunks()), parser, async (records: AsyncIterable<ParsedRecord>) => {
      for await (const { record, lines } of records) {
        if (columns) rows.push(rowOf(record, lines, columns));
        else columns = columnsOf(record);
      }
    });
  } catch (error) {
    throw refusalOf(error);
  }
  if (!columns) throw new CsvRefusal();
  return rows;
}
