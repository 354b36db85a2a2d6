// "Kamers en plaatsen": the units of the signed-in user's accommodation.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../../shared/schemas/organisations.ts';
import { unitSchema } from '../../../../shared/schemas/register.ts';
import type { Deps } from '../../../deps.ts';
import { allow } from '../../identity/access.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { addUnit, bedsOf, listUnits, updateUnit } from './units.ts';

export async function unitRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/register/units',
    {
      config: allow('owner', 'staff'),
      schema: { tags: ['register'], summary: "The rooms, pitches and other units of the accommodation, and its number of beds ('Aantal slaapplekken')" },
    },
    async (request) => {
      const { accommodationId } = registerActorOf(request);
      return { units: await listUnits(deps.db, accommodationId), beds: await bedsOf(deps.db, accommodationId) };
    },
  );
  r.post(
    '/api/register/units',
    { config: allow('owner'), schema: { tags: ['register'], summary: 'Add a unit (owner)', body: unitSchema } },
    async (request, reply) => {
      const unit = await addUnit(deps, registerActorOf(request), request.body);
      return reply.status(201).send({ unit });
    },
  );
  r.put(
    '/api/register/units/:id',
    { config: allow('owner'), schema: { tags: ['register'], summary: 'Change a unit (owner)', params: idParams, body: unitSchema } },
    async (request) => ({
      unit: await updateUnit(deps, registerActorOf(request), request.params.id, request.body),
    }),
  );
}
