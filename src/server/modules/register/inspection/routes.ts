// "Inzage register" for inspectors and municipality users, within their own municipality: who
// stayed in night D, who is present now, long stays, accommodations that registered nothing, and
// the integrity check of one register. Look-ups are POSTs: the reason they carry may name people
// and must stay out of URLs and access logs. Another municipality's accommodation is a 404.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  inspectableAccommodationsQuerySchema,
  integrityCheckSchema,
  longStaysLookupSchema,
  nightLookupSchema,
  presentLookupSchema,
  silentLookupSchema,
} from '../../../../shared/schemas/inspection.ts';
import { idParams } from '../../../../shared/schemas/organisations.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { actorOf, allow } from '../../identity/access.ts';
import { checkIntegrity } from './check-integrity.ts';
import { lookUpLongStays, lookUpNight, lookUpPresent } from './look-up-stays.ts';
import { lookUpSilent } from './look-up-silent.ts';
import { inspectorOf } from './record-inspection.ts';
import { inspectableAccommodations } from './repository.ts';

const INSPECTORS = allow('inspector', 'municipality');
const tags = ['inspection'];

export async function inspectionRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/inspection/accommodations',
    {
      config: INSPECTORS,
      schema: { tags, summary: "The municipality's approved accommodations to choose from", querystring: inspectableAccommodationsQuerySchema },
    },
    async (request) => ({ accommodations: await inspectableAccommodations(deps.db, inspectorOf(actorOf(request)).municipalityId, request.query.q) }),
  );

  r.post(
    '/api/inspection/night',
    {
      config: INSPECTORS,
      schema: {
        tags,
        summary: 'Who stayed in the night starting on a day, at one accommodation or all of the municipality (audited)',
        body: nightLookupSchema,
      },
    },
    async (request) => lookUpNight(deps, actorOf(request), request.body, requestMeta(request)),
  );

  r.post(
    '/api/inspection/present',
    { config: INSPECTORS, schema: { tags, summary: 'Who is present now at one accommodation, for emergency services (audited)', body: presentLookupSchema } },
    async (request) => lookUpPresent(deps, actorOf(request), request.body, requestMeta(request)),
  );

  r.post(
    '/api/inspection/long-stays',
    { config: INSPECTORS, schema: { tags, summary: 'Stays of at least N nights that still run after today (audited)', body: longStaysLookupSchema } },
    async (request) => lookUpLongStays(deps, actorOf(request), request.body, requestMeta(request)),
  );

  r.post(
    '/api/inspection/silent',
    { config: INSPECTORS, schema: { tags, summary: 'Approved accommodations without an arrival in the last N days (audited)', body: silentLookupSchema } },
    async (request) => lookUpSilent(deps, actorOf(request), request.body, requestMeta(request)),
  );

  r.post(
    '/api/inspection/accommodations/:id/integrity',
    {
      config: INSPECTORS,
      schema: {
        tags,
        summary: "Check that nothing in an accommodation's register was removed or rewritten (audited)",
        params: idParams,
        body: integrityCheckSchema,
      },
    },
    async (request) => checkIntegrity(deps, actorOf(request), request.params.id, request.body, requestMeta(request)),
  );
}
