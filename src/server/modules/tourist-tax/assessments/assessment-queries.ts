// Queries of the aanslagen and the requests for ambtshalve vermindering, one per function. The
// tenant (municipality or accommodation) is always part of the condition.
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodations, taxAssessments, taxReductionRequests, type TaxAssessmentRow, type TaxReductionRequestRow } from '../../../db/schema.ts';
import type { Period } from '../periods.ts';
import { lastDayOf } from '../periods.ts';

export type NewAssessment = typeof taxAssessments.$inferInsert;

/** Inserts aanslagen; a number the municipality already has is skipped (fewer rows come back). */
export async function insertAssessments(db: Db, rows: NewAssessment[]): Promise<TaxAssessmentRow[]> {
  return db.insert(taxAssessments).values(rows).onConflictDoNothing().returning();
}

/** Which of these aanslag numbers the municipality already has. */
export async function takenNumbers(db: Db, municipalityId: string, numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await db
    .select({ number: taxAssessments.number })
    .from(taxAssessments)
    .where(and(eq(taxAssessments.municipalityId, municipalityId), inArray(taxAssessments.number, [...numbers])));
  return new Set(rows.map((r) => r.number));
}

/** The ids of the municipality's accommodations among these. */
export async function accommodationsOfMunicipality(db: Db, municipalityId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: accommodations.id, companyName: accommodations.companyName })
    .from(accommodations)
    .where(and(eq(accommodations.municipalityId, municipalityId), inArray(accommodations.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.companyName]));
}

const overlapping = (period: Period) => and(lte(taxAssessments.periodStart, lastDayOf(period)), gte(taxAssessments.periodEnd, period.from));

/** An accommodation's aanslagen over (part of) a period, oldest dagtekening first. */
export async function assessmentsOfAccommodation(db: Db, accommodationId: string, period: Period): Promise<TaxAssessmentRow[]> {
  return db
    .select()
    .from(taxAssessments)
    .where(and(eq(taxAssessments.accommodationId, accommodationId), overlapping(period)))
    .orderBy(asc(taxAssessments.datedOn), asc(taxAssessments.recordedAt));
}

/** A municipality's aanslagen over (part of) a period, oldest dagtekening first. */
export async function assessmentsOfMunicipality(db: Db, municipalityId: string, period: Period): Promise<TaxAssessmentRow[]> {
  return db
    .select()
    .from(taxAssessments)
    .where(and(eq(taxAssessments.municipalityId, municipalityId), overlapping(period)))
    .orderBy(asc(taxAssessments.datedOn), asc(taxAssessments.number));
}

export async function reductionRequestsOf(db: Db, assessmentIds: readonly string[]): Promise<TaxReductionRequestRow[]> {
  if (assessmentIds.length === 0) return [];
  return db
    .select()
    .from(taxReductionRequests)
    .where(inArray(taxReductionRequests.assessmentId, [...assessmentIds]))
    .orderBy(asc(taxReductionRequests.submittedAt));
}

export async function insertReductionRequest(db: Db, row: typeof taxReductionRequests.$inferInsert): Promise<TaxReductionRequestRow> {
  const [stored] = await db.insert(taxReductionRequests).values(row).returning();
  if (!stored) throw new Error('reduction request not stored');
  return stored;
}

export async function companyNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: accommodations.id, companyName: accommodations.companyName })
    .from(accommodations)
    .where(inArray(accommodations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.companyName]));
}
