// Reads and checks uploaded register files off the event loop, in a small pool of low-priority
// worker threads (piscina, as for password hashing): a 5 MB file takes a second of CPU, and on
// the event loop that second would hold up every other request (measured in bench/csv-import.ts).
// Half the cores at most, so imports never take all of them from the requests around them.
import os from 'node:os';
import { Piscina } from 'piscina';
import type { ErrorCode } from '../../../../shared/error-codes.ts';
import { AppError } from '../../../platform/errors.ts';
import { errorMessages } from '../../../platform/messages.ts';
import type { CheckedRow, CheckOutcome, CheckTask } from './check-rows.ts';
import type { UnitsByName } from './row-to-stay.ts';
import type { AskedFields } from '../../../../shared/schemas/register.ts';

const workerFile = new URL('./csv-worker.mjs', import.meta.url);

let pool: Piscina | undefined;

function csvInvalid(fields: Partial<Record<string, ErrorCode>>): AppError {
  const entries = Object.entries(fields).flatMap(([field, code]) => (code ? [[field, { code, message: errorMessages[code] }] as const] : []));
  return new AppError('CSV_INVALID', entries.length ? { fields: Object.fromEntries(entries) } : {});
}

/** The file's rows, each a valid stay or its errors per column; a file that is not read is refused as CSV_INVALID. */
export async function checkRowsOffThread(csv: string, units: UnitsByName, asked: AskedFields): Promise<CheckedRow[]> {
  pool ??= new Piscina({
    filename: workerFile.href,
    minThreads: 0,
    maxThreads: Math.max(1, Math.floor(os.availableParallelism() / 2)),
    idleTimeout: 60_000,
  });
  const task: CheckTask = { csv, units: [...units], asked: { askDateOfBirth: asked.askDateOfBirth, askNationality: asked.askNationality } };
  const outcome = (await pool.run(task)) as CheckOutcome;
  if ('refused' in outcome) throw csvInvalid(outcome.refused);
  return outcome.rows;
}
