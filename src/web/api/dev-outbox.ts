// The development outbox: mails and text messages kept instead of sent (development only).
import { apiRequest } from './client.ts';
import type { OutboxMessage } from './types.ts';

export async function listOutbox(): Promise<OutboxMessage[]> {
  const { messages } = await apiRequest<{ messages: OutboxMessage[] }>('GET', '/api/dev/outbox');
  return [...messages].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
