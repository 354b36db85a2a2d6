// Audit events: every security-relevant change writes one, in the same transaction as the change.
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema.ts';

/** Every action the audit log knows; the log's filter accepts exactly these. */
export const AUDIT_ACTIONS = [
  'account.registered',
  'account.registration_attempt_existing_email',
  'email.confirmed',
  'login.succeeded',
  'login.failed',
  'logout',
  'password_reset.requested',
  'password_reset.completed',
  'accommodation.updated',
  'admin.created',
  'user.created',
  'login.password_verified',
  'two_factor.enabled',
  'two_factor.disabled',
  'two_factor.used',
  'two_factor.failed',
  'two_factor.step_up',
  'two_factor.reset',
  'two_factor.backup_code_used',
  'two_factor.email_proven',
  'two_factor.backup_code_issued',
  'two_factor.policy_changed',
  'two_factor.phone_added',
  'two_factor.phone_removed',
  'two_factor.passkey_added',
  'two_factor.passkey_removed',
  'two_factor.device_forgotten',
  'accommodation.added',
  'accommodation.member_added',
  'accommodation.approved',
  'accommodation.rejected',
  'invitation.sent',
  'invitation.revoked',
  'invitation.accepted',
  'user.role_changed',
  'user.deactivated',
  'user.reactivated',
  'user.confirmation_resent',
  'account.name_changed',
  'account.email_change_requested',
  'account.email_changed',
  'account.password_changed',
  'session.revoked',
  'municipality.created',
  'municipality.updated',
  'municipality.settings_changed',
  'register.unit_added',
  'register.unit_updated',
  'register.stays_imported',
  'register.exported',
  'register.api_token_created',
  'register.api_token_revoked',
  'register.check_in_link_renewed',
  'register.inspected',
  'register.retention_erased',
  'register.stay_signed',
  'accommodation.reported',
  'tax.rule_added',
  'tax.rule_withdrawn',
  'tax.settings_changed',
  'tax.return_submitted',
  'tax.returns_exported',
  'tax.reminders_sent',
  'tax.assessment_recorded',
  'tax.assessments_imported',
  'tax.reduction_requested',
  'message.retried',
  'message.dismissed',
  'secret_key.rotated',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
