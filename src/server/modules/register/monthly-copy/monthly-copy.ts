// The monthly copy of the register for the municipality (the practice of "a copy of the register
// on the first day of every month", made automatic): every stay of the municipality's
// accommodations with a night in the month, in the register's CSV format with the accommodation
// and the stay number in front, produced page by page while it is sent. On the first days of a
// month a daily task mails the municipality's contact address that last month's copy is ready;
// the copy itself is only downloaded by a signed-in municipality user or inspector, and each
// download is recorded as an inspection. The copy is the municipality's choice (decision 0015):
// off by default, since it is a second copy of every guest's data outside the register (AVG art.
// 5(1)(c), data minimisation); it is meant for municipalities that also register owners outside
// the system on paper and want one overview of both.
import { asc, eq, sql } from 'drizzle-orm';
import { CSV_COLUMNS } from '../../../../shared/register/csv-columns.ts';
import { addDays } from '../../../../shared/register/dates.ts';
import { queryRows } from '../../../db/client.ts';
import { accommodations, municipalities, scheduledRuns } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { monthlyRegisterCopyMail } from '../../../platform/mail/templates.ts';
import { BYTE_ORDER_MARK, csvLine } from '../../../platform/csv-writer.ts';
import { EXPORT_PAGE_SIZE } from '../export/export-stays.ts';
import { stayPageForExport } from '../export/repository.ts';
import { cellsOfStay } from '../export/stay-cells.ts';
import type { Inspector } from '../inspection/record-inspection.ts';

export const COPY_COLUMNS = ['accommodatie', 'adres', 'nummer', ...CSV_COLUMNS] as const;

/** The first and the last day of a 'YYYY-MM' month. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** The month before the one `today` lies in. */
export function previousMonth(today: string): string {
  return addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

async function* copyLines(deps: Deps, municipalityId: string, month: string): AsyncGenerator<string> {
  yield BYTE_ORDER_MARK + csvLine([...COPY_COLUMNS]);
  const range = monthRange(month);
  const places = await deps.db
    .select({ id: accommodations.id, name: accommodations.companyName, address: accommodations.address, city: accommodations.city })
    .from(accommodations)
    .where(eq(accommodations.municipalityId, municipalityId))
    .orderBy(asc(accommodations.companyName), asc(accommodations.id));
  for (const place of places) {
    let after = 0;
    for (;;) {
      const page = await stayPageForExport(deps.db, place.id, range, after, EXPORT_PAGE_SIZE);
      const prefix = [place.name, `${place.address}, ${place.city}`];
      if (page.length > 0) {
        yield page.map((row) => csvLine([...prefix, String(row.stay.number), ...cellsOfStay(row.stay, row.unitName, deps.cipher)])).join('');
      }
      const last = page.at(-1);
      if (!last || page.length < EXPORT_PAGE_SIZE) break;
      after = last.stay.number;
    }
  }
}

/** Whether the municipality chose the monthly copy (off by default, decision 0015). */
export async function monthlyCopyChosen(deps: Deps, municipalityId: string): Promise<boolean> {
  const [row] = await deps.db.select({ on: municipalities.monthlyCopy }).from(municipalities).where(eq(municipalities.id, municipalityId));
  return row?.on ?? false;
}

/** Records the download as an inspection and returns the copy's lines, to be sent as produced. */
export async function downloadMonthlyCopy(deps: Deps, inspector: Inspector, month: string, meta: RequestMeta): Promise<AsyncGenerator<string>> {
  if (!(await monthlyCopyChosen(deps, inspector.municipalityId))) throw new AppError('MONTHLY_COPY_OFF');
  await recordAudit(deps.db, {
    action: 'register.inspected',
    occurredAt: deps.clock.now(),
    actorUserId: inspector.userId,
    municipalityId: inspector.municipalityId,
    ip: meta.ip,
    details: { kind: 'monthly_copy', month, reason: 'Maandkopie van het register' },
  });
  return copyLines(deps, inspector.municipalityId, month);
}

/**
 * The daily task: from the first of the month on, tells every municipality that chose the copy
 * and has a contact address once that last month's copy is ready (a missed first day is made up the next day).
 */
export async function announceMonthlyCopies(deps: Deps, today: string): Promise<{ announced: number }> {
  const month = previousMonth(today);
  const claimed = await deps.db
    .insert(scheduledRuns)
    .values({ task: 'monthly-copy-announced', day: `${month}-01`, startedAt: deps.clock.now() })
    .onConflictDoNothing()
    .returning({ task: scheduledRuns.task });
  if (claimed.length === 0) return { announced: 0 };
  const recipients = await queryRows<{ name: string; contact_email: string }>(
    deps.db,
    sql`SELECT name, contact_email FROM ${municipalities} WHERE active AND monthly_copy AND contact_email IS NOT NULL AND contact_email <> ''`,
  );
  const url = `${deps.config.publicUrl}/app/inzage/maandkopie?maand=${month}`;
  await deps.db.transaction(async (tx) => {
    for (const m of recipients) await sendMail(tx, deps.cipher, monthlyRegisterCopyMail(m.contact_email, { municipality: m.name, month, url }));
  });
  deps.jobs.kick();
  return { announced: recipients.length };
}
