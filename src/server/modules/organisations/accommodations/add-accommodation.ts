// An owner adds another accommodation under the same company: it gets the owner as member and,
// where its municipality requires approval, waits for that approval like a new registration.
import type { z } from 'zod';
import type { newAccommodationSchema } from '../../../../shared/schemas/organisations.ts';
import { accommodationMembers } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fieldError } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/access.ts';
import { findMunicipality } from '../municipalities/repository.ts';
import { findAccommodationView, insertAccommodation } from './repository.ts';

export async function addAccommodation(deps: Deps, actor: Actor, input: z.output<typeof newAccommodationSchema>, meta: RequestMeta) {
  const { municipalityId, ...details } = input;
  const municipality = await findMunicipality(deps.db, municipalityId);
  if (!municipality?.active) throw fieldError('municipalityId', 'MUNICIPALITY_INVALID');
  const status = municipality.approvalRequired ? 'pending' : 'approved';
  const accommodationId = await deps.db.transaction(async (tx) => {
    const id = await insertAccommodation(tx, { ...details, municipalityId, status, createdAt: deps.clock.now() });
    await tx.insert(accommodationMembers).values({ userId: actor.user.id, accommodationId: id });
    await recordAudit(tx, {
      action: 'accommodation.added',
      occurredAt: deps.clock.now(),
      actorUserId: actor.user.id,
      accommodationId: id,
      municipalityId,
      ip: meta.ip,
      details: { status },
    });
    return id;
  });
  return findAccommodationView(deps.db, accommodationId);
}
