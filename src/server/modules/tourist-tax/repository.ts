// Queries of the tourist tax module, one per function. Tenants come from the signed-in user's
// own record (municipality or accommodation id), never from the request.
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { TaxPeriodKind, TaxRule, TaxRuleInput } from '../../../shared/schemas/tourist-tax.ts';
import { STAY_PURPOSES } from '../../../shared/schemas/register.ts';
import { queryRows, type Db } from '../../db/client.ts';
import { accommodations, municipalities, taxReturns, taxRules, units, type TaxReturnRow } from '../../db/schema.ts';
import { underCounts, type RuleSegment, type TaxAggregate, type TaxStay } from './computation/compute-tax.ts';
import { VAT_DENOMINATOR, vatTableRows } from './computation/vat.ts';
import type { TaxForfaitUnit } from './computation/forfait.ts';
import type { Period } from './periods.ts';

const ruleColumns = {
  id: taxRules.id,
  accommodationType: taxRules.accommodationType,
  starRating: taxRules.starRating,
  validFrom: taxRules.validFrom,
  perPersonNightCents: taxRules.perPersonNightCents,
  percentageBasisPoints: taxRules.percentageBasisPoints,
  nightCap: taxRules.nightCap,
  forfaitYearCents: taxRules.forfaitYearCents,
  forfaitSeasonCents: taxRules.forfaitSeasonCents,
  seasonStart: taxRules.seasonStart,
  seasonEnd: taxRules.seasonEnd,
  forfaitPerBed: taxRules.forfaitPerBed,
  forfaitActualNightsAllowed: taxRules.forfaitActualNightsAllowed,
  exemptUnderAge: taxRules.exemptUnderAge,
  exemptions: taxRules.exemptions,
  purposeRates: taxRules.purposeRates,
  sourceCitation: taxRules.sourceCitation,
  sourceUrl: taxRules.sourceUrl,
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
  residents: number;
  guest_ages: number[] | string;
  lodging_price_cents: string | number | null;
  camping_pitch: boolean;
  unit_id: string | null;
}

/**
 * A bare camping pitch for VAT (9 % also from 2026): a stay on a unit of kind 'pitch', whatever
 * the accommodation's type; a chalet or room, or a stay without a unit, is lodging (decision 0010).
 * Needs `stays s LEFT JOIN units u ON u.id = s.unit_id`.
 */
const CAMPING_PITCH = sql`coalesce(u.kind = 'pitch', false)`;

/** PGlite returns smallint[] as an array, node-postgres as '{1,2}' text for unknown array types. */
function ages(value: number[] | string): number[] {
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}

/** The registered stays of an accommodation with a night in the period, by number. */
export async function staysForTax(db: Db, accommodationId: string, period: Period, thresholds: readonly number[]): Promise<TaxStay[]> {
  const rows = await queryRows<StayTaxRow>(
    db,
    sql`SELECT s.id, s.number, s.arrival::text AS arrival, s.departure::text AS departure, s.persons, s.purpose, s.residents, s.guest_ages,
               s.lodging_price_cents, ${CAMPING_PITCH} AS camping_pitch, s.unit_id
        FROM stays s LEFT JOIN units u ON u.id = s.unit_id
        WHERE s.accommodation_id = ${accommodationId} AND s.status = 'registered'
          AND s.nights && daterange(${period.from}::date, ${period.to}::date)
        ORDER BY s.number`,
  );
  return rows.map((r) => ({
    kind: 'stay',
    stayId: r.id,
    stayNumber: r.number,
    arrival: r.arrival,
    departure: r.departure,
    persons: r.persons,
    purpose: r.purpose,
    residents: Number(r.residents),
    under: underCounts(ages(r.guest_ages), thresholds),
    knownAges: ages(r.guest_ages).length,
    lodgingPriceCents: r.lodging_price_cents === null ? null : Number(r.lodging_price_cents),
    vatKind: r.camping_pitch ? 'camping_pitch' : 'lodging',
    unitId: r.unit_id,
  }));
}

/**
 * The active units of the accommodations marked jaarplaats or seizoensplaats, per accommodation
 * (decision 0013): what their forfaits are charged for.
 */
export async function forfaitUnitsOf(db: Db, accommodationIds: readonly string[]): Promise<Map<string, TaxForfaitUnit[]>> {
  const result = new Map<string, TaxForfaitUnit[]>();
  if (accommodationIds.length === 0) return result;
  const rows = await db
    .select({
      accommodationId: units.accommodationId,
      unitId: units.id,
      name: units.name,
      kind: units.forfaitKind,
      capacity: units.capacity,
      actualNights: units.actualNights,
    })
    .from(units)
    .where(and(inArray(units.accommodationId, [...accommodationIds]), eq(units.active, true), ne(units.forfaitKind, 'none')))
    .orderBy(asc(units.name), asc(units.id));
  for (const { accommodationId, kind, ...unit } of rows) {
    if (kind === 'none') continue;
    result.set(accommodationId, [...(result.get(accommodationId) ?? []), { ...unit, kind }]);
  }
  return result;
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
  age: number;
  nights: string | number;
  pn_in: string | number;
  pn_out: string | number;
  rn_in: string | number;
  rn_out: string | number;
  yn_in: string | number;
  yn_out: string | number;
  revenue: string | number;
  /** A stay of the group has more known ages than persons (see aggregateQuery). */
  overfull: boolean;
}

/** One row per accommodation and rule segment, as the arrays unnest() takes. */
interface SegmentRows {
  accommodationId: string[];
  from: string[];
  to: string[];
  cap: number[];
  age: number[];
  /** The rule's percentage in basis points, -1 where it has none. */
  bp: number[];
  /** The purposes the rule exempts, comma-separated (decision 0014). */
  exemptPurposes: string[];
  /** The purposes with a rate of their own, which no percentage touches. */
  ratedPurposes: string[];
}

/** The segments of the kinds in `groups` for each accommodation of the municipality of such a kind. */
async function segmentRows(db: Db, municipalityId: string, groups: readonly SegmentGroup[]): Promise<SegmentRows> {
  const byKind = new Map(groups.map((g) => [`${g.accommodationType}|${g.starRating ?? 0}`, g.segments]));
  const members = await db
    .select({ id: accommodations.id, accommodationType: accommodations.accommodationType, starRating: accommodations.starRating })
    .from(accommodations)
    .where(eq(accommodations.municipalityId, municipalityId));
  const rows: SegmentRows = { accommodationId: [], from: [], to: [], cap: [], age: [], bp: [], exemptPurposes: [], ratedPurposes: [] };
  for (const a of members) {
    for (const s of byKind.get(`${a.accommodationType}|${a.starRating ?? 0}`) ?? []) {
      rows.accommodationId.push(a.id);
      rows.from.push(s.from);
      rows.to.push(s.to);
      rows.cap.push(s.rule?.nightCap ?? 0);
      rows.age.push(s.rule?.exemptUnderAge ?? 0);
      rows.bp.push(s.rule?.percentageBasisPoints ?? -1);
      rows.exemptPurposes.push(STAY_PURPOSES.filter((p) => s.rule && p !== 'tourist' && (s.rule.exemptions ?? []).includes(p)).join(','));
      rows.ratedPurposes.push(Object.keys(s.rule?.purposeRates ?? {}).join(','));
    }
  }
  return rows;
}

function onlyAccommodations(rows: SegmentRows, ids: ReadonlySet<string>): SegmentRows {
  const keep = rows.accommodationId.map((id) => ids.has(id));
  const pick = <T>(values: T[]) => values.filter((_, i) => keep[i]);
  return {
    accommodationId: pick(rows.accommodationId),
    from: pick(rows.from),
    to: pick(rows.to),
    cap: pick(rows.cap),
    age: pick(rows.age),
    bp: pick(rows.bp),
    exemptPurposes: pick(rows.exemptPurposes),
    ratedPurposes: pick(rows.ratedPurposes),
  };
}

// The part of a stay's price on its nights [b.lo, b.hi), by computeTax's cumulative rounding: the
// first k of N nights carry round_half_up(price × k / N) = (2 × price × k + N) div 2N. NULL
// without a price.
const carried = (k: SQL) => sql`(2 * s.lodging_price_cents * (${k}) + (s.departure - s.arrival)) / (2 * (s.departure - s.arrival))`;
const SEGMENT_REVENUE = sql`(${carried(sql`b.hi - s.arrival`)} - ${carried(sql`b.lo - s.arrival`)})`;
/** The segments of the accommodations as rows: unnest() of arrays, whose row count the planner knows. */
const segmentTable = (rows: SegmentRows) =>
  sql`unnest(${sql.param(rows.accommodationId)}::uuid[], ${sql.param(rows.from)}::date[], ${sql.param(rows.to)}::date[],
             ${sql.param(rows.cap)}::int[], ${sql.param(rows.age)}::int[], ${sql.param(rows.bp)}::int[],
             ${sql.param(rows.exemptPurposes)}::text[], ${sql.param(rows.ratedPurposes)}::text[])
      AS g (accommodation_id, seg_from, seg_to, cap, age, bp, exempt_purposes, rated_purposes)`;

/**
 * The sums behind aggregatesForTax, in one pass over the municipality's stays of the period
 * joined by hash to their accommodation's segments (bench/tax.ts, 5 million stays: 1.7 s
 * instead of 14 s). Two things keep the planner on that plan:
 * - The segments come per accommodation through unnest() of arrays, whose row count the planner
 *   knows exactly. Joined by accommodation type and stars (a VALUES list) or as JSON, the join
 *   was estimated at 1–100 rows and became an index scan of the stays per accommodation and
 *   segment: every stay read once per segment, in arrival order, one heap page each.
 * - The persons under a segment's age are counted over the guests' ages unnested as rows of the
 *   join ('unnested'), not by a subquery per stay, which PostgreSQL does not run in parallel
 *   workers. That count is least(persons, guests under the age) only while a stay has no more
 *   known ages than persons (as registering ensures); the groups where some stay has more are
 *   flagged, and their accommodations summed again with the subquery ('per stay').
 * It runs without JIT compilation (sumsWithoutJit).
 */
function aggregateQuery(municipalityId: string, period: Period, rows: SegmentRows, young: 'unnested' | 'per stay'): SQL {
  const first = sql`coalesce(x.guest_no, 1) = 1`;
  const revenue = sql`coalesce(${SEGMENT_REVENUE}, 0)`;
  const sums =
    young === 'unnested'
      ? sql`sum(w.n_in + w.n_out) FILTER (WHERE ${first}) AS nights,
            sum(s.persons * w.n_in) FILTER (WHERE ${first}) AS pn_in, sum(s.persons * w.n_out) FILTER (WHERE ${first}) AS pn_out,
            sum(s.residents * w.n_in) FILTER (WHERE ${first}) AS rn_in, sum(s.residents * w.n_out) FILTER (WHERE ${first}) AS rn_out,
            coalesce(sum(w.n_in) FILTER (WHERE x.guest_age < g.age), 0) AS yn_in, coalesce(sum(w.n_out) FILTER (WHERE x.guest_age < g.age), 0) AS yn_out,
            sum(${revenue}) FILTER (WHERE ${first}) AS revenue,
            bool_or(cardinality(s.guest_ages) > s.persons - s.residents) AS overfull`
      : sql`sum(w.n_in + w.n_out) AS nights, sum(s.persons * w.n_in) AS pn_in, sum(s.persons * w.n_out) AS pn_out,
            sum(s.residents * w.n_in) AS rn_in, sum(s.residents * w.n_out) AS rn_out,
            sum(y.young * w.n_in) AS yn_in, sum(y.young * w.n_out) AS yn_out, sum(${revenue}) AS revenue, false AS overfull`;
  const guests =
    young === 'unnested'
      ? sql`LEFT JOIN LATERAL unnest(s.guest_ages) WITH ORDINALITY AS x (guest_age, guest_no) ON true`
      : sql`CROSS JOIN LATERAL (SELECT least(s.persons - s.residents, count(*)::int) AS young FROM unnest(s.guest_ages) x WHERE x < g.age) y`;
  return sql`SELECT g.accommodation_id, g.seg_from::text AS seg_from, s.purpose, g.age, ${sums}
      FROM stays s
      JOIN accommodations a ON a.id = s.accommodation_id
      JOIN ${segmentTable(rows)} ON g.accommodation_id = a.id
      CROSS JOIN LATERAL (
        SELECT greatest(s.arrival, g.seg_from) AS lo, least(s.departure, g.seg_to) AS hi,
               CASE WHEN g.cap > 0 THEN s.arrival + g.cap ELSE s.departure END AS c
      ) b
      CROSS JOIN LATERAL (
        SELECT greatest(0, least(b.hi, b.c) - b.lo) AS n_in, greatest(0, b.hi - greatest(b.lo, b.c)) AS n_out
      ) w
      ${guests}
      WHERE s.municipality_id = ${municipalityId} AND s.status = 'registered'
        AND s.nights && daterange(${period.from}::date, ${period.to}::date)
        AND s.arrival < g.seg_to AND s.departure > g.seg_from
      GROUP BY g.accommodation_id, g.seg_from, g.age, s.purpose`;
}

/**
 * PostgreSQL compiles a plan as costly as aggregateQuery's with LLVM (jit, on by default), once
 * in every parallel worker: in bench/tax.ts each process spent 0.4–1.2 s on it, 0.3–0.5 s of the
 * ~2 s of wall time, and the compiled code won nothing back.
 */
async function sumsWithoutJit<T = AggregateRow>(db: Db, statement: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    return queryRows<T>(tx, statement);
  });
}

/**
 * Person-nights and revenue of a municipality's registered stays in a period, summed in the
 * database per accommodation, rule segment, purpose and residence, within and beyond the night
 * cap: the inputs of computeTax for every accommodation, without reading stays (the percentage,
 * rounded per stay, comes from percentagesForTax).
 */
export async function aggregatesForTax(db: Db, municipalityId: string, period: Period, groups: readonly SegmentGroup[]): Promise<Map<string, TaxAggregate[]>> {
  const byAccommodation = new Map<string, TaxAggregate[]>();
  if (groups.length === 0) return byAccommodation;
  const segments = await segmentRows(db, municipalityId, groups);
  if (segments.accommodationId.length === 0) return byAccommodation;
  const summed = await sumsWithoutJit(db, aggregateQuery(municipalityId, period, segments, 'unnested'));
  const overfull = new Set(summed.filter((r) => r.overfull).map((r) => r.accommodation_id));
  const rows = summed.filter((r) => !overfull.has(r.accommodation_id));
  if (overfull.size > 0) rows.push(...(await sumsWithoutJit(db, aggregateQuery(municipalityId, period, onlyAccommodations(segments, overfull), 'per stay'))));
  for (const r of rows) {
    const list = byAccommodation.get(r.accommodation_id) ?? [];
    const within = Number(r.pn_in);
    const beyond = Number(r.pn_out);
    // Nights (stay-nights) and revenue are counted once, on the part within the cap.
    const once = { nights: Number(r.nights), revenueCents: Number(r.revenue) };
    if (within > 0 || beyond === 0) {
      list.push({
        kind: 'aggregate',
        day: r.seg_from,
        ...once,
        personNights: within,
        cap: 'within',
        under: { [r.age]: Number(r.yn_in) },
        purpose: r.purpose,
        residents: Number(r.rn_in),
      });
    }
    if (beyond > 0) {
      const rest = within > 0 ? { nights: 0, revenueCents: 0 } : once;
      list.push({
        kind: 'aggregate',
        day: r.seg_from,
        ...rest,
        personNights: beyond,
        cap: 'beyond',
        under: { [r.age]: Number(r.yn_out) },
        purpose: r.purpose,
        residents: Number(r.rn_out),
      });
    }
    byAccommodation.set(r.accommodation_id, list);
  }
  return byAccommodation;
}

/** The percentage part of the tax of the municipality's stays in a period, per accommodation. */
export interface PercentageSum {
  percentageCents: number;
  staysWithoutPrice: number;
}

/**
 * The percentage of the lodging price, computed in the database as computeTax does (revenue by
 * cumulative rounding without the VAT of each night, the exact sum over rule segments and VAT
 * rates rounded half up once per stay, nothing
 * for exempt stays) and summed per accommodation; stays without a price under a percentage are
 * counted. The municipality-totals test holds it to computeTax on random registers.
 */
export async function percentagesForTax(db: Db, municipalityId: string, period: Period, groups: readonly SegmentGroup[]): Promise<Map<string, PercentageSum>> {
  const result = new Map<string, PercentageSum>();
  const withPercentage = groups.filter((g) => g.segments.some((s) => s.rule?.percentageBasisPoints != null));
  if (withPercentage.length === 0) return result;
  const segments = await segmentRows(db, municipalityId, withPercentage);
  if (segments.accommodationId.length === 0) return result;
  // The base without VAT per night's rate, as computeTax takes it (vat.ts): revenue × weight / denominator.
  const vat = vatTableRows();
  const vatDenominator = sql`${VAT_DENOMINATOR.toString()}::numeric`;
  const rows = await sumsWithoutJit<{ accommodation_id: string; percentage: string | number; missing: string | number }>(
    db,
    sql`SELECT accommodation_id, sum(cents) AS percentage, sum(missing) AS missing FROM (
          SELECT s.accommodation_id,
                 div(2 * coalesce(sum(${SEGMENT_REVENUE} * g.bp * v.weight * (s.persons - s.residents)) FILTER (WHERE NOT e.exempt), 0) + ${vatDenominator} * s.persons,
                     2 * ${vatDenominator} * s.persons) AS cents,
                 CASE WHEN s.lodging_price_cents IS NULL AND bool_or(NOT e.exempt) THEN 1 ELSE 0 END AS missing
          FROM stays s
          LEFT JOIN units u ON u.id = s.unit_id
          JOIN ${segmentTable(segments)} ON g.accommodation_id = s.accommodation_id
          JOIN unnest(${sql.param(vat.kind)}::text[], ${sql.param(vat.from)}::date[], ${sql.param(vat.to)}::date[], ${sql.param(vat.weight)}::numeric[])
               AS v (kind, v_from, v_to, weight)
            ON v.kind = CASE WHEN ${CAMPING_PITCH} THEN 'camping_pitch' ELSE 'lodging' END
               AND v.v_from < least(s.departure, g.seg_to) AND v.v_to > greatest(s.arrival, g.seg_from)
          CROSS JOIN LATERAL (SELECT greatest(s.arrival, g.seg_from, v.v_from) AS lo, least(s.departure, g.seg_to, v.v_to) AS hi) b
          CROSS JOIN LATERAL (
            -- Residents by law (a stay of residents only); a purpose the rule exempts or taxes at its
            -- own rate pays no percentage. The residents of a mixed stay leave their share out above.
            SELECT s.residents = s.persons OR s.purpose = ANY(string_to_array(g.exempt_purposes, ',') || string_to_array(g.rated_purposes, ',')) AS exempt
          ) e
          WHERE s.municipality_id = ${municipalityId} AND s.status = 'registered'
            AND s.nights && daterange(${period.from}::date, ${period.to}::date)
            AND s.arrival < g.seg_to AND s.departure > g.seg_from AND g.bp >= 0
          GROUP BY s.id, s.accommodation_id, s.lodging_price_cents, s.persons, s.residents
        ) per_stay
        GROUP BY accommodation_id`,
  );
  for (const r of rows) result.set(r.accommodation_id, { percentageCents: Number(r.percentage), staysWithoutPrice: Number(r.missing) });
  return result;
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

/** Whether the accommodation has a registered stay with a night in the period. */
export async function hasRegisteredStays(db: Db, accommodationId: string, period: Period): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`SELECT 1 AS one FROM stays
        WHERE accommodation_id = ${accommodationId} AND status = 'registered'
          AND nights && daterange(${period.from}::date, ${period.to}::date)
        LIMIT 1`,
  );
  return rows.length > 0;
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
