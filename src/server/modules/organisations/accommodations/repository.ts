// Queries on accommodations, one per function. Callers pass the accommodation id from the
// signed-in user's own record, never from the request, so a query cannot leave its tenant.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodations, municipalities } from '../../../db/schema.ts';

export interface AccommodationDetails {
  companyName: string;
  address: string;
  postcode: string;
  city: string;
  kvkNumber: string | null;
  phone: string | null;
  beds: number;
  accommodationType: string;
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
    municipality: row.municipality,
  };
}
export type AccommodationView = NonNullable<Awaited<ReturnType<typeof findAccommodationView>>>;

export async function insertAccommodation(
  tx: Db,
  values: AccommodationDetails & { municipalityId: string },
): Promise<string> {
  const [row] = await tx.insert(accommodations).values(values).returning({ id: accommodations.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateAccommodation(
  tx: Db,
  accommodationId: string,
  values: AccommodationDetails,
  now: Date,
): Promise<void> {
  await tx.update(accommodations).set({ ...values, updatedAt: now }).where(eq(accommodations.id, accommodationId));
}
