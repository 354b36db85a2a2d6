// GET /api/dev/outbox: the mail (and later SMS) kept instead of sent, when no SMTP_URL/SMS_URL
// is configured. Never registered in production.
import type { FastifyInstance } from 'fastify';
import { desc } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { devOutbox } from '../../db/schema.ts';
import { PUBLIC } from '../identity/access.ts';

export async function devOutboxRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.get('/api/dev/outbox', { config: PUBLIC, schema: { tags: ['development'], summary: 'Development outbox' } }, async () => {
    const rows = await deps.db.select().from(devOutbox).orderBy(desc(devOutbox.id)).limit(100);
    return {
      messages: rows.map((m) => ({
        id: m.id,
        channel: m.channel,
        to: m.recipient,
        subject: m.subject,
        text: m.bodyText,
        html: m.bodyHtml,
        createdAt: m.createdAt.toISOString(),
      })),
    };
  });
}
