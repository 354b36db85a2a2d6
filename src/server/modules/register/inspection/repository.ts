// Queries of inspection, one per function. Each takes the municipality of the inspector's scope,
// so a look-up cannot reach another municipality's register; the night queries go through the
// GiST indexes on (municipality_id, nights) and (accommodation_id, nights).
import { and, asc, desc, eq, getTableColumns, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { containsPattern, queryRows, type Db } from '../../../db/client.ts';
import { accommodations, stays, units, type StoredSignature } from '../../../db/schema.ts';
import { inNight } from '../stays/repository.ts';

/** More rows than an inspector can read on one screen; the answer says when it was capped. */
export const MAX_ROWS = 1000;

export interface InspectableAccommodation {
  id: string;
  companyName: string;
  address: string;
  city: string;
}

const accommodationColumns = {
  id: accommodations.id,
  companyName: accommodations.companyName,
  address: accommodations.address,
  city: accommodations.city,
};

/** An accommodation of the municipality (whatever its status), or undefined for any other. */
export async function accommodationInMunicipality(db: Db, municipalityId: string, accommodationId: string): Promise<InspectableAccommodation | undefined> {
  const [row] = await db
    .select(accommodationColumns)
    .from(accommodations)
    .where(and(eq(accommodations.id, accommodationId), eq(accommodations.municipalityId, municipalityId)));
  return row;
}

/** The municipality's approved accommodations to choose from, by name. */
export async function inspectableAccommodations(db: Db, municipalityId: string, q: string | undefined): Promise<InspectableAccommodation[]> {
  const pattern = q ? containsPattern(q) : undefined;
  return db
    .select(accommodationColumns)
    .from(accommodations)
    .where(
      and(
        eq(accommodations.municipalityId, municipalityId),
        eq(accommodations.status, 'approved'),
        pattern ? or(ilike(accommodations.companyName, pattern), ilike(accommodations.address, pattern), ilike(accommodations.city, pattern)) : undefined,
      ),
    )
    .orderBy(asc(accommodations.companyName), asc(accommodations.id))
    .limit(MAX_ROWS);
}

/** Where stays are looked for: one accommodation, or the whole municipality. */
export type StayScope = { accommodationId: string } | { municipalityId: string };

function inScope(scope: StayScope): SQL {
  return 'accommodationId' in scope ? eq(stays.accommodationId, scope.accommodationId) : eq(stays.municipalityId, scope.municipalityId);
}

/**
 * What an inspector is shown of a stay: not the signatures' images (large; only who signed and how,
 * for the stay's art. 45 status) nor the search column.
 */
const { signature: _signature, signatures: _signatures, surnameSearch: _search, nights: _nights, ...storedColumns } = getTableColumns(stays);
const inspectedColumns = {
  ...storedColumns,
  signature: sql<string | null>`CASE WHEN ${stays.signature} IS NULL THEN NULL ELSE 'kept' END`,
  signatures: sql<
    StoredSignature[] | null
  >`(SELECT jsonb_agg(s || jsonb_build_object('image', CASE WHEN s->>'image' IS NULL THEN NULL ELSE 'kept' END)) FROM jsonb_array_elements(${stays.signatures}) AS s)`,
};

/** Stays with their accommodation's name and their unit; at most MAX_ROWS + 1 (to tell a cap). */
function staysWhere(db: Db, where: SQL | undefined, order: SQL[]) {
  return db
    .select({ stay: inspectedColumns, accommodationName: accommodations.companyName, unitName: units.name })
    .from(stays)
    .innerJoin(accommodations, eq(accommodations.id, stays.accommodationId))
    .leftJoin(units, eq(units.id, stays.unitId))
    .where(where)
    .orderBy(...order)
    .limit(MAX_ROWS + 1);
}
export type InspectedRow = Awaited<ReturnType<typeof staysWhere>>[number];

const byAccommodationAndNumber = [asc(accommodations.companyName), asc(stays.accommodationId), asc(stays.number)];

/** Stays that include the night starting on `night`, cancelled ones aside. */
export function staysInNight(db: Db, scope: StayScope, night: string) {
  return staysWhere(db, and(inScope(scope), inNight(night)), byAccommodationAndNumber);
}

export interface NightGuest {
  id: string;
  accommodationId: string;
  number: number;
  persons: number;
}

/**
 * Every stay of the municipality in the night, narrowly: what stays_municipality_nights_idx
 * carries, so a city's thousands of guests are counted and ordered without reading the table.
 */
export async function nightGuestsOfMunicipality(db: Db, municipalityId: string, night: string): Promise<NightGuest[]> {
  const rows = await queryRows<{ id: string; accommodation_id: string; number: number; persons: number }>(
    db,
    sql`SELECT id, accommodation_id, number, persons FROM ${stays}
        WHERE municipality_id = ${municipalityId} AND nights @> ${night}::date AND status <> 'cancelled'`,
  );
  return rows.map((r) => ({ id: r.id, accommodationId: r.accommodation_id, number: Number(r.number), persons: Number(r.persons) }));
}

export async function accommodationNames(db: Db, municipalityId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: accommodations.id, name: accommodations.companyName })
    .from(accommodations)
    .where(eq(accommodations.municipalityId, municipalityId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The full rows of these stays, in the order of `ids`. */
export async function staysByIds(db: Db, ids: string[]): Promise<InspectedRow[]> {
  if (ids.length === 0) return [];
  const rows = await staysWhere(db, inArray(stays.id, ids), byAccommodationAndNumber);
  const position = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => (position.get(a.stay.id) ?? 0) - (position.get(b.stay.id) ?? 0));
}

/**
 * Stays of at least `minNights` nights that still run after today (suspected permanent
 * residence), longest first. Stays of 28 nights or more have their own small index
 * (stays_long_idx), so the usual thresholds do not read the municipality's history.
 */
export function longStays(db: Db, municipalityId: string, today: string, minNights: number) {
  const nights = sql`(${stays.departure} - ${stays.arrival})`;
  const current = sql`${stays.departure} > ${today}::date AND ${stays.status} <> 'cancelled' AND ${stays.checkedOutAt} IS NULL`;
  return staysWhere(db, and(eq(stays.municipalityId, municipalityId), current, sql`${nights} >= ${minNights}`), [desc(nights), ...byAccommodationAndNumber]);
}

export interface SilentAccommodation extends InspectableAccommodation {
  lastArrival: string | null;
}

/**
 * Approved accommodations of the municipality without any (not cancelled) stay arriving in
 * [since, today], with the last arrival they did register; at most MAX_ROWS + 1.
 */
export async function silentAccommodations(db: Db, municipalityId: string, since: string, today: string): Promise<SilentAccommodation[]> {
  const arrivedSince = sql`SELECT 1 FROM ${stays} WHERE ${stays.accommodationId} = ${accommodations.id} AND ${stays.status} <> 'cancelled'
    AND ${stays.arrival} BETWEEN ${since}::date AND ${today}::date`;
  const lastArrival = sql<
    string | null
  >`(SELECT max(${stays.arrival})::text FROM ${stays} WHERE ${stays.accommodationId} = ${accommodations.id} AND ${stays.status} <> 'cancelled' AND ${stays.arrival} <= ${today}::date)`;
  return db
    .select({ ...accommodationColumns, lastArrival })
    .from(accommodations)
    .where(and(eq(accommodations.municipalityId, municipalityId), eq(accommodations.status, 'approved'), sql`NOT EXISTS (${arrivedSince})`))
    .orderBy(asc(accommodations.companyName), asc(accommodations.id))
    .limit(MAX_ROWS + 1);
}
