// The municipality portal: its settings (approval, 2FA policy, contact details, theme and logo),
// the accommodations in it with the approval of new ones, and (for admins) the list of
// municipalities. The logo is public: it is shown on pages before signing in too.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  accommodationListQuerySchema,
  idParams,
  logoSchema,
  municipalitySettingsSchema,
  municipalityUpdateSchema,
  newMunicipalitySchema,
  rejectionSchema,
} from '../../../../shared/schemas/organisations.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { actorOf, allow, PUBLIC } from '../../identity/access.ts';
import { usersInReach } from '../users/reach.ts';
import { findAccommodationInScope, listAccommodationsInScope } from './accommodation-directory.ts';
import { decideRegistration } from './decide-registration.ts';
import { createMunicipality, listMunicipalities, updateMunicipality } from './manage-municipalities.ts';
import { findMunicipality } from './repository.ts';
import { municipalitySettings, removeMunicipalityLogo, setMunicipalityLogo, updateMunicipalitySettings } from './settings.ts';

const OVERSEERS = allow('municipality', 'admin');
const MUNICIPALITY = allow('municipality');
const ADMIN = allow('admin');

export async function municipalityPortalRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/municipality/settings', { config: MUNICIPALITY, schema: { tags: ['municipality'], summary: "The municipality's settings" } }, async (request) =>
    municipalitySettings(deps, actorOf(request)),
  );
  r.put(
    '/api/municipality/settings',
    {
      config: MUNICIPALITY,
      schema: { tags: ['municipality'], summary: 'Change name, approval, 2FA policy, contact details and theme colour', body: municipalitySettingsSchema },
    },
    async (request) => updateMunicipalitySettings(deps, actorOf(request), request.body, requestMeta(request)),
  );
  r.put(
    '/api/municipality/logo',
    {
      config: MUNICIPALITY,
      bodyLimit: 400 * 1024,
      schema: { tags: ['municipality'], summary: 'Set the logo (PNG or JPEG data URL, at most 200 kB)', body: logoSchema },
    },
    async (request) => setMunicipalityLogo(deps, actorOf(request), request.body, requestMeta(request)),
  );
  r.delete('/api/municipality/logo', { config: MUNICIPALITY, schema: { tags: ['municipality'], summary: 'Remove the logo' } }, async (request) =>
    removeMunicipalityLogo(deps, actorOf(request), requestMeta(request)),
  );
  r.get(
    '/api/municipalities/:id/logo',
    { config: PUBLIC, schema: { tags: ['municipality'], summary: "A municipality's logo", params: idParams } },
    async (request, reply) => {
      const municipality = await findMunicipality(deps.db, request.params.id);
      if (!municipality?.logo || !municipality.logoType) throw notFound();
      return reply
        .type(municipality.logoType)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('content-security-policy', "default-src 'none'")
        .send(municipality.logo);
    },
  );

  r.get(
    '/api/municipality/accommodations',
    {
      config: OVERSEERS,
      schema: {
        tags: ['municipality'],
        summary: 'Accommodations in the municipality (admin: all), searchable and filtered',
        querystring: accommodationListQuerySchema,
      },
    },
    async (request) => listAccommodationsInScope(deps.db, actorOf(request).scope, request.query),
  );
  r.get(
    '/api/municipality/accommodations/:id',
    { config: OVERSEERS, schema: { tags: ['municipality'], summary: 'One accommodation with its users', params: idParams } },
    async (request) => {
      const actor = actorOf(request);
      const accommodation = await findAccommodationInScope(deps.db, actor.scope, request.params.id);
      if (!accommodation) throw notFound();
      return { accommodation, users: await usersInReach(deps.db, actor.user, { accommodationId: accommodation.id }) };
    },
  );
  r.post(
    '/api/municipality/accommodations/:id/approve',
    { config: OVERSEERS, schema: { tags: ['municipality'], summary: 'Approve a new registration; the owners get an email', params: idParams } },
    async (request) => ({
      accommodation: await decideRegistration(deps, actorOf(request), { accommodationId: request.params.id, approved: true }, requestMeta(request)),
    }),
  );
  r.post(
    '/api/municipality/accommodations/:id/reject',
    {
      config: OVERSEERS,
      schema: { tags: ['municipality'], summary: 'Reject a new registration with a reason; the owners get an email', params: idParams, body: rejectionSchema },
    },
    async (request) => ({
      accommodation: await decideRegistration(
        deps,
        actorOf(request),
        { accommodationId: request.params.id, approved: false, reason: request.body.reason },
        requestMeta(request),
      ),
    }),
  );

  r.get('/api/admin/municipalities', { config: ADMIN, schema: { tags: ['admin'], summary: 'All municipalities with counts' } }, async () => ({
    municipalities: await listMunicipalities(deps),
  }));
  r.post(
    '/api/admin/municipalities',
    { config: ADMIN, schema: { tags: ['admin'], summary: 'Add a municipality by its CBS code', body: newMunicipalitySchema } },
    async (request, reply) => reply.status(201).send({ municipality: await createMunicipality(deps, actorOf(request), request.body, requestMeta(request)) }),
  );
  r.put(
    '/api/admin/municipalities/:id',
    {
      config: ADMIN,
      schema: { tags: ['admin'], summary: 'Rename a municipality or take it out of the registration form', params: idParams, body: municipalityUpdateSchema },
    },
    async (request) => ({ municipality: await updateMunicipality(deps, actorOf(request), request.params.id, request.body, requestMeta(request)) }),
  );
}
