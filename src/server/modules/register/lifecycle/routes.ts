// Reports of an accommodation's start, takeover, move or closure ("Meldingen"): the owner makes
// them for the accommodation of the session (never an id from the URL), owner and staff read
// them, and the municipality reads those of all its accommodations.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accommodationReportSchema, reportListQuerySchema } from '../../../../shared/schemas/inspection.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { actorOf, allow } from '../../identity/access.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { reportAccommodationChange } from './report-change.ts';
import { reportView } from './report-view.ts';
import { reportsOfAccommodation, reportsOfMunicipality, REPORTS_PAGE_SIZE } from './repository.ts';

const tags = ['accommodations'];

export async function lifecycleRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/accommodation/reports',
    {
      config: allow('owner'),
      schema: { tags, summary: 'Report a start, takeover, move or closure of the accommodation to the municipality', body: accommodationReportSchema },
    },
    async (request, reply) => {
      const actor = { ...registerActorOf(request), email: actorOf(request).user.email };
      const report = await reportAccommodationChange(deps, actor, request.body, requestMeta(request));
      return reply.status(201).send({ report });
    },
  );

  r.get(
    '/api/accommodation/reports',
    { config: allow('owner', 'staff'), schema: { tags, summary: "The accommodation's reports to the municipality, newest first" } },
    async (request) => {
      const rows = await reportsOfAccommodation(deps.db, registerActorOf(request).accommodationId);
      return { reports: rows.map(reportView) };
    },
  );

  r.get(
    '/api/municipality/reports',
    {
      config: allow('municipality'),
      schema: {
        tags: ['municipality'],
        summary: "Reports of the municipality's accommodations, newest first, 50 to a page",
        querystring: reportListQuerySchema,
      },
    },
    async (request) => {
      const { scope } = actorOf(request);
      if (scope.kind !== 'municipality') throw notFound();
      const { rows, total } = await reportsOfMunicipality(deps.db, scope.municipalityId, request.query.page);
      return { total, page: request.query.page, pageSize: REPORTS_PAGE_SIZE, reports: rows.map(reportView) };
    },
  );
}
