// GET/PUT /api/accommodation: the signed-in user's own accommodation (no id in the URL, so
// there is nothing to change to reach another tenant).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accommodationDetailsSchema } from '../../../../shared/schemas/accounts.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { requireUser } from '../../accounts/sessions/plugin.ts';
import { findAccommodationView } from './repository.ts';
import { SIGNED_IN } from '../authorization.ts';
import { ownAccommodationId, updateOwnAccommodation } from './update-accommodation.ts';

export async function accommodationRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/accommodation',
    { config: SIGNED_IN, schema: { tags: ['accommodations'], summary: 'The accommodation of the signed-in owner or staff member' } },
    async (request) => {
      const { user } = requireUser(request);
      const accommodation = await findAccommodationView(deps.db, ownAccommodationId(user));
      if (!accommodation) throw notFound();
      return { accommodation };
    },
  );
  r.put(
    '/api/accommodation',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['accommodations'],
        summary: 'Change the registered details (owner only)',
        body: accommodationDetailsSchema,
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      const accommodation = await updateOwnAccommodation(deps, user, request.body, requestMeta(request));
      return { accommodation };
    },
  );
}
