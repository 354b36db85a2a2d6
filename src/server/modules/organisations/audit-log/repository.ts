// Reading the audit log. Every query takes the reader's scope, so no query can forget whose
// events it may show; there is deliberately no function here that changes or removes an event.
import { and, desc, eq, gte, ilike, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { containsPattern, type Db } from '../../../db/client.ts';
import { accommodations, auditEvents, users } from '../../../db/schema.ts';
import type { AuditAction } from '../../../../shared/audit-actions.ts';
import type { Scope } from '../../identity/access.ts';
import { INSPECTION, seesInspectors } from './inspection-notice.ts';

const actors = alias(users, 'actor');
const subjects = alias(users, 'subject');

export interface AuditEventFilter {
  action?: AuditAction;
  /** Inclusive lower bound of occurred_at. */
  from?: Date;
  /** Exclusive upper bound of occurred_at. */
  before?: Date;
  /** Text contained in the actor's or the subject's email address. */
  email?: string;
  offset: number;
  limit: number;
}

/**
 * An owner sees their accommodation's events; a municipality the events about itself and about
 * the accommodations in it (older events carry only the accommodation); an admin everything.
 */
function inScope(scope: Scope): SQL | undefined {
  if (scope.kind === 'accommodation') return eq(auditEvents.accommodationId, scope.accommodationId);
  if (scope.kind === 'municipality') {
    return or(eq(auditEvents.municipalityId, scope.municipalityId), eq(accommodations.municipalityId, scope.municipalityId));
  }
  if (scope.kind === 'platform') return undefined;
  return sql`false`;
}

/**
 * Events whose actor's or subject's email contains the pattern. An accommodation is never told
 * who inspected it, so an inspector's address does not find the inspection either: otherwise the
 * filter would spell the address out letter by letter.
 */
function emailMatches(scope: Scope, pattern: string): SQL | undefined {
  const actor = ilike(actors.email, pattern);
  return or(seesInspectors(scope) ? actor : and(ne(auditEvents.action, INSPECTION), actor), ilike(subjects.email, pattern));
}

/** One page of events in the scope, newest first. */
export async function auditEventsInScope(db: Db, scope: Scope, filter: AuditEventFilter) {
  const email = filter.email ? containsPattern(filter.email) : undefined;
  const rows = await db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      ip: auditEvents.ip,
      details: auditEvents.details,
      actorId: actors.id,
      actorEmail: actors.email,
      subjectId: subjects.id,
      subjectEmail: subjects.email,
      accommodationId: accommodations.id,
      companyName: accommodations.companyName,
    })
    .from(auditEvents)
    .leftJoin(actors, eq(actors.id, auditEvents.actorUserId))
    .leftJoin(subjects, eq(subjects.id, auditEvents.subjectUserId))
    .leftJoin(accommodations, eq(accommodations.id, auditEvents.accommodationId))
    .where(
      and(
        inScope(scope),
        filter.action ? eq(auditEvents.action, filter.action) : undefined,
        filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
        filter.before ? lt(auditEvents.occurredAt, filter.before) : undefined,
        email ? emailMatches(scope, email) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurredAt,
    action: row.action,
    actor: row.actorId && row.actorEmail ? { id: row.actorId, email: row.actorEmail } : null,
    subject: row.subjectId && row.subjectEmail ? { id: row.subjectId, email: row.subjectEmail } : null,
    accommodation: row.accommodationId && row.companyName ? { id: row.accommodationId, companyName: row.companyName } : null,
    ip: row.ip,
    details: row.details,
  }));
}
