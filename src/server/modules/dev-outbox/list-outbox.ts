// The newest messages of the development outbox, as GET /api/dev/outbox shows them.
import { desc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { devOutbox } from '../../db/schema.ts';

export async function listOutbox(db: Db) {
  const rows = await db.select().from(devOutbox).orderBy(desc(devOutbox.id)).limit(100);
  return rows.map((m) => ({
    id: m.id,
    channel: m.channel,
    to: m.recipient,
    subject: m.subject,
    text: m.bodyText,
    html: m.bodyHtml,
    createdAt: m.createdAt.toISOString(),
  }));
}
