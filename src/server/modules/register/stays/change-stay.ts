// Changing a stay that is in the register: a correction of its details (with a reason), or what
// happens to it — confirmed (a guest's self check-in), checked in, checked out, cancelled. The
// stay row holds the current state; every change adds a version to the chain, so the history of
// who changed what and when is kept and nothing is rewritten unseen.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { addDays, dutchToday } from '../../../../shared/register/dates.ts';
import type { StayInput } from '../../../../shared/schemas/register.ts';
import { stays, type StayChange, type StayRow } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { appendVersions, lockRegister } from './chain.ts';
import { checkAgainstRegister, occupantsOf, storageSettings, storedCoTravellers, storedGuest, surnameSearch, unitRules } from './register-stays.ts';
import { findStay } from './repository.ts';

export interface StayActor {
  /** null for a booking system's API token: the change is nobody's in person. */
  userId: string | null;
  accommodationId: string;
}

export async function changeStay(
  deps: Deps,
  actor: StayActor,
  stayId: string,
  change: StayChange,
  reason: string | null,
  /** The new values, or null when the stay already is as asked (nothing is written). */
  apply: (stay: StayRow, now: Date, tx: Db) => Promise<Partial<StayRow> | null> | Partial<StayRow> | null,
): Promise<StayRow> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const lock = await lockRegister(tx, actor.accommodationId);
    const stay = await findStay(tx, actor.accommodationId, stayId, true);
    if (!stay) throw notFound();
    if (stay.status === 'cancelled' || stay.erasedAt) throw new AppError('STAY_CANCELLED');
    const changes = await apply(stay, now, tx);
    if (!changes) return stay;
    const values = { ...changes, version: stay.version + 1, updatedAt: now };
    const [updated] = await tx.update(stays).set(values).where(eq(stays.id, stay.id)).returning();
    if (!updated) throw notFound();
    await appendVersions(tx, actor.accommodationId, lock, [{ stay: updated, change, recordedBy: actor.userId, reason }], now);
    return updated;
  });
}

/** A correction: the stay as it should have been, checked like a new one, and the reason. */
export async function correctStay(deps: Deps, actor: StayActor, stayId: string, input: StayInput, reason: string): Promise<StayRow> {
  const settings = await storageSettings(deps.db, actor.accommodationId);
  if (!settings) throw notFound();
  return changeStay(deps, actor, stayId, 'corrected', reason, async (stay, _now, tx) => {
    const unitsById = await unitRules(tx, actor.accommodationId);
    const occupants = input.unitId ? await occupantsOf(tx, actor.accommodationId, [input.unitId], input.arrival, input.departure) : [];
    // A unit that was deactivated since may stay on the stay it was already on.
    const keepsUnit = input.unitId !== null && input.unitId === stay.unitId;
    const problem = checkAgainstRegister(input, settings, unitsById, occupants, keepsUnit ? stay.id : undefined);
    if (problem) throw new AppError(problem.code, problem.fields ? { fields: problem.fields } : {});
    return {
      unitId: input.unitId,
      arrival: input.arrival,
      departure: input.departure,
      persons: input.persons,
      purpose: input.purpose,
      employerName: input.purpose === 'international_worker' ? input.employerName : null,
      bookingReference: input.bookingReference,
      lodgingPriceCents: input.lodgingPriceCents,
      guest: storedGuest(input.guest, settings, input.arrival, deps.cipher, stay.guest),
      coTravellers: storedCoTravellers(input.coTravellers, settings, input.arrival),
      surnameSearch: surnameSearch(input),
    };
  });
}

export type StayEvent = 'confirm' | 'check-in' | 'check-out' | 'cancel';

const CHANGES: Record<StayEvent, StayChange> = {
  confirm: 'confirmed',
  'check-in': 'checked_in',
  'check-out': 'checked_out',
  cancel: 'cancelled',
};

/** Marks what happens to a stay; repeating a mark that is already there changes nothing. */
export async function markStay(deps: Deps, actor: StayActor, stayId: string, event: StayEvent, reason: string | null = null): Promise<StayRow> {
  return changeStay(deps, actor, stayId, CHANGES[event], reason, (stay, now) => {
    const done =
      (event === 'confirm' && stay.status === 'registered') ||
      (event === 'check-in' && stay.checkedInAt !== null) ||
      (event === 'check-out' && stay.checkedOutAt !== null);
    if (done) return null;
    switch (event) {
      case 'confirm':
        return { status: 'registered' };
      case 'check-in':
        // From the day before the arrival (a guest arriving late the night before); a check-in
        // weeks early is a wrong booking or a wrong button, and would put the guests on the
        // emergency list while they are not there (decision 0020).
        if (dutchToday(now) < addDays(stay.arrival, -1)) throw new AppError('CHECK_IN_TOO_EARLY');
        return { checkedInAt: now, status: stay.status === 'pending' ? 'registered' : stay.status };
      case 'check-out':
        // A check-out without a check-in checks in too: from the day before the arrival only.
        if (stay.checkedInAt === null && dutchToday(now) < addDays(stay.arrival, -1)) throw new AppError('CHECK_IN_TOO_EARLY');
        return { checkedOutAt: now, checkedInAt: stay.checkedInAt ?? now, status: stay.status === 'pending' ? 'registered' : stay.status };
      case 'cancel':
        return { status: 'cancelled' };
    }
  });
}
