// Queries on stays, one per function. Every query takes the accommodation (or municipality) from
// the signed-in user's scope, never from the request, so it cannot leave its tenant.
import { and, asc, desc, eq, gt, gte, ilike, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { addDays, dutchToday } from '../../../../shared/register/dates.ts';
import type { StayListQuery } from '../../../../shared/schemas/register.ts';
import { containsPattern, queryRows, type Db } from '../../../db/client.ts';
import { accommodations, municipalities, stays, stayVersions, units, users, type StayRow } from '../../../db/schema.ts';
import type { Cipher } from '../../../platform/crypto.ts';
import { presentAt } from '../presence/presence.ts';
import { snapshotOf } from './chain.ts';
import { signatureState } from './signatures.ts';

export const PAGE_SIZE = 50;

export type { StayRow };

export interface RegisterSettings {
  accommodationId: string;
  municipalityId: string;
  status: string;
  recordDocumentNumber: boolean;
  askDateOfBirth: boolean;
  askNationality: boolean;
  registerApvCitation: string | null;
  /** The municipality's CBS code and name: whose residents the postcode table finds (decision 0016). */
  municipalityCode: string;
  municipalityName: string;
}

export async function findRegisterSettings(db: Db, accommodationId: string): Promise<RegisterSettings | undefined> {
  const [row] = await db
    .select({
      accommodationId: accommodations.id,
      municipalityId: accommodations.municipalityId,
      status: accommodations.status,
      recordDocumentNumber: municipalities.recordDocumentNumber,
      askDateOfBirth: municipalities.askDateOfBirth,
      askNationality: municipalities.askNationality,
      registerApvCitation: municipalities.registerApvCitation,
      municipalityCode: municipalities.cbsCode,
      municipalityName: municipalities.name,
    })
    .from(accommodations)
    .innerJoin(municipalities, eq(municipalities.id, accommodations.municipalityId))
    .where(eq(accommodations.id, accommodationId));
  return row;
}

/** A stay to insert; the tax facts (guest_ages, resident, residents) are the trigger's. */
export type NewStayRow = Omit<StayRow, 'id' | 'nights' | 'guestAges' | 'resident' | 'residents'>;

/**
 * Inserts stays in one statement whatever their number: the rows travel as one JSON parameter
 * and PostgreSQL unpacks them (jsonb_to_recordset), which keeps a batch of 1000 from spending its
 * time building a statement of 20 000 parameters.
 */
export async function insertStays(tx: Db, rows: NewStayRow[]): Promise<StayRow[]> {
  if (rows.length === 0) return [];
  const payload = JSON.stringify(
    rows.map((r) => ({
      accommodation_id: r.accommodationId,
      municipality_id: r.municipalityId,
      number: r.number,
      version: r.version,
      status: r.status,
      source: r.source,
      unit_id: r.unitId,
      arrival: r.arrival,
      departure: r.departure,
      persons: r.persons,
      purpose: r.purpose,
      employer_name: r.employerName,
      booking_reference: r.bookingReference,
      lodging_price_cents: r.lodgingPriceCents,
      guest: r.guest,
      co_travellers: r.coTravellers,
      signature: r.signature,
      signatures: r.signatures,
      surname_search: r.surnameSearch,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    })),
  );
  const ids = await queryRows<{ id: string; number: number; guest_ages: number[]; resident: boolean; residents: number }>(
    tx,
    sql`
    INSERT INTO stays (accommodation_id, municipality_id, number, version, status, source, unit_id, arrival, departure, persons,
      purpose, employer_name, booking_reference, lodging_price_cents, guest, co_travellers, signature, signatures, surname_search, created_at, updated_at)
    SELECT accommodation_id, municipality_id, number, version, status, source, unit_id, arrival, departure, persons,
      purpose, employer_name, booking_reference, lodging_price_cents, guest, co_travellers, signature, signatures, surname_search, created_at, updated_at
    FROM jsonb_to_recordset(${payload}::jsonb) AS x(accommodation_id uuid, municipality_id uuid, number int, version int, status text,
      source text, unit_id uuid, arrival date, departure date, persons int, purpose text, employer_name text, booking_reference text,
      lodging_price_cents bigint, guest jsonb, co_travellers jsonb, signature text, signatures jsonb, surname_search text, created_at timestamptz,
      updated_at timestamptz)
    RETURNING id, number, guest_ages, resident, residents`,
  );
  // The id is the database's, and so are the tax facts its trigger filled in.
  const made = new Map(ids.map((r) => [Number(r.number), r]));
  return rows.map((r) => {
    const row = made.get(r.number);
    return {
      ...r,
      id: row?.id ?? '',
      nights: null,
      guestAges: row?.guest_ages ?? [],
      resident: row?.resident ?? false,
      residents: Number(row?.residents ?? 0),
    } as StayRow;
  });
}

export async function findStay(db: Db, accommodationId: string, stayId: string, lock = false): Promise<StayRow | undefined> {
  const query = db
    .select()
    .from(stays)
    .where(and(eq(stays.accommodationId, accommodationId), eq(stays.id, stayId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Stays that include the night starting on `night` ([arrival, departure)), cancelled ones aside. */
export function inNight(night: string): SQL {
  return sql`${stays.nights} @> ${night}::date AND ${stays.status} <> 'cancelled'`;
}

function viewCondition(accommodationId: string, query: StayListQuery, now: Date): SQL | undefined {
  const today = dutchToday(now);
  switch (query.view) {
    case 'arrivals':
      return and(eq(stays.arrival, today), sql`${stays.status} <> 'cancelled'`);
    case 'departures':
      return and(eq(stays.departure, today), sql`${stays.status} <> 'cancelled'`);
    case 'present':
      return presentAt(accommodationId, now);
    case 'pending':
      return eq(stays.status, 'pending');
    default:
      return undefined;
  }
}

export async function listStays(db: Db, accommodationId: string, query: StayListQuery, now: Date) {
  const conditions = [eq(stays.accommodationId, accommodationId), viewCondition(accommodationId, query, now)];
  if (query.q) conditions.push(ilike(stays.surnameSearch, containsPattern(query.q.toLowerCase())));
  // A date range selects the stays with a night in it.
  if (query.from) conditions.push(gte(stays.departure, addDays(query.from, 1)));
  if (query.to) conditions.push(lte(stays.arrival, query.to));
  if (query.unitId) conditions.push(eq(stays.unitId, query.unitId));
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db
      .select({ stay: stays, unitName: units.name })
      .from(stays)
      .leftJoin(units, eq(units.id, stays.unitId))
      .where(where)
      .orderBy(desc(stays.arrival), desc(stays.number))
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(stays).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** The stays with these ids, with their unit's name, for a list in the owner's or the API's view. */
export async function staysWithUnits(db: Db, accommodationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ stay: stays, unitName: units.name })
    .from(stays)
    .leftJoin(units, eq(units.id, stays.unitId))
    .where(and(eq(stays.accommodationId, accommodationId), inArray(stays.id, ids)));
}

export async function unitName(db: Db, unitId: string | null): Promise<string | null> {
  if (!unitId) return null;
  const [row] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  return row?.name ?? null;
}

export async function listVersions(db: Db, stayId: string) {
  return db
    .select({
      version: stayVersions.version,
      change: stayVersions.change,
      recordedAt: stayVersions.recordedAt,
      reason: stayVersions.reason,
      data: stayVersions.data,
      by: { id: users.id, name: users.name, email: users.email },
    })
    .from(stayVersions)
    .leftJoin(users, eq(users.id, stayVersions.recordedBy))
    .where(eq(stayVersions.stayId, stayId))
    .orderBy(asc(stayVersions.version));
}

/** A stay as the API shows it: guests with the document number readable, the signature's presence. */
/** Who said whether the main guest lives in the municipality; 'earlier' is the place-name rule before decision 0016. */
function residencyDecidedBy(stay: StayRow): 'owner' | 'postcode' | 'earlier' | 'none' {
  if (typeof stay.guest?.resident === 'boolean') return 'owner';
  if (stay.guest?.postcode) return 'postcode';
  return stay.resident ? 'earlier' : 'none';
}

export function stayView(stay: StayRow, unit: string | null, cipher: Cipher) {
  const guest = stay.guest ? { ...stay.guest, documentNumber: stay.guest.documentNumber ? cipher.decrypt(stay.guest.documentNumber) : null } : null;
  // The fields the register vouches for, less the encrypted signatures (only who signed and how).
  const { signature, signatures: _signatures, ...fields } = snapshotOf(stay);
  const signatures = signatureState(stay);
  return {
    id: stay.id,
    ...fields,
    unitName: unit,
    guest,
    coTravellers: stay.coTravellers ?? [],
    hasSignature: signature !== null,
    /** Art. 45 (decision 0012): 'missing' is "handtekening ontbreekt"; null once erased. */
    signatureStatus: signatures.status,
    signers: signatures.signers,
    /**
     * Residency for the tourist tax (decision 0016): whether the main guest lives in the
     * municipality, how that was decided (the owner's word or the postcode table), and how many
     * of the persons do. Kept after the guests are erased.
     */
    residency: {
      mainGuest: stay.resident,
      decidedBy: residencyDecidedBy(stay),
      residents: stay.residents,
    },
    erased: stay.erasedAt !== null,
    createdAt: stay.createdAt.toISOString(),
    updatedAt: stay.updatedAt.toISOString(),
  };
}
export type StayView = ReturnType<typeof stayView>;

/** Where a page of the booking-system API's synchronisation ends: the last stay's (updatedAt, id). */
export interface SyncCursor {
  updatedAt: Date;
  id: string;
}

/** `from`/`to`: only stays with a night in [from, to]; `updatedSince`: only stays changed after it. */
export interface ChangeFilter {
  from?: string;
  to?: string;
  updatedSince?: Date;
}

function changeConditions(accommodationId: string, filter: ChangeFilter): SQL[] {
  const conditions = [eq(stays.accommodationId, accommodationId)];
  if (filter.from) conditions.push(gte(stays.departure, addDays(filter.from, 1)));
  if (filter.to) conditions.push(lte(stays.arrival, filter.to));
  if (filter.updatedSince) conditions.push(gt(stays.updatedAt, filter.updatedSince));
  return conditions;
}

/**
 * Stays in the order they last changed (updatedAt, then id), after `cursor`: a stay added or
 * changed while a client pages comes after the pages it already read instead of shifting them.
 */
export async function staysInChangeOrder(db: Db, accommodationId: string, filter: ChangeFilter & { cursor?: SyncCursor; limit: number }) {
  const conditions = changeConditions(accommodationId, filter);
  if (filter.cursor)
    conditions.push(sql`(${stays.updatedAt}, ${stays.id}) > (${filter.cursor.updatedAt.toISOString()}::timestamptz, ${filter.cursor.id}::uuid)`);
  const [rows, [count]] = await Promise.all([
    db
      .select({ stay: stays, unitName: units.name })
      .from(stays)
      .leftJoin(units, eq(units.id, stays.unitId))
      .where(and(...conditions))
      .orderBy(asc(stays.updatedAt), asc(stays.id))
      .limit(filter.limit),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(stays)
      .where(and(...changeConditions(accommodationId, filter))),
  ]);
  return { rows, total: count?.total ?? 0 };
}
