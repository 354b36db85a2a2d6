// The register belongs to the accommodation chosen in the session of an owner or staff member.
import type { FastifyRequest } from 'fastify';
import { actorOf } from './access.ts';
import { notFound } from '../../platform/errors.ts';

export function registerActorOf(request: FastifyRequest) {
  const { user } = actorOf(request);
  if (!user.accommodationId) throw notFound();
  return { userId: user.id, accommodationId: user.accommodationId, municipalityId: user.municipalityId, role: user.role };
}
export type RegisterActor = ReturnType<typeof registerActorOf>;
