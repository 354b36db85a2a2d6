// The owner edits the registered details of their own accommodation.
import type { z } from 'zod';
import type { accommodationDetailsSchema } from '../../../../shared/schemas/accounts.ts';
import type { HouseTimes } from '../../../../shared/schemas/register.ts';
import type { User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { findAccommodationView, updateAccommodation, updateHouseTimes } from './repository.ts';

export function ownAccommodationId(actor: User): string {
  if (!actor.accommodationId) throw notFound();
  return actor.accommodationId;
}

export async function updateOwnAccommodation(
  deps: Deps,
  actor: User,
  input: z.output<typeof accommodationDetailsSchema>,
  meta: RequestMeta,
) {
  const accommodationId = ownAccommodationId(actor);
  if (actor.role !== 'owner') throw forbidden();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateAccommodation(tx, accommodationId, input, now);
    await recordAudit(tx, {
      action: 'accommodation.updated',
      occurredAt: now,
      actorUserId: actor.id,
      accommodationId,
      municipalityId: actor.municipalityId,
      ip: meta.ip,
      details: { fields: Object.keys(input) },
    });
  });
  return findAccommodationView(deps.db, accommodationId);
}

/** "Inchecken en uitchecken": the times the emergency list counts guests by (owner only). */
export async function updateOwnHouseTimes(deps: Deps, actor: User, times: HouseTimes, meta: RequestMeta) {
  const accommodationId = ownAccommodationId(actor);
  if (actor.role !== 'owner') throw forbidden();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateHouseTimes(tx, accommodationId, times, now);
    await recordAudit(tx, {
      action: 'accommodation.updated',
      occurredAt: now,
      actorUserId: actor.id,
      accommodationId,
      municipalityId: actor.municipalityId,
      ip: meta.ip,
      details: { fields: ['checkInTime', 'checkOutTime'], ...times },
    });
  });
  return findAccommodationView(deps.db, accommodationId);
}
