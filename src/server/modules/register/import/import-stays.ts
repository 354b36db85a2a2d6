// "CSV importeren": a register file checked row by row (the preview) and then imported. Every
// row passes the stay schema and the register's own checks (units, document number); the rows
// that pass are written in one transaction with the audit event, the others are skipped and
// reported. A row whose booking reference and arrival are already in the register is a
// duplicate and is not added again, so importing the same file twice adds nothing the second time.
import type { StayInput } from '../../../../shared/schemas/register.ts';
import type { Db } from '../../../db/client.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { RegisterActor } from '../register-actor.ts';
import { registerStays, type ItemError, type ItemResult } from '../stays/register-stays.ts';
import { listUnits } from '../units/units.ts';
import { renamedError } from './item-errors.ts';
import { parseRegisterCsv, type CsvRow } from './parse-csv.ts';
import { columnName, stayOfRow } from './row-to-stay.ts';

export type RowStatus = 'valid' | 'imported' | 'duplicate' | 'invalid';

export interface RowOutcome {
  line: number;
  status: RowStatus;
  errors: NonNullable<ItemError['fields']>;
  summary: { name: string; arrival: string; departure: string; bookingReference: string };
}

function summaryOf(row: CsvRow): RowOutcome['summary'] {
  const { voorletters = '', achternaam = '', aankomst = '', vertrek = '', boekingsnummer = '' } = row.cells;
  return { name: `${voorletters} ${achternaam}`.trim(), arrival: aankomst, departure: vertrek, bookingReference: boekingsnummer };
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
function importCounts(rows: number, written: ItemResult[]) {
  const imported = written.filter((r) => r.status === 'created').length;
  const duplicate = written.filter((r) => r.status === 'existing').length;
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
  return { total: rows.length, valid: count('valid'), imported: count('imported'), duplicate: count('duplicate'), invalid: count('invalid') };
}

async function runImport(deps: Deps, actor: RegisterActor, csv: string, meta: RequestMeta | null) {
  const dryRun = meta === null;
  const rows = parseRegisterCsv(csv);
  const units = new Map((await listUnits(deps.db, actor.accommodationId)).map((u) => [u.name.toLowerCase(), u.id]));
  const checked = rows.map((row) => ({ row, ...stayOfRow(row.cells, units) }));
  const candidates = checked.flatMap((c, index) => ('stay' in c ? [{ index, stay: c.stay }] : []));
  const results = await registerStays(
    deps,
    { accommodationId: actor.accommodationId, actorUserId: actor.userId, source: 'import' },
    candidates.map((c): StayInput => c.stay),
    { status: 'registered', dryRun, afterWrite: (tx, written) => recordImport(tx, deps, actor, meta, importCounts(rows.length, written)) },
  );
  const byItem = new Map(results.map((r) => [r.index, r]));
  const resultOf = new Map(candidates.map((c, item) => [c.index, byItem.get(item)]));
  const outcomes = checked.map(({ row, ...check }, index): RowOutcome => {
    const outcome = 'error' in check ? { status: 'invalid' as const, errors: errorsOf(check.error) } : outcomeOf(resultOf.get(index), dryRun);
    return { line: row.line, ...outcome, summary: summaryOf(row) };
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
