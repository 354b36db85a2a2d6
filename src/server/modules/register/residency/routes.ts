// Residency from the postcode table (decision 0016): the stay form asks whether a guest's Dutch
// address lies in the accommodation's municipality before the owner confirms it; the platform
// admin sees which table is loaded.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { residencyQuerySchema } from '../../../../shared/schemas/residency.ts';
import type { Deps } from '../../../deps.ts';
import { allow } from '../../identity/access.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { postcodeTableStatus } from './postcode-table.ts';
import { residencyOfAddress } from './residency-of-address.ts';

export async function residencyRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/register/residency',
    {
      config: allow('owner', 'staff'),
      schema: {
        tags: ['register'],
        summary: "Whether a Dutch postcode and house number lie in the accommodation's municipality, by the postcode table",
        description:
          'The answer the stay will get when its guest has this address and the owner says nothing else (guest.resident). ' +
          'municipality is null when the table does not know the address; then the guest counts as not living in the municipality.',
        querystring: residencyQuerySchema,
      },
    },
    async (request) => residencyOfAddress(deps, registerActorOf(request).accommodationId, request.query),
  );

  r.get(
    '/api/admin/postcode-table',
    {
      config: allow('admin'),
      schema: { tags: ['admin'], summary: 'Which postcode table is loaded: its source, whether it is the example, its size and when it was imported' },
    },
    async () => ({ table: await postcodeTableStatus(deps.db) }),
  );
}
