// Retention: guest personal data is erased once the municipality's retention period after the
// departure has passed. The stay keeps what tourist tax and statistics need (dates, persons,
// purpose, unit, price) and its number, so the register stays continuous; its versions lose their
// data but keep their hashes, so the chain still verifies. Erasing overwrites in place: no
// soft-deleted copy remains in any table the application controls. What a tax audit needs of
// each person is kept anonymously in retained_tax_facts until the audit term ends (tax-facts.ts).
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { rulesOf } from '../../tourist-tax/repository.ts';
import { keepTaxFacts, purgeAuditedTaxFacts, type ErasedStay } from './tax-facts.ts';

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

export async function eraseExpiredGuestData(deps: Deps, today: string): Promise<{ erased: number; municipalities: number; auditFactsDeleted?: number }> {
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
  const auditFactsDeleted = await purgeAuditedTaxFacts(deps.db, today);
  // Left out when nothing was deleted, so the daily answer reads as before on most days.
  return auditFactsDeleted > 0 ? { erased, municipalities: touched, auditFactsDeleted } : { erased, municipalities: touched };
}

/** Erases up to BATCH stays of one municipality, with the audit event saying how many, in one transaction. */
async function eraseBatch(deps: Deps, municipalityId: string, cutoff: string, retentionMonths: number): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const rows = await queryRows<ErasedStay>(
      tx,
      sql`
      SELECT s.id, s.number, s.accommodation_id, a.accommodation_type, a.star_rating, s.status, s.arrival::text AS arrival,
             s.departure::text AS departure, s.persons, s.purpose, s.residents, s.guest_ages, s.lodging_price_cents
      FROM stays s JOIN accommodations a ON a.id = s.accommodation_id
      WHERE s.municipality_id = ${municipalityId} AND s.erased_at IS NULL AND s.departure < ${cutoff}::date
      LIMIT ${BATCH} FOR UPDATE OF s SKIP LOCKED`,
    );
    if (rows.length === 0) return 0;
    await keepTaxFacts(tx, municipalityId, rows, await rulesOf(tx, municipalityId), now);
    const ids = sql.join(
      rows.map((r) => sql`${r.id}::uuid`),
      sql`, `,
    );
    await tx.execute(sql`
      UPDATE stays SET guest = NULL, co_travellers = NULL, signature = NULL, signatures = NULL, surname_search = NULL,
        employer_name = NULL, erased_at = ${now}
      WHERE id IN (${ids})`);
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
