// Reports of an accommodation's start, takeover, move or closure: written once, never changed;
// read by the accommodation itself and by its municipality, newest first.
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodationReports, accommodations, municipalities, users } from '../../../db/schema.ts';

export const REPORTS_PAGE_SIZE = 50;

/** The accommodation with what a report mail needs: its municipality's contact address. */
export async function reportingAccommodation(db: Db, accommodationId: string) {
  const [row] = await db
    .select({
      id: accommodations.id,
      companyName: accommodations.companyName,
      address: accommodations.address,
      city: accommodations.city,
      municipalityId: accommodations.municipalityId,
      contactEmail: municipalities.contactEmail,
    })
    .from(accommodations)
    .innerJoin(municipalities, eq(municipalities.id, accommodations.municipalityId))
    .where(eq(accommodations.id, accommodationId));
  return row;
}

export async function insertReport(tx: Db, values: typeof accommodationReports.$inferInsert) {
  const [row] = await tx.insert(accommodationReports).values(values).returning();
  if (!row) throw new Error('report not stored');
  return row;
}

const reportColumns = {
  id: accommodationReports.id,
  kind: accommodationReports.kind,
  effectiveDate: accommodationReports.effectiveDate,
  details: accommodationReports.details,
  reportedAt: accommodationReports.reportedAt,
  reportedBy: users.email,
  accommodation: { id: accommodations.id, companyName: accommodations.companyName, address: accommodations.address, city: accommodations.city },
};

function reportsWhere(db: Db, where: ReturnType<typeof eq>) {
  return db
    .select(reportColumns)
    .from(accommodationReports)
    .innerJoin(accommodations, eq(accommodations.id, accommodationReports.accommodationId))
    .leftJoin(users, eq(users.id, accommodationReports.reportedBy))
    .where(where)
    .orderBy(desc(accommodationReports.reportedAt), desc(accommodationReports.id));
}
export type ReportRow = Awaited<ReturnType<typeof reportsWhere>>[number];

/** All reports of one accommodation (a handful over its lifetime). */
export function reportsOfAccommodation(db: Db, accommodationId: string) {
  return reportsWhere(db, eq(accommodationReports.accommodationId, accommodationId)).limit(500);
}

/** One page of the reports of the municipality's accommodations, with the total. */
export async function reportsOfMunicipality(db: Db, municipalityId: string, page: number) {
  const where = eq(accommodationReports.municipalityId, municipalityId);
  const [rows, [count]] = await Promise.all([
    reportsWhere(db, where)
      .limit(REPORTS_PAGE_SIZE)
      .offset((page - 1) * REPORTS_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(accommodationReports).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}
