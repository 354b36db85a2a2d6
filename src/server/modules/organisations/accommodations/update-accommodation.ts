// The owner edits the registered details of their own accommodation.
import type { z } from 'zod';
import type { accommodationDetailsSchema } from '../../../../shared/schemas/accounts.ts';
import type { HouseTimes } from '../../../../shared/schemas/register.ts';
import type { User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { findAccommodationView, updateAccommodation, type AccommodationDetails } from './repository.ts';

export function ownAccommodationId(actor: User): string {
  if (!actor.accommodationId) throw notFound();
  return actor.accommodationId;
}

/** A change of the owner's own accommodation and its audit event, in one transaction (owner only). */
async function changeOwnAccommodation(deps: Deps, actor: User, values: AccommodationDetails | HouseTimes, details: Record<string, unknown>, meta: RequestMeta) {
  const accommodationId = ownAccommodationId(actor);
  if (actor.role !== 'owner') throw forbidden();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await updateAccommodation(tx, accommodationId, values, now);
    await recordAudit(tx, {
      action: 'accommodation.updated',
      occurredAt: now,
      actorUserId: actor.id,
      accommodationId,
      municipalityId: actor.municipalityId,
      ip: meta.ip,
      details,
    });
  });
  return findAccommodationView(deps.db, accommodationId);
}

export function updateOwnAccommodation(deps: Deps, actor: User, input: z.output<typeof accommodationDetailsSchema>, meta: RequestMeta) {
  return changeOwnAccommodation(deps, actor, input, { fields: Object.keys(input) }, meta);
}

/** "Inchecken en uitchecken": the times the emergency list counts guests by. */
export function updateOwnHouseTimes(deps: Deps, actor: User, times: HouseTimes, meta: RequestMeta) {
  return changeOwnAccommodation(deps, actor, times, { fields: Object.keys(times), ...times }, meta);
}
