// GET /api/municipality/register-copy.csv?month=YYYY-MM: the monthly copy of the register of the
// municipality's accommodations, for its inspectors and municipality users; streamed.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { actorOf, allow } from '../../identity/access.ts';
import { inspectorOf } from '../inspection/record-inspection.ts';
import { sendDownload } from '../../../platform/http/download.ts';
import { downloadMonthlyCopy, monthlyCopyChosen } from './monthly-copy.ts';

const monthQuery = z.object({
  month: z.string({ error: 'REQUIRED' }).regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'DATE_INVALID'),
});

export async function monthlyCopyRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/municipality/register-copy',
    {
      config: allow('municipality', 'inspector'),
      schema: { tags: ['inspection'], summary: 'Whether the municipality chose the monthly copy of the register (decision 0015)' },
    },
    async (request) => ({ enabled: await monthlyCopyChosen(deps, inspectorOf(actorOf(request)).municipalityId) }),
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/municipality/register-copy.csv',
    {
      config: allow('municipality', 'inspector'),
      schema: {
        tags: ['inspection'],
        summary: "The month's copy of the register of every accommodation of the municipality, as CSV (recorded as an inspection); streamed",
        querystring: monthQuery,
      },
    },
    async (request, reply) => {
      const { month } = request.query;
      const lines = await downloadMonthlyCopy(deps, inspectorOf(actorOf(request)), month, requestMeta(request));
      return sendDownload(reply, { type: 'text/csv; charset=utf-8', filename: `nachtregister-maandkopie-${month}.csv`, body: Readable.from(lines) });
    },
  );
}
