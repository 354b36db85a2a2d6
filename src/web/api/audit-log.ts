// "Logboek": the audit events the signed-in owner, municipality or admin may see, a page at a time.
import { apiRequest } from './client.ts';

export interface AuditLogPerson {
  id: string;
  email: string;
}

export interface AuditLogEvent {
  id: number;
  occurredAt: string;
  /** An audit action code; the page shows its label, or the code itself for one it does not know. */
  action: string;
  /** Null for an inspection in an owner's log: who inspected is kept from the inspected. */
  actor: AuditLogPerson | null;
  subject: AuditLogPerson | null;
  accommodation: { id: string; companyName: string } | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditLogPage {
  events: AuditLogEvent[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

/** The filters as the API takes them; empty strings mean "not filtered". */
export interface AuditLogFilter {
  action: string;
  /** YYYY-MM-DD, inclusive, Dutch time. */
  from: string;
  /** YYYY-MM-DD, inclusive, Dutch time. */
  to: string;
  /** Part of the email address of whoever acted or was acted upon. */
  q: string;
  page: number;
}

/** The query string of a filter; empty filters and the first page are left out. */
export function auditLogParams(filter: AuditLogFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['action', 'from', 'to', 'q'] as const) {
    const value = filter[key].trim();
    if (value) params.set(key, value);
  }
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

export function listAuditEvents(filter: AuditLogFilter): Promise<AuditLogPage> {
  const query = auditLogParams(filter).toString();
  return apiRequest('GET', query ? `/api/audit-events?${query}` : '/api/audit-events');
}
