// GET /api/register/export.csv?from&to: the register of a date range as a CSV download, for the
// owner and staff of the accommodation in the session.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportQuerySchema } from '../../../../shared/schemas/register.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { allow } from '../../organisations/authorization.ts';
import { registerActorOf } from '../register-actor.ts';
import { exportStays } from './export-stays.ts';

export async function exportRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/register/export.csv',
    {
      config: allow('owner', 'staff'),
      schema: {
        tags: ['register'],
        summary: 'The stays with a night in [from, to] as CSV (the import\'s columns, so the file imports again); streamed',
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      const lines = await exportStays(deps, registerActorOf(request), { from, to }, requestMeta(request));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="nachtregister-${from}-${to}.csv"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(lines));
    },
  );
}
