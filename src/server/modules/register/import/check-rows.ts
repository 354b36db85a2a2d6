// The CPU-bound half of a CSV preview or import: the file read into rows and every row checked
// against the stay schema, and a row that repeats an earlier one of the file marked as such (the
// same booking reference and arrival, or without a reference the very same stay). Runs in a worker thread (csv-worker.mjs, through csv-pool.ts), so
// takes and returns plain data only; the register's own checks, which need the database, follow
// on the main thread.
import type { AskedFields } from '../../../../shared/schemas/register.ts';
import type { ErrorCode } from '../../../../shared/error-codes.ts';
import type { StayInput } from '../../../../shared/schemas/register.ts';
import type { ItemError } from '../stays/register-stays.ts';
import { CsvRefusal, parseRegisterCsv, type CsvRow } from './parse-csv.ts';
import { stayOfRow } from './row-to-stay.ts';

export interface CheckTask {
  csv: string;
  /** The accommodation's units as [lower-case name, id], for the "kamer" column. */
  units: [string, string][];
  /** What the municipality asks beyond the law (decision 0017): a missing date of birth is a row error where asked. */
  asked: AskedFields;
}

export interface RowSummary {
  name: string;
  arrival: string;
  departure: string;
  bookingReference: string;
}

export interface CheckedRow {
  line: number;
  summary: RowSummary;
  check: { stay: StayInput } | { error: ItemError };
  /** The line of the earlier row of the file this valid row repeats; absent when it is the first. */
  repeatOf?: number;
}

export type CheckOutcome = { rows: CheckedRow[] } | { refused: Partial<Record<string, ErrorCode>> };

function summaryOf(row: CsvRow): RowSummary {
  const { voorletters = '', achternaam = '', aankomst = '', vertrek = '', boekingsnummer = '' } = row.cells;
  return { name: `${voorletters} ${achternaam}`.trim(), arrival: aankomst, departure: vertrek, bookingReference: boekingsnummer };
}

export async function checkRows({ csv, units, asked }: CheckTask): Promise<CheckOutcome> {
  let rows: CsvRow[];
  try {
    rows = await parseRegisterCsv(csv);
  } catch (error) {
    if (error instanceof CsvRefusal) return { refused: error.fields };
    throw error;
  }
  const unitsByName = new Map(units);
  return { rows: markRepeats(rows.map((row) => ({ line: row.line, summary: summaryOf(row), check: stayOfRow(row.cells, unitsByName, asked) }))) };
}

/**
 * A booking is its reference and arrival, as the register keeps it; a stay without a reference
 * is only the same booking when every detail is the same (two guests may share a name and days).
 */
function bookingKey(stay: StayInput): string {
  return stay.bookingReference ? `booking ${stay.bookingReference} ${stay.arrival}` : `stay ${JSON.stringify(stay)}`;
}

function markRepeats(rows: CheckedRow[]): CheckedRow[] {
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (!('stay' in row.check)) continue;
    const key = bookingKey(row.check.stay);
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, row.line);
    else row.repeatOf = first;
  }
  return rows;
}
