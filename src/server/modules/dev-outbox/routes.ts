// GET /api/dev/outbox: the mail (and later SMS) kept instead of sent, when no SMTP_URL/SMS_URL
// is configured. Never registered in production.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { PUBLIC } from '../identity/access.ts';
import { listOutbox } from './list-outbox.ts';

export async function devOutboxRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.get('/api/dev/outbox', { config: PUBLIC, schema: { tags: ['development'], summary: 'Development outbox' } }, async () => ({
    messages: await listOutbox(deps.db),
  }));
}
