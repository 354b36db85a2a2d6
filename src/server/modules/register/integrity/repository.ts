// Reads for the integrity check: the accommodation's counter and chain head, its versions in the
// order they were appended and its stays, both a batch at a time (a register holds years of
// stays), and the numbers missing from 1..last.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/client.ts';
import { accommodations, stays, stayVersions } from '../../../db/schema.ts';

export const BATCH = 1000;

/**
 * The counter and head, holding the register still (FOR SHARE: writers lock it FOR UPDATE, see
 * stays/chain.ts lockRegister) until the caller's transaction ends, so the check sees one state.
 */
export async function registerHeadOf(tx: Db, accommodationId: string) {
  const [row] = await tx
    .select({
      id: accommodations.id,
      companyName: accommodations.companyName,
      lastStayNumber: accommodations.lastStayNumber,
      registerHead: accommodations.registerHead,
    })
    .from(accommodations)
    .where(eq(accommodations.id, accommodationId))
    .for('share');
  return row;
}

export async function allAccommodationIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: accommodations.id }).from(accommodations).orderBy(asc(accommodations.createdAt), asc(accommodations.id));
  return rows.map((row) => row.id);
}

/** The next batch of versions after the version id `after`, in the order they were appended. */
export function versionsAfter(db: Db, accommodationId: string, after: number) {
  return db
    .select({
      id: stayVersions.id,
      stayId: stayVersions.stayId,
      stayNumber: stayVersions.stayNumber,
      version: stayVersions.version,
      recordedAt: stayVersions.recordedAt,
      data: stayVersions.data,
      dataHash: stayVersions.dataHash,
      chainHash: stayVersions.chainHash,
    })
    .from(stayVersions)
    .where(and(eq(stayVersions.accommodationId, accommodationId), gt(stayVersions.id, after)))
    .orderBy(asc(stayVersions.id))
    .limit(BATCH);
}

/** The next batch of stays after the stay number `after`. */
export function staysAfter(db: Db, accommodationId: string, after: number) {
  return db
    .select()
    .from(stays)
    .where(and(eq(stays.accommodationId, accommodationId), gt(stays.number, after)))
    .orderBy(asc(stays.number))
    .limit(BATCH);
}

/** Numbers in 1..last that no stay of the accommodation carries (at most `limit` of them). */
export async function missingNumbers(db: Db, accommodationId: string, last: number, limit: number): Promise<number[]> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`SELECT n::int AS n FROM generate_series(1, ${last}::int) AS n
        WHERE NOT EXISTS (SELECT 1 FROM ${stays} WHERE ${stays.accommodationId} = ${accommodationId} AND ${stays.number} = n)
        ORDER BY n LIMIT ${limit}`,
  );
  return rows.map((row) => Number(row.n));
}
