// Audit events: every security-relevant change writes one, in the same transaction as the change.
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema.ts';
import type { AuditAction } from '../../shared/audit-actions.ts';

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
  await recordAudits(tx, [event]);
}

/** Several events in one statement (an inspection across a municipality writes one per accommodation). */
export async function recordAudits(tx: Db, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(auditEvents).values(events.map((event) => ({ ...event, details: event.details ?? {} })));
}

/** The audit fields of something users do to their own account. */
export function ownAction(user: { id: string; accommodationId: string | null; municipalityId: string | null }) {
  return {
    actorUserId: user.id,
    subjectUserId: user.id,
    accommodationId: user.accommodationId,
    municipalityId: user.municipalityId,
  };
}
