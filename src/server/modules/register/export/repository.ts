// The export's one query: a page of the accommodation's stays with a night in [from, to], after
// a given number. Paging by number (keyset) keeps each query as cheap as the first, however far
// into a large register the export is.
import { and, asc, eq, gt, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { stays, units } from '../../../db/schema.ts';

export async function stayPageForExport(db: Db, accommodationId: string, range: { from: string; to: string }, afterNumber: number, limit: number) {
  return db
    .select({ stay: stays, unitName: units.name })
    .from(stays)
    .leftJoin(units, eq(units.id, stays.unitId))
    .where(
      and(
        eq(stays.accommodationId, accommodationId),
        gt(stays.number, afterNumber),
        lte(stays.arrival, range.to),
        sql`${stays.departure} > ${range.from}::date`,
        ne(stays.status, 'cancelled'),
        // Erased guest data has nothing left to export.
        isNull(stays.erasedAt),
      ),
    )
    .orderBy(asc(stays.number))
    .limit(limit);
}
