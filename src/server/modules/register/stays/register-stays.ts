// Registering stays: one stay from the staff form or a guest's self check-in, or many from a CSV
// import or the booking-system API. Each stay is checked against the accommodation's units and
// the municipality's rules, gets the next number and its first version, all in one transaction.
// A stay whose booking reference and arrival are already in the register is not added again.
import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { childExemptionAges } from '../../tourist-tax/rules/child-exemption.ts';
import { NETHERLANDS, OTHER_NATIONALITY } from '../../../../shared/register/countries.ts';
import type { ErrorCode } from '../../../../shared/error-codes.ts';
import {
  missingAskedFields,
  type AskedFields,
  type CoTraveller,
  type Guest,
  type StayInput,
  type StaySource,
  type StayStatus,
} from '../../../../shared/schemas/register.ts';
import type { Db } from '../../../db/client.ts';
import { stays, units, type StayRow, type StoredCoTraveller, type StoredGuest } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import type { Cipher } from '../../../platform/crypto.ts';
import { AppError } from '../../../platform/errors.ts';
import { errorMessages } from '../../../platform/messages.ts';
import { appendVersions, lockRegister } from './chain.ts';
import { signaturesToStore, type Witness } from './signatures.ts';
import type { SignatureInput } from '../../../../shared/schemas/signatures.ts';
import type { StoredSignature } from '../../../db/schema.ts';
import { unitProblem, type Occupant, type UnitRule } from './occupancy.ts';
import { findRegisterSettings, insertStays, type NewStayRow, type RegisterSettings } from './repository.ts';

/** A stay to add: the validated input, for self check-in the guest's signature, from the desk the signatures taken there. */
export type NewStay = StayInput & { signature?: string | null; signatures?: SignatureInput[] };

/** Who adds stays to which register, and how. */
export interface RegisterContext {
  accommodationId: string;
  actorUserId: string | null;
  source: StaySource;
  /** The staff member taking signatures at the desk (decision 0012). */
  witness?: Witness;
}

export interface ItemError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, { code: ErrorCode; message: string }>;
}

export type ItemResult = { index: number; status: 'created' | 'existing'; stay: StayRow } | { index: number; status: 'rejected'; error: ItemError };

function fieldProblem(field: string, code: ErrorCode): ItemError {
  return { code: 'VALIDATION_FAILED', message: errorMessages.VALIDATION_FAILED, fields: { [field]: { code, message: errorMessages[code] } } };
}

/**
 * The guest as stored: the document number only where the municipality records it, encrypted.
 * An unchanged number keeps its earlier ciphertext, so a correction of something else does not
 * show the guest as changed in the history.
 */
export function storedGuest(input: Guest, settings: StorageSettings, arrival: string, cipher: Cipher, previous?: StoredGuest | null): StoredGuest {
  // The address, the owner's word on residency and the age question are kept only when given, so
  // a guest without them is stored (and hashed in the register's chain) as before decisions 0016/0017.
  const { postcode, houseNumber, resident, youngerThan, ...rest } = minimised(input, settings, arrival);
  const guest: StoredGuest = {
    ...rest,
    documentNumber: null,
    ...(postcode ? { postcode, houseNumber } : {}),
    ...(resident !== null ? { resident } : {}),
    ...(youngerThan ? { youngerThan } : {}),
  };
  const number = settings.recordDocumentNumber && input.nationality !== NETHERLANDS ? input.documentNumber : null;
  if (!number) return guest;
  const kept = previous?.documentNumber && cipher.decrypt(previous.documentNumber) === number ? previous.documentNumber : null;
  return { ...guest, documentNumber: kept ?? cipher.encrypt(number) };
}

/** The co-travellers as stored: "same address" and the age question only when said, as storedGuest keeps the guest. */
export function storedCoTravellers(coTravellers: readonly CoTraveller[], settings: StorageSettings, arrival: string): StoredCoTraveller[] {
  return coTravellers.map((person) => {
    const { sameAddress, youngerThan, ...rest } = minimised(person, settings, arrival);
    return { ...rest, ...(sameAddress ? { sameAddress } : {}), ...(youngerThan ? { youngerThan } : {}) };
  });
}

/** What storing a guest needs to know of the municipality: its document-number rule, what its APV asks, its rate's children's age. */
export type StorageSettings = Pick<RegisterSettings, 'recordDocumentNumber'> & AskedFields & { childAgeOn: (day: string) => number | null };

/** The register's settings with what storing a guest needs; undefined for an unknown accommodation. */
export async function storageSettings(db: Db, accommodationId: string): Promise<(RegisterSettings & StorageSettings) | undefined> {
  const settings = await findRegisterSettings(db, accommodationId);
  if (!settings) return undefined;
  // The rules are read only where a date of birth may have to be reduced to "jonger dan N?".
  const childAgeOn = settings.askDateOfBirth ? () => null : await childExemptionAges(db, accommodationId);
  return { ...settings, childAgeOn };
}

/** Completed years on `day` of someone born on `born` (both 'YYYY-MM-DD'). */
function ageOn(born: string, day: string): number {
  return Number(day.slice(0, 4)) - Number(born.slice(0, 4)) - (day.slice(5) < born.slice(5) ? 1 : 0);
}

/**
 * A person as the municipality asks (decision 0017): without the date of birth where its APV does
 * not ask it, keeping of a date sent anyway only the answer to "jonger dan N?" for the rate's age N
 * on arrival (nothing without a children's exemption); and with only Dutch or another nationality
 * where it does not ask the nationality (all art. 45 needs).
 */
function minimised<P extends { dateOfBirth: string | null; youngerThan: Guest['youngerThan']; nationality: string | null }>(
  person: P,
  settings: StorageSettings,
  arrival: string,
): P {
  let result = person;
  if (!settings.askDateOfBirth && result.dateOfBirth) {
    const age = settings.childAgeOn(arrival);
    result = { ...result, dateOfBirth: null, youngerThan: age === null ? result.youngerThan : { age, younger: ageOn(result.dateOfBirth, arrival) < age } };
  }
  if (!settings.askNationality && result.nationality && result.nationality !== NETHERLANDS) result = { ...result, nationality: OTHER_NATIONALITY };
  return result;
}

/** Lower-case names of everyone in the stay, for the register's name search. */
export function surnameSearch(stay: Pick<StayInput, 'guest' | 'coTravellers'>): string {
  return [stay.guest, ...stay.coTravellers].map((p) => `${p.initials} ${p.surname}`.toLowerCase()).join(' | ');
}

/** The rules that need the register: units, the document number setting. */
export function checkAgainstRegister(
  stay: NewStay,
  settings: RegisterSettings,
  unitsById: Map<string, UnitRule & { active: boolean }>,
  occupants: readonly Occupant[],
  self?: string,
): ItemError | null {
  const { guest } = stay;
  if (settings.recordDocumentNumber && guest.nationality !== NETHERLANDS && !guest.documentNumber) {
    return fieldProblem('guest.documentNumber', 'REQUIRED');
  }
  const [missing] = missingAskedFields(stay, settings);
  if (missing) return fieldProblem(missing[0], missing[1]);
  if (!stay.unitId) return null;
  const unit = unitsById.get(stay.unitId);
  if (!unit || (!unit.active && !self)) return fieldProblem('unitId', 'UNIT_INVALID');
  const problem = unitProblem(unit, { id: self, unitId: unit.id, arrival: stay.arrival, departure: stay.departure, persons: stay.persons }, occupants);
  return problem ? fieldProblem(problem.field, problem.code) : null;
}

export async function unitRules(tx: Db, accommodationId: string) {
  const rows = await tx
    .select({ id: units.id, capacity: units.capacity, exclusive: units.exclusive, active: units.active })
    .from(units)
    .where(eq(units.accommodationId, accommodationId));
  return new Map(rows.map((u) => [u.id, u]));
}

/** Stays on these units that share a night with [from, to). */
export async function occupantsOf(tx: Db, accommodationId: string, unitIds: string[], from: string, to: string): Promise<Occupant[]> {
  if (unitIds.length === 0) return [];
  const rows = await tx
    .select({ id: stays.id, unitId: stays.unitId, arrival: stays.arrival, departure: stays.departure, persons: stays.persons })
    .from(stays)
    .where(
      and(
        eq(stays.accommodationId, accommodationId),
        inArray(stays.unitId, unitIds),
        ne(stays.status, 'cancelled'),
        sql`${stays.arrival} < ${to}::date AND ${stays.departure} > ${from}::date`,
      ),
    );
  return rows.filter((r): r is Occupant & { unitId: string; id: string } => r.unitId !== null);
}

async function existingBookings(tx: Db, accommodationId: string, items: NewStay[]): Promise<Map<string, StayRow>> {
  const references = [...new Set(items.map((s) => s.bookingReference).filter((r): r is string => !!r))];
  if (references.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(stays)
    .where(and(eq(stays.accommodationId, accommodationId), isNotNull(stays.bookingReference), inArray(stays.bookingReference, references)));
  return new Map(rows.map((r) => [`${r.bookingReference}|${r.arrival}`, r]));
}

/** Each accepted row once (a booking repeated inside a batch appears twice in `accepted`). */
function* batchRows(accepted: { row: NewStayRow }[]): Generator<NewStayRow> {
  const seen = new Set<number>();
  for (const { row } of accepted) {
    if (seen.has(row.number)) continue;
    seen.add(row.number);
    yield row;
  }
}

function span(items: NewStay[]): [string, string] {
  let from = items[0]?.arrival ?? '1900-01-01';
  let to = items[0]?.departure ?? '1900-01-02';
  for (const s of items) {
    if (s.arrival < from) from = s.arrival;
    if (s.departure > to) to = s.departure;
  }
  return [from, to];
}

/** The signatures taken at the desk with a new stay, or why one cannot be kept. */
function deskSignatures(item: NewStay, ctx: RegisterContext, now: Date, cipher: Cipher): StoredSignature[] | ItemError {
  if (!ctx.witness || !item.signatures?.length) return [];
  const stay = {
    arrival: item.arrival,
    guest: { ...item.guest, documentNumber: null },
    coTravellers: item.coTravellers,
    signature: null,
    signatures: null,
    createdAt: now,
    erasedAt: null,
  };
  const stored = signaturesToStore(stay, item.signatures, ctx.witness, now, cipher, (index, field) => `signatures.${index}.${field}`);
  return Array.isArray(stored) ? stored : fieldProblem(stored.field, stored.code);
}

export interface RegisterOptions {
  status: StayStatus;
  /** Write nothing unless every item is valid (CSV import). */
  allOrNothing?: boolean;
  /** Check only, write nothing: answers the existing and rejected items (the CSV import's preview). */
  dryRun?: boolean;
  /** Runs in the same transaction after stays were written, e.g. to record the import's audit event. */
  afterWrite?: (tx: Db, results: ItemResult[]) => Promise<void>;
}

/**
 * Adds stays to the accommodation's register. Returns one result per item, in order: created,
 * existing (same booking reference and arrival), or rejected with its error.
 */
export async function registerStays(deps: Deps, ctx: RegisterContext, items: NewStay[], options: RegisterOptions): Promise<ItemResult[]> {
  const settings = await storageSettings(deps.db, ctx.accommodationId);
  if (!settings) throw new AppError('NOT_FOUND');
  if (settings.status !== 'approved') throw new AppError('ACCOMMODATION_NOT_APPROVED');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const lock = await lockRegister(tx, ctx.accommodationId);
    const unitsById = await unitRules(tx, ctx.accommodationId);
    const batchUnits = [...new Set(items.map((s) => s.unitId).filter((u): u is string => !!u && unitsById.has(u)))];
    const [from, to] = span(items);
    const occupants = await occupantsOf(tx, ctx.accommodationId, batchUnits, from, to);
    const existing = await existingBookings(tx, ctx.accommodationId, items);

    const results: ItemResult[] = [];
    const accepted: { index: number; row: NewStayRow }[] = [];
    /** Stays of this batch by booking, so a repeat inside the batch is the same stay. */
    const batchBookings = new Map<string, NewStayRow>();
    let number = lock.lastNumber;
    items.forEach((item, index) => {
      const key = item.bookingReference ? `${item.bookingReference}|${item.arrival}` : null;
      const known = key ? existing.get(key) : undefined;
      if (known) {
        results.push({ index, status: 'existing', stay: known });
        return;
      }
      const repeat = key ? batchBookings.get(key) : undefined;
      if (repeat) {
        accepted.push({ index, row: repeat });
        return;
      }
      const problem = checkAgainstRegister(item, settings, unitsById, occupants);
      if (problem) {
        results.push({ index, status: 'rejected', error: problem });
        return;
      }
      const desk = deskSignatures(item, ctx, now, deps.cipher);
      if (!Array.isArray(desk)) {
        results.push({ index, status: 'rejected', error: desk });
        return;
      }
      if (item.unitId) occupants.push({ unitId: item.unitId, arrival: item.arrival, departure: item.departure, persons: item.persons });
      number += 1;
      const row: NewStayRow = {
        accommodationId: ctx.accommodationId,
        municipalityId: settings.municipalityId,
        number,
        version: 1,
        status: options.status,
        source: ctx.source,
        unitId: item.unitId,
        arrival: item.arrival,
        departure: item.departure,
        persons: item.persons,
        purpose: item.purpose,
        employerName: item.purpose === 'international_worker' ? item.employerName : null,
        bookingReference: item.bookingReference,
        lodgingPriceCents: item.lodgingPriceCents,
        checkedInAt: null,
        checkedOutAt: null,
        guest: storedGuest(item.guest, settings, item.arrival, deps.cipher),
        coTravellers: storedCoTravellers(item.coTravellers, settings, item.arrival),
        signature: item.signature ? deps.cipher.encrypt(item.signature) : null,
        signatures: desk.length > 0 ? desk : null,
        surnameSearch: surnameSearch(item),
        erasedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      accepted.push({ index, row });
      if (key) batchBookings.set(key, row);
    });
    const rejected = results.some((r) => r.status === 'rejected');
    if (accepted.length === 0 || (options.allOrNothing && rejected) || options.dryRun) return results.sort((a, b) => a.index - b.index);

    const created = await insertStays(tx, [...batchRows(accepted)]);
    const byNumber = new Map(created.map((s) => [s.number, s]));
    const firstIndex = new Map<number, number>();
    for (const a of accepted) {
      const stay = byNumber.get(a.row.number);
      if (!stay) continue;
      const first = firstIndex.get(stay.number);
      if (first === undefined) firstIndex.set(stay.number, a.index);
      results.push({ index: a.index, status: first === undefined ? 'created' : 'existing', stay });
    }
    await appendVersions(
      tx,
      ctx.accommodationId,
      lock,
      created.map((stay) => ({ stay, change: 'created' as const, recordedBy: ctx.actorUserId })),
      now,
      number,
    );
    results.sort((a, b) => a.index - b.index);
    await options.afterWrite?.(tx, results);
    return results;
  });
}

/** A rejected item as the API answers a single stay. */
function rejection(error: ItemError): AppError {
  return new AppError(error.code, error.fields ? { fields: error.fields } : {});
}

/** One stay, or its error thrown as the API answers it. */
export async function registerStay(deps: Deps, ctx: RegisterContext, item: NewStay, status: StayStatus): Promise<StayRow> {
  const [result] = await registerStays(deps, ctx, [item], { status });
  if (!result) throw new Error('no result');
  if (result.status === 'rejected') throw rejection(result.error);
  return result.stay;
}

/** Checks one stay exactly as registerStay would, throwing the same error, but writes nothing. */
export async function checkStay(deps: Deps, ctx: RegisterContext, item: NewStay): Promise<void> {
  const [result] = await registerStays(deps, ctx, [item], { status: 'pending', dryRun: true });
  if (result?.status === 'rejected') throw rejection(result.error);
}
