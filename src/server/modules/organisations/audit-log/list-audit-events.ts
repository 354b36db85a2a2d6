// "Logboek": one page of the audit events the reader may see, filtered by kind of event, by days
// (in Dutch time) and by part of an email address. Reading only: events are never changed, but an
// accommodation sees its inspections without who looked and why (see inspection-notice.ts).
import { z } from 'zod';
import { tooLong } from '../../../../shared/schemas/fields.ts';
import type { Deps } from '../../../deps.ts';
import { AUDIT_ACTIONS } from '../../../../shared/audit-actions.ts';
import { endOfDutchDay, isCalendarDay, startOfDutchDay } from '../../../platform/dutch-days.ts';
import type { Actor } from '../../identity/access.ts';
import { asSeenIn } from './inspection-notice.ts';
import { auditEventsInScope } from './repository.ts';

export const AUDIT_LOG_PAGE_SIZE = 50;

/** A YYYY-MM-DD day; '' (an empty date field) means no bound. */
const day = z
  .string({ error: 'DATE_INVALID' })
  .trim()
  .refine((v) => v === '' || isCalendarDay(v), 'DATE_INVALID')
  .optional();

export const auditEventQuerySchema = z
  .object({
    action: z.enum(AUDIT_ACTIONS, { error: 'INVALID_TYPE' }).optional(),
    from: day,
    to: day,
    // Control characters are never part of an email address, and PostgreSQL cannot hold a NUL.
    q: z
      .string()
      .trim()
      .max(200, tooLong(200))
      .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), 'CHARACTERS_INVALID')
      .optional(),
    page: z.coerce.number({ error: 'INVALID_TYPE' }).int('INVALID_TYPE').min(1, 'INVALID_TYPE').max(100_000, 'INVALID_TYPE').default(1),
  })
  .refine((query) => !query.from || !query.to || query.to >= query.from, { path: ['to'], message: 'DATE_INVALID' });

export type AuditEventQuery = z.output<typeof auditEventQuerySchema>;

export async function listAuditEvents(deps: Deps, actor: Actor, query: AuditEventQuery) {
  // One row more than a page tells whether a next page exists without counting the whole log.
  const rows = await auditEventsInScope(deps.db, actor.scope, {
    action: query.action,
    from: query.from ? startOfDutchDay(query.from) : undefined,
    before: query.to ? endOfDutchDay(query.to) : undefined,
    email: query.q || undefined,
    offset: (query.page - 1) * AUDIT_LOG_PAGE_SIZE,
    limit: AUDIT_LOG_PAGE_SIZE + 1,
  });
  return {
    events: rows.slice(0, AUDIT_LOG_PAGE_SIZE).map((event) => asSeenIn(actor.scope, event)),
    page: query.page,
    pageSize: AUDIT_LOG_PAGE_SIZE,
    hasMore: rows.length > AUDIT_LOG_PAGE_SIZE,
  };
}
