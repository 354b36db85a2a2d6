// Residency from the postcode table (decision 0016): the stay form asks whether a guest's Dutch
// address lies in the accommodation's municipality before the owner confirms it; the platform
// admin sees which table is loaded.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { residencyQuerySchema } from '../../../../shared/schemas/residency.ts';
import { municipalities } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { allow } from '../../identity/access.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { findRegisterSettings } from '../stays/repository.ts';
import { municipalityOfAddress, postcodeTableStatus } from './postcode-table.ts';

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
    async (request) => {
      const settings = await findRegisterSettings(deps.db, registerActorOf(request).accommodationId);
      if (!settings) throw notFound();
      const code = await municipalityOfAddress(deps.db, request.query.postcode, request.query.houseNumber);
      const [known] = code ? await deps.db.select({ name: municipalities.name }).from(municipalities).where(eq(municipalities.cbsCode, code)) : [];
      const table = await postcodeTableStatus(deps.db);
      return {
        municipality: code ? { code, name: known?.name ?? null } : null,
        resident: code === settings.municipalityCode,
        ownMunicipality: { code: settings.municipalityCode, name: settings.municipalityName },
        exampleTable: table?.example ?? true,
      };
    },
  );

  r.get(
    '/api/admin/postcode-table',
    { config: allow('admin'), schema: { tags: ['admin'], summary: 'Which postcode table is loaded: its source, whether it is the example, its size and when it was imported' } },
    async () => ({ table: await postcodeTableStatus(deps.db) }),
  );
}
