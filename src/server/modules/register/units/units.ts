// The accommodation's units: rooms, apartments, chalets, pitches, dormitories, each with a
// capacity in persons. The owner maintains them; a unit that has been used is deactivated rather
// than removed, so the register keeps pointing at it. A unit may be marked jaarplaats or
// seizoensplaats, which the tourist tax charges by its forfait (decision 0013).
import { and, asc, eq } from 'drizzle-orm';
import type { UnitInput } from '../../../../shared/schemas/register.ts';
import type { Db } from '../../../db/client.ts';
import { accommodations, units } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fieldError, isUniqueViolation, notFound } from '../../../platform/errors.ts';
import type { StayActor } from '../stays/change-stay.ts';

export async function listUnits(db: Db, accommodationId: string) {
  return db
    .select({
      id: units.id,
      name: units.name,
      kind: units.kind,
      capacity: units.capacity,
      exclusive: units.exclusive,
      active: units.active,
      forfaitKind: units.forfaitKind,
      actualNights: units.actualNights,
    })
    .from(units)
    .where(eq(units.accommodationId, accommodationId))
    .orderBy(asc(units.name));
}

/** The accommodation's "Aantal slaapplekken", which the units' capacities are held against. */
export async function bedsOf(db: Db, accommodationId: string): Promise<number | null> {
  const [row] = await db.select({ beds: accommodations.beds }).from(accommodations).where(eq(accommodations.id, accommodationId));
  return row?.beds ?? null;
}

async function saveUnit(deps: Deps, actor: StayActor & { municipalityId: string | null }, input: UnitInput, unitId?: string) {
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const [row] = unitId
        ? await tx
            .update(units)
            .set(input)
            .where(and(eq(units.id, unitId), eq(units.accommodationId, actor.accommodationId)))
            .returning()
        : await tx
            .insert(units)
            .values({ ...input, accommodationId: actor.accommodationId, createdAt: now })
            .returning();
      if (!row) throw notFound();
      await recordAudit(tx, {
        action: unitId ? 'register.unit_updated' : 'register.unit_added',
        occurredAt: now,
        actorUserId: actor.userId,
        accommodationId: actor.accommodationId,
        municipalityId: actor.municipalityId,
        details: { unitId: row.id, name: row.name, forfaitKind: row.forfaitKind, actualNights: row.actualNights },
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('name', 'UNIT_NAME_TAKEN');
    throw error;
  }
}

export const addUnit = (deps: Deps, actor: StayActor & { municipalityId: string | null }, input: UnitInput) => saveUnit(deps, actor, input);
export const updateUnit = (deps: Deps, actor: StayActor & { municipalityId: string | null }, unitId: string, input: UnitInput) =>
  saveUnit(deps, actor, input, unitId);
