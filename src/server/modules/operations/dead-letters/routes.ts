// HTTP routes of the dead letters, for the platform admin only: the list, sending one again and
// removing one.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { actorOf, allow } from '../../identity/access.ts';
import { dismissDeadLetter } from './dismiss-dead-letter.ts';
import { listDeadLetters } from './list-dead-letters.ts';
import { retryDeadLetter } from './retry-dead-letter.ts';
import { deadLetterParams } from './schemas.ts';

const ADMIN = allow('admin');

export async function deadLetterRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/admin/dead-letters',
    {
      config: ADMIN,
      schema: {
        tags: ['admin'],
        summary: 'Mail and SMS that could not be delivered (newest first, never their body), and per channel the messages still waiting',
      },
    },
    async (request) => listDeadLetters(deps, actorOf(request)),
  );
  r.post(
    '/api/admin/dead-letters/:id/retry',
    {
      config: ADMIN,
      schema: { tags: ['admin'], summary: 'Send an undelivered message again, behind the messages queued so far', params: deadLetterParams },
    },
    async (request) => ({ requeued: await retryDeadLetter(deps, actorOf(request), { id: request.params.id }, requestMeta(request)) }),
  );
  r.delete(
    '/api/admin/dead-letters/:id',
    { config: ADMIN, schema: { tags: ['admin'], summary: 'Remove an undelivered message for good', params: deadLetterParams } },
    async (request, reply) => {
      await dismissDeadLetter(deps, actorOf(request), { id: request.params.id }, requestMeta(request));
      return reply.status(204).send();
    },
  );
}
