// The platform admin's undelivered messages: the list (with what is still waiting per channel),
// sending one again and removing one.
import { apiRequest } from './client.ts';

export type MessageChannel = 'mail' | 'sms';

export interface DeadLetter {
  id: string;
  channel: MessageChannel;
  /** Null when the message's content cannot be opened any more. */
  recipient: string | null;
  /** Mail only. */
  subject: string | null;
  attempts: number;
  lastError: string | null;
  queuedAt: string;
  lastTriedAt: string | null;
}

export interface WaitingMessages {
  channel: MessageChannel;
  count: number;
  since: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string;
}

export interface DeadLetterList {
  total: number;
  deadLetters: DeadLetter[];
  waiting: WaitingMessages[];
}

export function listDeadLetters(): Promise<DeadLetterList> {
  return apiRequest<DeadLetterList>('GET', '/api/admin/dead-letters');
}

export async function retryDeadLetter(id: string): Promise<void> {
  await apiRequest<unknown>('POST', `/api/admin/dead-letters/${encodeURIComponent(id)}/retry`, {});
}

export async function dismissDeadLetter(id: string): Promise<void> {
  await apiRequest<void>('DELETE', `/api/admin/dead-letters/${encodeURIComponent(id)}`);
}
