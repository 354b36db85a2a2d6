// The CPU-bound half of a CSV preview or import: the file read into rows and every row checked
// against the stay schema. Runs in a worker thread (csv-worker.mjs, through csv-pool.ts), so
// takes and returns plain data only; the register's own checks, which need the database, follow
// on the main thread.
import type { ErrorCode } from '../../../../shared/error-codes.ts';
import type { StayInput } from '../../../../shared/schemas/register.ts';
import type { ItemError } from '../stays/register-stays.ts';
import { CsvRefusal, parseRegisterCsv, type CsvRow } from './parse-csv.ts';
import { stayOfRow } from './row-to-stay.ts';

export interface CheckTask {
  csv: string;
  /** The accommodation's units as [lower-case name, id], for the "kamer" column. */
  units: [string, string][];
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
}

export type CheckOutcome = { rows: CheckedRow[] } | { refused: Partial<Record<string, ErrorCode>> };

function summaryOf(row: CsvRow): RowSummary {
  const { voorletters = '', achternaam = '', aankomst = '', vertrek = '', boekingsnummer = '' } = row.cells;
  return { name: `${voorletters} ${achternaam}`.trim(), arrival: aankomst, departure: vertrek, bookingReference: boekingsnummer };
}

export async function checkRows({ csv, units }: CheckTask): Promise<CheckOutcome> {
  let rows: CsvRow[];
  try {
    rows = await parseRegisterCsv(csv);
  } catch (error) {
    if (error instanceof CsvRefusal) return { refused: error.fields };
    throw error;
  }
  const unitsByName = new Map(units);
  return { rows: rows.map((row) => ({ line: row.line, summary: summaryOf(row), check: stayOfRow(row.cells, unitsByName) })) };
}
