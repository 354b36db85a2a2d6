// Queries of the tourist tax module, one per function. Tenants come from the signed-in user's
// own record (municipality or accommodation id), never from the request.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TaxPeriodKind, TaxRule, TaxRuleInput } from '../../../shared/schemas/tourist-tax.ts';
import { queryRows, type Db } from '../../db/client.ts';
import { accommodations, municipalities, taxReturns, taxRules, type TaxReturnRow } from '../../db/schema.ts';
import { underCounts, type RuleSegment, type TaxAggregate, type TaxStay } from './computation/compute-tax.ts';
import type { Period } from './periods.ts';

const ruleColumns = {
  id: taxRules.id,
  accommodationType: taxRules.accommodationType,
  starRating: taxRules.starRating,
  validFrom: taxRules.validFrom,
  perPersonNightCents: taxRules.perPersonNightCents,
  percentageBasisPoints: taxRules.percentageBasisPoints,
  nightCap: taxRules.nightCap,
  forfaitPerPitchCents: taxRules.forfaitPerPitchCents,
  exemptUnderAge: taxRules.exemptUnderAge,
  exemptResidents: taxRules.exemptResidents,
  exemptInternationalWorkers: taxRules.exemptInternationalWorkers,
};

export async function rulesOf(db: Db, municipalityId: string): Promise<TaxRule[]> {
  const rows = await db
    .select(ruleColumns)
    .from(taxRules)
    .where(eq(taxRules.municipalityId, municipalityId))
    .orderBy(sql`${taxRules.accommodationType} NULLS FIRST`, sql`${taxRules.starRating} NULLS FIRST`, asc(taxRules.validFrom));
  return rows.map((r) => ({ ...r, accommodationType: r.accommodationType as TaxRule['accommodationType'] }));
}

/** Inserts a rule version; undefined when a version of the same type and stars starts that day. */
export async function insertRule(db: Db, municipalityId: string, rule: TaxRuleInput, createdBy: string | null, createdAt: Date): Promise<TaxRule | undefined> {
  const [row] = await db
    .insert(taxRules)
    .values({ ...rule, municipalityId, createdBy, createdAt })
    .onConflictDoNothing()
    .returning(ruleColumns);
  return row && { ...row, accommodationType: row.accommodationType as TaxRule['accommodationType'] };
}

export async function findRule(db: Db, municipalityId: string, id: string) {
  const [row] = await db
    .select({ id: taxRules.id, validFrom: taxRules.validFrom })
    .from(taxRules)
    .where(and(eq(taxRules.id, id), eq(taxRules.municipalityId, municipalityId)));
  return row;
}

export async function deleteRule(db: Db, id: string): Promise<void> {
  await db.delete(taxRules).where(eq(taxRules.id, id));
}

export async function settingsOf(db: Db, municipalityId: string) {
  const [row] = await db
    .select({ period: municipalities.taxPeriod, deadlineDays: municipalities.taxDeadlineDays, name: municipalities.name, cbsCode: municipalities.cbsCode })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  if (!row) throw new Error(`municipality ${municipalityId} not found`);
  return row;
}

export async function updateSettings(db: Db, municipalityId: string, settings: { period: TaxPeriodKind; deadlineDays: number }): Promise<void> {
  await db.update(municipalities).set({ taxPeriod: settings.period, taxDeadlineDays: settings.deadlineDays }).where(eq(municipalities.id, municipalityId));
}

export interface TaxedAccommodation {
  id: string;
  companyName: string;
  address: string;
  city: string;
  accommodationType: string;
  starRating: number | null;
  municipalityId: string;
  createdAt: Date;
}

const accommodationColumns = {
  id: accommodations.id,
  companyName: accommodations.companyName,
  address: accommodations.address,
  city: accommodations.city,
  accommodationType: accommodations.accommodationType,
  starRating: accommodations.starRating,
  municipalityId: accommodations.municipalityId,
  createdAt: accommodations.createdAt,
};

export async function findTaxedAccommodation(db: Db, accommodationId: string): Promise<TaxedAccommodation | undefined> {
  const [row] = await db.select(accommodationColumns).from(accommodations).where(eq(accommodations.id, accommodationId));
  return row;
}

/** The approved accommodations of a municipality, by name. */
export async function accommodationsOf(db: Db, municipalityId: string): Promise<TaxedAccommodation[]> {
  return db
    .select(accommodationColumns)
    .from(accommodations)
    .where(and(eq(accommodations.municipalityId, municipalityId), eq(accommodations.status, 'approved')))
    .orderBy(asc(accommodations.companyName), asc(accommodations.id));
}

interface StayTaxRow {
  id: string;
  number: number;
  arrival: string;
  departure: string;
  persons: number;
  purpose: TaxStay['purpose'];
  resident: boolean;
  guest_ages: number[] | string;
  lodging_price_cents: string | number | null;
}

/** PGlite returns smallint[] as an array, node-postgres as '{1,2}' text for unknown array types. */
function ages(value: number[] | string): number[] {
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}

/** The registered stays of an accommodation with a night in the period, by number. */
export async function staysForTax(db: Db, accommodationId: string, period: Period, thresholds: readonly number[]): Promise<TaxStay[]> {
  const rows = await queryRows<StayTaxRow>(
    db,
    sql`SELECT id, number, arrival::text AS arrival, departure::text AS departure, persons, purpose, resident, guest_ages, lodging_price_cents
        FROM stays
        WHERE accommodation_id = ${accommodationId} AND status = 'registered'
          AND nights && daterange(${period.from}::date, ${period.to}::date)
        ORDER BY number`,
  );
  return rows.map((r) => ({
    kind: 'stay',
    stayId: r.id,
    stayNumber: r.number,
    arrival: r.arrival,
    departure: r.departure,
    persons: r.persons,
    purpose: r.purpose,
    resident: r.resident,
    under: underCounts(ages(r.guest_ages), thresholds),
    lodgingPriceCents: r.lodging_price_cents === null ? null : Number(r.lodging_price_cents),
  }));
}

/** The rule segments of one kind of accommodation (type and stars) in the period. */
export interface SegmentGroup {
  accommodationType: string;
  starRating: number | null;
  segments: RuleSegment[];
}

interface AggregateRow {
  accommodation_id: string;
  seg_from: string;
  purpose: TaxStay['purpose'];
  resident: boolean;
  age: number;
  nights: string | number;
  pn_in: string | number;
  pn_out: string | number;
  yn_in: string | number;
  yn_out: string | number;
}

/**
 * Person-nights of a municipality's registered stays in a period, summed in the database per
 * accommodation, rule segment, purpose and residence, within and beyond the night cap: the
 * inputs of the tax of every accommodation whose rules have no percentage, without reading stays.
 */
export async function aggregatesForTax(db: Db, municipalityId: string, period: Period, groups: readonly SegmentGroup[]): Promise<Map<string, TaxAggregate[]>> {
  const values = groups.flatMap((g) =>
    g.segments.map(
      (s) =>
        sql`(${g.accommodationType}::text, ${g.starRating ?? 0}::int, ${s.from}::date, ${s.to}::date, ${s.rule?.nightCap ?? 0}::int, ${s.rule?.exemptUnderAge ?? 0}::int)`,
    ),
  );
  const byAccommodation = new Map<string, TaxAggregate[]>();
  if (values.length === 0) return byAccommodation;
  const rows = await queryRows<AggregateRow>(
    db,
    sql`WITH seg (accommodation_type, star_rating, seg_from, seg_to, cap, age) AS (VALUES ${sql.join(values, sql`, `)})
        SELECT s.accommodation_id, g.seg_from::text AS seg_from, s.purpose, s.resident, g.age,
               sum(w.n_in + w.n_out) AS nights,
               sum(s.persons * w.n_in) AS pn_in, sum(s.persons * w.n_out) AS pn_out,
               sum(y.young * w.n_in) AS yn_in, sum(y.young * w.n_out) AS yn_out
        FROM stays s
        JOIN accommodations a ON a.id = s.accommodation_id
        JOIN seg g ON g.accommodation_type = a.accommodation_type AND g.star_rating = coalesce(a.star_rating, 0)
        CROSS JOIN LATERAL (
          SELECT greatest(s.arrival, g.seg_from) AS lo, least(s.departure, g.seg_to) AS hi,
                 CASE WHEN g.cap > 0 THEN s.arrival + g.cap ELSE s.departure END AS c
        ) b
        CROSS JOIN LATERAL (
          SELECT greatest(0, least(b.hi, b.c) - b.lo) AS n_in, greatest(0, b.hi - greatest(b.lo, b.c)) AS n_out
        ) w
        CROSS JOIN LATERAL (
          SELECT CASE WHEN g.age = 0 THEN 0
                      ELSE least(s.persons, (SELECT count(*) FROM unnest(s.guest_ages) x WHERE x < g.age)) END AS young
        ) y
        WHERE s.municipality_id = ${municipalityId} AND s.status = 'registered'
          AND s.nights && daterange(${period.from}::date, ${period.to}::date)
          AND s.arrival < g.seg_to AND s.departure > g.seg_from
        GROUP BY 1, 2, 3, 4, 5`,
  );
  for (const r of rows) {
    const list = byAccommodation.get(r.accommodation_id) ?? [];
    const facts = { purpose: r.purpose, resident: r.resident };
    const within = Number(r.pn_in);
    const beyond = Number(r.pn_out);
    // Nights (stay-nights) are counted once, on the part within the cap.
    if (within > 0 || beyond === 0) {
      list.push({ kind: 'aggregate', day: r.seg_from, nights: Number(r.nights), personNights: within, cap: 'within', under: { [r.age]: Number(r.yn_in) }, ...facts });
    }
    if (beyond > 0) {
      list.push({ kind: 'aggregate', day: r.seg_from, nights: within > 0 ? 0 : Number(r.nights), personNights: beyond, cap: 'beyond', under: { [r.age]: Number(r.yn_out) }, ...facts });
    }
    byAccommodation.set(r.accommodation_id, list);
  }
  return byAccommodation;
}

export async function returnsOf(db: Db, accommodationId: string, periods?: readonly string[]): Promise<TaxReturnRow[]> {
  return db
    .select()
    .from(taxReturns)
    .where(and(eq(taxReturns.accommodationId, accommodationId), periods ? inArray(taxReturns.period, [...periods]) : undefined))
    .orderBy(asc(taxReturns.periodStart), asc(taxReturns.sequence));
}

/** The returns of a municipality's accommodations for one period, the latest of each first. */
export async function municipalityReturns(db: Db, municipalityId: string, period: string): Promise<TaxReturnRow[]> {
  return db
    .select()
    .from(taxReturns)
    .where(and(eq(taxReturns.municipalityId, municipalityId), eq(taxReturns.period, period)))
    .orderBy(asc(taxReturns.accommodationId), desc(taxReturns.sequence));
}

export async function findReturn(db: Db, id: string): Promise<TaxReturnRow | undefined> {
  const [row] = await db.select().from(taxReturns).where(eq(taxReturns.id, id));
  return row;
}

/** Whether a registered stay of the accommodation with a night in the period changed after `since`. */
export async function staysChangedSince(db: Db, accommodationId: string, period: Period, since: Date): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`SELECT 1 AS one FROM stays
        WHERE accommodation_id = ${accommodationId} AND updated_at > ${since.toISOString()}::timestamptz
          AND nights && daterange(${period.from}::date, ${period.to}::date)
        LIMIT 1`,
  );
  return rows.length > 0;
}
