// The accommodation(s) of the signed-in owner or staff member: the one worked in (GET/PUT
// /api/accommodation, no id in the URL), the list of theirs, adding one (owner), and choosing the
// one to work in for this session.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accommodationDetailsSchema } from '../../../../shared/schemas/accounts.ts';
import { newAccommodationSchema, switchAccommodationSchema } from '../../../../shared/schemas/organisations.ts';
import { houseTimesSchema } from '../../../../shared/schemas/register.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { describeSession } from '../session-view.ts';
import { actorOf, allow, sessionOf } from '../../identity/access.ts';
import { addAccommodation } from './add-accommodation.ts';
import { findAccommodationView, listMemberships } from './repository.ts';
import { switchAccommodation } from './switch-accommodation.ts';
import { ownAccommodationId, updateOwnAccommodation, updateOwnHouseTimes } from './update-accommodation.ts';

const ENTREPRENEURS = allow('owner', 'staff');

export async function accommodationRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/accommodation',
    { config: ENTREPRENEURS, schema: { tags: ['accommodations'], summary: 'The accommodation the signed-in owner or staff member works in' } },
    async (request) => {
      const { user } = actorOf(request);
      const accommodation = await findAccommodationView(deps.db, ownAccommodationId(user));
      if (!accommodation) throw notFound();
      return { accommodation };
    },
  );
  r.put(
    '/api/accommodation',
    { config: allow('owner'), schema: { tags: ['accommodations'], summary: 'Change the registered details (owner only)', body: accommodationDetailsSchema } },
    async (request) => {
      const { user } = actorOf(request);
      const accommodation = await updateOwnAccommodation(deps, user, request.body, requestMeta(request));
      return { accommodation };
    },
  );
  r.put(
    '/api/accommodation/house-times',
    {
      config: allow('owner'),
      schema: {
        tags: ['accommodations'],
        summary: 'Change the check-in and check-out times the emergency list counts guests by (owner only)',
        body: houseTimesSchema,
      },
    },
    async (request) => {
      const { user } = actorOf(request);
      return { accommodation: await updateOwnHouseTimes(deps, user, request.body, requestMeta(request)) };
    },
  );
  r.get(
    '/api/accommodations',
    { config: ENTREPRENEURS, schema: { tags: ['accommodations'], summary: 'The accommodations the signed-in user works for' } },
    async (request) => {
      const { user } = actorOf(request);
      return { accommodations: await listMemberships(deps.db, user.id, user.accommodationId) };
    },
  );
  r.post(
    '/api/accommodations',
    {
      config: allow('owner'),
      schema: { tags: ['accommodations'], summary: 'Add another accommodation under the same company (owner)', body: newAccommodationSchema },
    },
    async (request, reply) => {
      const accommodation = await addAccommodation(deps, actorOf(request), request.body, requestMeta(request));
      return reply.status(201).send({ accommodation });
    },
  );
  r.put(
    '/api/session/accommodation',
    { config: ENTREPRENEURS, schema: { tags: ['sessions'], summary: 'Choose the accommodation to work in for this session', body: switchAccommodationSchema } },
    async (request) => {
      const user = await switchAccommodation(deps, sessionOf(request), request.body.accommodationId);
      return describeSession(deps.db, user);
    },
  );
}
