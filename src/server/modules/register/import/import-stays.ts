// "CSV importeren": a register file checked row by row (the preview) and then imported. Every
// row passes the stay schema and the register's own checks (units, document number); the rows
// that pass are written in one transaction with the audit event, the others are skipped and
// reported. A row whose booking reference and arrival are already in the register is a
// duplicate and is not added again, so importing the same file twice adds nothing the second time;
// so is a row that repeats an earlier row of the same file (`duplicateOf` names that row's line),
// in the preview as in the import.
// Before the file is read at all, the user's rate limit and the accommodation's approval are
// checked; reading and checking the rows happens off the event loop (csv-pool.ts).
import type { StayInput } from '../../../../shared/schemas/register.ts';
import type { Db } from '../../../db/client.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import type { RegisterActor } from '../../identity/accommodation-actor.ts';
import { registerStays, type ItemError, type ItemResult } from '../stays/register-stays.ts';
import { findRegisterSettings, type RegisterSettings } from '../stays/repository.ts';
import { listUnits } from '../units/units.ts';
import type { RowSummary } from './check-rows.ts';
import { checkRowsOffThread } from './csv-pool.ts';
import { renamedError } from './item-errors.ts';
import { columnName } from './row-to-stay.ts';

export type RowStatus = 'valid' | 'imported' | 'duplicate' | 'invalid';

export interface RowOutcome {
  line: number;
  status: RowStatus;
  errors: NonNullable<ItemError['fields']>;
  summary: RowSummary;
  /** For a row that repeats an earlier row of the file: that row's line. */
  duplicateOf: number | null;
}

function errorsOf(error: ItemError): RowOutcome['errors'] {
  const renamed = renamedError(error, columnName);
  return renamed.fields ?? { _row: { code: renamed.code, message: renamed.message } };
}

function outcomeOf(result: ItemResult | undefined, dryRun: boolean): Pick<RowOutcome, 'status' | 'errors'> {
  if (!result) return { status: 'valid', errors: {} }; // a dry run answers only the exceptions
  if (result.status === 'rejected') return { status: 'invalid', errors: errorsOf(result.error) };
  if (result.status === 'existing') return { status: 'duplicate', errors: {} };
  return { status: dryRun ? 'valid' : 'imported', errors: {} };
}

/** The audit event's figures: the file's rows, and what became of them. */
function importCounts(rows: number, repeated: number, written: ItemResult[]) {
  const imported = written.filter((r) => r.status === 'created').length;
  const duplicate = written.filter((r) => r.status === 'existing').length + repeated;
  return { rows, imported, duplicate, invalid: rows - imported - duplicate };
}

/** The import's audit event, written in the transaction of the stays. */
function recordImport(tx: Db, deps: Deps, actor: RegisterActor, meta: RequestMeta | null, details: ReturnType<typeof importCounts>) {
  return recordAudit(tx, {
    action: 'register.stays_imported',
    occurredAt: deps.clock.now(),
    actorUserId: actor.userId,
    accommodationId: actor.accommodationId,
    municipalityId: actor.municipalityId,
    ip: meta?.ip ?? null,
    details,
  });
}

function countsOf(rows: RowOutcome[]) {
  const count = (status: RowStatus) => rows.filter((r) => r.status === status).length;
  const repeated = rows.filter((r) => r.duplicateOf !== null).length;
  // `duplicate` counts both kinds; `repeated` those repeated inside the file.
  return { total: rows.length, valid: count('valid'), imported: count('imported'), duplicate: count('duplicate'), repeated, invalid: count('invalid') };
}

/** What must hold before a file is read: a user within the limit, a register that takes stays. */
async function mayImport(deps: Deps, actor: RegisterActor): Promise<RegisterSettings> {
  await enforceLimit(deps.limiter, `csv-import:${actor.userId}`, deps.limits.csvImportsPerUser);
  const settings = await findRegisterSettings(deps.db, actor.accommodationId);
  if (!settings) throw new AppError('NOT_FOUND');
  if (settings.status !== 'approved') throw new AppError('ACCOMMODATION_NOT_APPROVED');
  return settings;
}

async function runImport(deps: Deps, actor: RegisterActor, csv: string, meta: RequestMeta | null) {
  const dryRun = meta === null;
  const settings = await mayImport(deps, actor);
  const units = new Map((await listUnits(deps.db, actor.accommodationId)).map((u) => [u.name.toLowerCase(), u.id]));
  const rows = await checkRowsOffThread(csv, units, settings);
  const candidates = rows.flatMap(({ check, repeatOf }, index) => ('stay' in check && repeatOf === undefined ? [{ index, stay: check.stay }] : []));
  const repeated = rows.filter((row) => row.repeatOf !== undefined).length;
  const results = await registerStays(
    deps,
    { accommodationId: actor.accommodationId, actorUserId: actor.userId, source: 'import' },
    candidates.map((c): StayInput => c.stay),
    { status: 'registered', dryRun, afterWrite: (tx, written) => recordImport(tx, deps, actor, meta, importCounts(rows.length, repeated, written)) },
  );
  const byItem = new Map(results.map((r) => [r.index, r]));
  const resultOf = new Map(candidates.map((c, item) => [c.index, byItem.get(item)]));
  const outcomes = rows.map(({ line, summary, check, repeatOf }, index): RowOutcome => {
    if (repeatOf !== undefined) return { line, status: 'duplicate', errors: {}, summary, duplicateOf: repeatOf };
    const outcome = 'error' in check ? { status: 'invalid' as const, errors: errorsOf(check.error) } : outcomeOf(resultOf.get(index), dryRun);
    return { line, ...outcome, summary, duplicateOf: null };
  });
  return { rows: outcomes, counts: countsOf(outcomes) };
}

/** What an import of this file would do, row by row; nothing is written. */
export function previewImport(deps: Deps, actor: RegisterActor, csv: string) {
  return runImport(deps, actor, csv, null);
}

/** Imports the rows that pass, in one transaction with the audit event; reports every row. */
export function importStays(deps: Deps, actor: RegisterActor, csv: string, meta: RequestMeta) {
  return runImport(deps, actor, csv, meta);
}
