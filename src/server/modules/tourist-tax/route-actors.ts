// Who acts in a tourist-tax route, for the rates, returns and aanslagen alike: the municipality's
// administrator (anyone else gets 404) or the owner of the session's accommodation.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { taxPeriod } from '../../../shared/schemas/tourist-tax.ts';
import { notFound } from '../../platform/errors.ts';
import { actorOf, allow } from '../identity/access.ts';
import { registerActorOf } from '../identity/accommodation-actor.ts';

export const tags = ['tourist-tax'];
export const MUNICIPALITY = allow('municipality');
export const OWNER = allow('owner');
export const periodParams = z.object({ period: taxPeriod });
export const periodQuery = periodParams;

export function administratorOf(request: FastifyRequest) {
  const { user, scope } = actorOf(request);
  if (scope.kind !== 'municipality') throw notFound();
  return { userId: user.id, municipalityId: scope.municipalityId };
}

export function ownerOf(request: FastifyRequest) {
  const actor = registerActorOf(request);
  return { userId: actor.userId, accommodationId: actor.accommodationId };
}
