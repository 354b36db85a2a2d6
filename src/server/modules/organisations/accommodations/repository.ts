// Queries on accommodations, one per function. Callers pass the accommodation id from the
// signed-in user's own record, never from the request, so a query cannot leave its tenant.
import { and, asc, eq } from 'drizzle-orm';
import type { HouseTimes } from '../../../../shared/schemas/register.ts';
import type { Db } from '../../../db/client.ts';
import { accommodationMembers, accommodations, municipalities, type AccommodationStatus } from '../../../db/schema.ts';

export interface AccommodationDetails {
  companyName: string;
  address: string;
  postcode: string;
  city: string;
  kvkNumber: string | null;
  phone: string | null;
  beds: number;
  accommodationType: string;
  starRating?: number | null;
}

export async function findAccommodationView(db: Db, accommodationId: string) {
  const [row] = await db
    .select({
      accommodation: accommodations,
      municipality: { id: municipalities.id, code: municipalities.cbsCode, name: municipalities.name },
    })
    .from(accommodations)
    .innerJoin(municipalities, eq(municipalities.id, accommodations.municipalityId))
    .where(eq(accommodations.id, accommodationId))
    .limit(1);
  if (!row) return undefined;
  const a = row.accommodation;
  return {
    id: a.id,
    companyName: a.companyName,
    address: a.address,
    postcode: a.postcode,
    city: a.city,
    kvkNumber: a.kvkNumber,
    phone: a.phone,
    beds: a.beds,
    accommodationType: a.accommodationType,
    starRating: a.starRating,
    checkInTime: a.checkInTime.slice(0, 5),
    checkOutTime: a.checkOutTime.slice(0, 5),
    status: a.status,
    rejectionReason: a.rejectionReason,
    municipality: row.municipality,
  };
}

/** The accommodations a user works for, with the one chosen in the session marked. */
export async function listMemberships(db: Db, userId: string, currentId: string | null) {
  const rows = await db
    .select({ id: accommodations.id, companyName: accommodations.companyName, city: accommodations.city, status: accommodations.status })
    .from(accommodationMembers)
    .innerJoin(accommodations, eq(accommodations.id, accommodationMembers.accommodationId))
    .where(eq(accommodationMembers.userId, userId))
    .orderBy(asc(accommodations.companyName));
  return rows.map((row) => ({ ...row, current: row.id === currentId }));
}

export async function isMember(db: Db, userId: string, accommodationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: accommodationMembers.accommodationId })
    .from(accommodationMembers)
    .where(and(eq(accommodationMembers.userId, userId), eq(accommodationMembers.accommodationId, accommodationId)))
    .limit(1);
  return row !== undefined;
}
export type AccommodationView = NonNullable<Awaited<ReturnType<typeof findAccommodationView>>>;

export async function insertAccommodation(
  tx: Db,
  values: AccommodationDetails & { municipalityId: string; status: AccommodationStatus; createdAt: Date },
): Promise<string> {
  const [row] = await tx
    .insert(accommodations)
    .values({ ...values, updatedAt: values.createdAt })
    .returning({ id: accommodations.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateAccommodation(tx: Db, accommodationId: string, values: AccommodationDetails | HouseTimes, now: Date): Promise<void> {
  await tx
    .update(accommodations)
    .set({ ...values, updatedAt: now })
    .where(eq(accommodations.id, accommodationId));
}
