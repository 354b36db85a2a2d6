// Retention: guest personal data is erased once the municipality's retention period after the
// departure has passed. The stay keeps what tourist tax and statistics need (dates, persons,
// purpose, unit, price) and its number, so the register stays continuous; its versions lose their
// data but keep their hashes, so the chain still verifies. Erasing overwrites in place: no
// soft-deleted copy remains in any table the application controls.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';

/** Stays erased per transaction: bounded, so a first run over years of data does not hold locks for long. */
const BATCH = 2_000;

/** The day before which departures are past the retention period of `months` months on `today`. */
export function retentionCutoff(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export async function eraseExpiredGuestData(deps: Deps, today: string): Promise<{ erased: number; municipalities: number }> {
  const municipalities = await queryRows<{ id: string; retention_months: number }>(deps.db, sql`SELECT id, retention_months FROM municipalities`);
  let erased = 0;
  let touched = 0;
  for (const m of municipalities) {
    const cutoff = retentionCutoff(today, m.retention_months);
    let count = 0;
    for (;;) {
      const batch = await eraseBatch(deps, m.id, cutoff, m.retention_months);
      count += batch;
      if (batch < BATCH) break;
    }
    if (count > 0) touched += 1;
    erased += count;
  }
  return { erased, municipalities: touched };
}

/** Erases up to BATCH stays of one municipality, with the audit event saying how many, in one transaction. */
async function eraseBatch(deps: Deps, municipalityId: string, cutoff: string, retentionMonths: number): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const rows = await queryRows<{ id: string }>(tx, sql`
      UPDATE stays SET guest = NULL, co_travellers = NULL, signature = NULL, signatures = NULL, surname_search = NULL,
        employer_name = NULL, erased_at = ${now}
      WHERE id IN (
        SELECT id FROM stays
        WHERE municipality_id = ${municipalityId} AND erased_at IS NULL AND departure < ${cutoff}::date
        LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      RETURNING id`);
    if (rows.length === 0) return 0;
    const ids = sql.join(rows.map((r) => sql`${r.id}::uuid`), sql`, `);
    await tx.execute(sql`UPDATE stay_versions SET data = NULL WHERE data IS NOT NULL AND stay_id IN (${ids})`);
    await recordAudit(tx, {
      action: 'register.retention_erased',
      occurredAt: now,
      municipalityId,
      details: { erased: rows.length, departedBefore: cutoff, retentionMonths },
    });
    return rows.length;
  });
}
