// Queries of self check-in, one per function: the accommodation behind a check-in link, the
// link's token itself.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodations, municipalities } from '../../../db/schema.ts';

/** What the guest's page shows about where they check in, and what the form must ask. */
export interface CheckInTarget {
  accommodationId: string;
  name: string;
  city: string;
  status: string;
  accommodationPrivacyStatement: string | null;
  municipalityName: string;
  municipalityPrivacyStatement: string | null;
  recordDocumentNumber: boolean;
  askDateOfBirth: boolean;
  askNationality: boolean;
  registerApvCitation: string | null;
}

export async function findCheckInTarget(db: Db, token: string): Promise<CheckInTarget | undefined> {
  const [row] = await db
    .select({
      accommodationId: accommodations.id,
      name: accommodations.companyName,
      city: accommodations.city,
      status: accommodations.status,
      accommodationPrivacyStatement: accommodations.privacyStatement,
      municipalityName: municipalities.name,
      municipalityPrivacyStatement: municipalities.privacyStatement,
      recordDocumentNumber: municipalities.recordDocumentNumber,
      askDateOfBirth: municipalities.askDateOfBirth,
      askNationality: municipalities.askNationality,
      registerApvCitation: municipalities.registerApvCitation,
    })
    .from(accommodations)
    .innerJoin(municipalities, eq(municipalities.id, accommodations.municipalityId))
    .where(eq(accommodations.checkInToken, token));
  return row;
}

export async function findCheckInToken(db: Db, accommodationId: string): Promise<{ token: string | null; name: string } | undefined> {
  const [row] = await db
    .select({ token: accommodations.checkInToken, name: accommodations.companyName })
    .from(accommodations)
    .where(eq(accommodations.id, accommodationId));
  return row;
}

/** Sets the first token; a concurrent first request that got there earlier keeps its token. */
export async function setFirstCheckInToken(db: Db, accommodationId: string, token: string): Promise<void> {
  await db
    .update(accommodations)
    .set({ checkInToken: token })
    .where(and(eq(accommodations.id, accommodationId), isNull(accommodations.checkInToken)));
}

export async function replaceCheckInToken(tx: Db, accommodationId: string, token: string): Promise<void> {
  await tx.update(accommodations).set({ checkInToken: token }).where(eq(accommodations.id, accommodationId));
}
