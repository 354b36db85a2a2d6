// GET /api/register/export.csv?from&to: the register of a date range as a CSV download, for the
// owner and staff of the accommodation in the session.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportQuerySchema } from '../../../../shared/schemas/register.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { allow } from '../../identity/access.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { sendDownload } from '../../../platform/http/download.ts';
import { exportStays } from './export-stays.ts';

export async function exportRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/register/export.csv',
    {
      config: allow('owner', 'staff'),
      schema: {
        tags: ['register'],
        summary: "The stays with a night in [from, to] as CSV (the import's columns, so the file imports again); streamed",
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      const lines = await exportStays(deps, registerActorOf(request), { from, to }, requestMeta(request));
      return sendDownload(reply, { type: 'text/csv; charset=utf-8', filename: `nachtregister-${from}-${to}.csv`, body: Readable.from(lines) });
    },
  );
}
