// Tamper evidence. Every change of a stay is a version; versions are chained per accommodation:
//   chain_hash = sha256(previous chain_hash | stay number | version | recorded_at | data_hash)
// and the accommodation keeps the head. Numbers are handed out from the accommodation's counter
// under the same row lock, so they are continuous and never reused. Rewriting or removing a stay
// or a version breaks either the chain, the numbering or the match between a stay and its last
// version, which verifyRegister (integrity.ts) finds.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodations, type StayChange, type StayRow } from '../../../db/schema.ts';
import { sha256 } from '../../../platform/crypto.ts';

/** The fields of a stay that the register vouches for, in a stable form. */
export function snapshotOf(stay: Omit<StayRow, 'id' | 'accommodationId' | 'municipalityId' | 'createdAt' | 'updatedAt' | 'surnameSearch' | 'erasedAt'>) {
  return {
    number: stay.number,
    version: stay.version,
    status: stay.status,
    source: stay.source,
    unitId: stay.unitId,
    arrival: stay.arrival,
    departure: stay.departure,
    persons: stay.persons,
    purpose: stay.purpose,
    employerName: stay.employerName,
    bookingReference: stay.bookingReference,
    lodgingPriceCents: stay.lodgingPriceCents,
    checkedInAt: stay.checkedInAt?.toISOString() ?? null,
    checkedOutAt: stay.checkedOutAt?.toISOString() ?? null,
    guest: stay.guest,
    coTravellers: stay.coTravellers,
    signature: stay.signature,
    // Left out while there is none, so stays from before signatures at the desk hash as they did.
    signatures: stay.signatures ?? undefined,
  };
}

/** JSON with object keys sorted, so equal data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function dataHash(snapshot: ReturnType<typeof snapshotOf>): string {
  return sha256(canonicalJson(snapshot));
}

export function chainHash(previous: string, link: { stayNumber: number; version: number; recordedAt: Date; dataHash: string }): string {
  return sha256(`${previous}|${link.stayNumber}|${link.version}|${link.recordedAt.toISOString()}|${link.dataHash}`);
}

export interface RegisterLock {
  /** The last stay number handed out before this transaction. */
  lastNumber: number;
  head: string;
}

/**
 * Locks the accommodation's register for this transaction. Everything that adds stays or writes
 * versions of one accommodation passes here, one transaction at a time, so numbers and the chain
 * are written in one order.
 */
export async function lockRegister(tx: Db, accommodationId: string): Promise<RegisterLock> {
  const [row] = await tx
    .select({ lastNumber: accommodations.lastStayNumber, head: accommodations.registerHead })
    .from(accommodations)
    .where(eq(accommodations.id, accommodationId))
    .for('update');
  if (!row) throw new Error(`no accommodation ${accommodationId}`);
  return row;
}

export interface VersionEntry {
  stay: StayRow;
  change: StayChange;
  recordedBy: string | null;
  reason?: string | null;
}

/**
 * Appends one version per entry to the chain (in order), moves the head and records the numbers
 * handed out (`lastNumber`: the highest stay number now in use).
 */
export async function appendVersions(
  tx: Db,
  accommodationId: string,
  lock: RegisterLock,
  entries: VersionEntry[],
  now: Date,
  lastNumber = lock.lastNumber,
): Promise<void> {
  if (entries.length === 0) return;
  let head = lock.head;
  const rows = entries.map(({ stay, change, recordedBy, reason }, seq) => {
    const data = snapshotOf(stay);
    const hash = dataHash(data);
    head = chainHash(head, { stayNumber: stay.number, version: stay.version, recordedAt: now, dataHash: hash });
    return {
      seq,
      stay_id: stay.id,
      stay_number: stay.number,
      version: stay.version,
      change,
      recorded_by: recordedBy,
      reason: reason ?? null,
      data,
      data_hash: hash,
      chain_hash: head,
    };
  });
  // One statement with the rows as one JSON parameter (see insertStays); ordered by seq so the
  // identity ids follow the chain.
  await tx.execute(sql`
    INSERT INTO stay_versions (accommodation_id, stay_id, stay_number, version, change, recorded_at, recorded_by, reason, data, data_hash, chain_hash)
    SELECT ${accommodationId}::uuid, stay_id, stay_number, version, change, ${now}::timestamptz, recorded_by, reason, data, data_hash, chain_hash
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(seq int, stay_id uuid, stay_number int, version int, change text,
      recorded_by uuid, reason text, data jsonb, data_hash text, chain_hash text)
    ORDER BY seq`);
  await tx.update(accommodations).set({ registerHead: head, lastStayNumber: lastNumber }).where(eq(accommodations.id, accommodationId));
}
