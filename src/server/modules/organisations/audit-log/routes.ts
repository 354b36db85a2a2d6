// "Logboek": the audit log for owners (their accommodation), municipalities (their accommodations)
// and admins (everything). Only reading: no route changes or removes an event, and the table
// refuses it too (append-only trigger, migration 0003).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../../deps.ts';
import { actorOf, allow } from '../../identity/access.ts';
import { auditEventQuerySchema, listAuditEvents } from './list-audit-events.ts';

export async function auditLogRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit-events',
    {
      config: allow('owner', 'municipality', 'admin'),
      schema: {
        tags: ['audit'],
        summary: 'Audit events in scope, newest first, filtered by action, days (Europe/Amsterdam, inclusive) and email',
        querystring: auditEventQuerySchema,
      },
    },
    async (request) => listAuditEvents(deps, actorOf(request), request.query),
  );
}
