// What an accommodation's own "Logboek" shows of an inspection of its register: that it happened,
// the kind of look-up and what was asked (the night, the threshold), when, and how many of its
// stays were shown. Never the reason, who looked or from which IP address: the person under
// investigation may be the owner, and the reason can name guests and suspicions. The
// municipality's and the admin's log keep the whole event; the event itself is never changed.
import type { AuditAction } from '../../../../shared/audit-actions.ts';
import type { Scope } from '../../identity/access.ts';

export const INSPECTION: AuditAction = 'register.inspected';

/**
 * The details an accommodation is told, chosen rather than filtered out, so a detail added to
 * inspections later stays with the municipality until it is added here.
 */
const NOTICE_DETAILS = ['kind', 'night', 'day', 'minNights', 'days', 'month', 'scope', 'results', 'intact', 'problems'];

/** Whether the reader sees who inspected and why: the municipality and the admin, not the accommodation. */
export function seesInspectors(scope: Scope): boolean {
  return scope.kind !== 'accommodation';
}

interface ReadEvent {
  action: string;
  actor: { id: string; email: string } | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** The event as this reader may see it. */
export function asSeenIn<E extends ReadEvent>(scope: Scope, event: E): E {
  if (event.action !== INSPECTION || seesInspectors(scope)) return event;
  const details = Object.fromEntries(NOTICE_DETAILS.filter((key) => key in event.details).map((key) => [key, event.details[key]]));
  return { ...event, actor: null, ip: null, details };
}
