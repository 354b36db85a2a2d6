// "CSV exporteren": the stays of the accommodation with a night in a date range, as the
// register's CSV format. The file is produced page by page while it is sent, so a register of
// any size is exported with the same, small amount of memory. The export is recorded in the
// audit log before the first byte leaves.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fieldError } from '../../../platform/errors.ts';
import { CSV_COLUMNS } from '../../../../shared/register/csv-columns.ts';
import type { RegisterActor } from '../../identity/accommodation-actor.ts';
import { BYTE_ORDER_MARK, csvLine } from '../../../platform/csv-writer.ts';
import { stayPageForExport } from './repository.ts';
import { cellsOfStay } from './stay-cells.ts';

export const EXPORT_PAGE_SIZE = 1000;

export interface ExportRange {
  from: string;
  to: string;
}

async function* csvLines(deps: Deps, accommodationId: string, range: ExportRange): AsyncGenerator<string> {
  yield BYTE_ORDER_MARK + csvLine(CSV_COLUMNS);
  let after = 0;
  for (;;) {
    const page = await stayPageForExport(deps.db, accommodationId, range, after, EXPORT_PAGE_SIZE);
    // One chunk per page: fewer, larger writes than a chunk per line.
    if (page.length > 0) yield page.map((row) => csvLine(cellsOfStay(row.stay, row.unitName, deps.cipher))).join('');
    const last = page.at(-1);
    if (!last || page.length < EXPORT_PAGE_SIZE) return;
    after = last.stay.number;
  }
}

/** Records the export and returns its lines, to be sent as they are produced. */
export async function exportStays(deps: Deps, actor: RegisterActor, range: ExportRange, meta: RequestMeta): Promise<AsyncGenerator<string>> {
  if (range.to < range.from) throw fieldError('to', 'DATE_INVALID');
  await recordAudit(deps.db, {
    action: 'register.exported',
    occurredAt: deps.clock.now(),
    actorUserId: actor.userId,
    accommodationId: actor.accommodationId,
    municipalityId: actor.municipalityId,
    ip: meta.ip,
    details: { from: range.from, to: range.to },
  });
  return csvLines(deps, actor.accommodationId, range);
}
