// Public list of participating municipalities, for the registration form.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../deps.ts';
import { listActiveMunicipalities } from './repository.ts';
import { PUBLIC } from '../../identity/access.ts';

export async function municipalityRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/municipalities',
    {
      config: PUBLIC,
      schema: {
        tags: ['municipalities'],
        summary: 'Participating municipalities',
        response: {
          200: z.object({ municipalities: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })) }),
        },
      },
    },
    async () => ({ municipalities: await listActiveMunicipalities(deps.db) }),
  );
}
