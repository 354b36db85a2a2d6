// Audit events: every security-relevant change writes one, in the same transaction as the change.
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema.ts';

export type AuditAction =
  | 'account.registered'
  | 'account.registration_attempt_existing_email'
  | 'email.confirmed'
  | 'login.succeeded'
  | 'login.failed'
  | 'logout'
  | 'password_reset.requested'
  | 'password_reset.completed'
  | 'accommodation.updated'
  | 'admin.created';

export interface AuditEvent {
  action: AuditAction;
  occurredAt: Date;
  actorUserId?: string | null;
  subjectUserId?: string | null;
  accommodationId?: string | null;
  municipalityId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export async function recordAudit(tx: Db, event: AuditEvent): Promise<void> {
  await tx.insert(auditEvents).values({ ...event, details: event.details ?? {} });
}
