// The audit log's filters: kept in the address bar (so a filtered log can be bookmarked, shared
// and reached with Back), read into the form and into the API request.
import { z } from 'zod';
import { tooLong } from '../../../shared/schemas/fields.ts';
import type { AuditLogFilter } from '../../api/audit-log.ts';
import { nl as catalog } from '../../i18n/sections/auditLog.ts';

/** The action codes the filter offers: those the catalog has a label for. */
const KNOWN_ACTIONS: readonly string[] = Object.keys(catalog.actions);

/** The field problem of a "Tot en met" before "Van"; the date field has its own wording for it. */
export const TO_BEFORE_FROM = 'TO_BEFORE_FROM';

const day = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'DATE_INVALID');

export const filterFormSchema = z
  .object({
    action: z.string(),
    from: day,
    to: day,
    q: z.string().trim().max(200, tooLong(200)),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: TO_BEFORE_FROM });

export type FilterFormValues = z.input<typeof filterFormSchema>;
export type FilterFormOutput = z.output<typeof filterFormSchema>;
export const FILTER_FIELD_NAMES = ['action', 'from', 'to', 'q'] as const;

export function filterFromParams(params: URLSearchParams): AuditLogFilter {
  const page = Number(params.get('page'));
  const action = params.get('action') ?? '';
  return {
    // An action this version does not know (an old bookmark) would only get a 400: ignore it.
    action: KNOWN_ACTIONS.includes(action) ? action : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function formValuesOf(filter: AuditLogFilter): FilterFormValues {
  return { action: filter.action, from: filter.from, to: filter.to, q: filter.q };
}

/** A "Tot en met" before "Van" in the address bar is answered here, without asking the server. */
export function rangeIsValid(filter: AuditLogFilter): boolean {
  return !filter.from || !filter.to || filter.to >= filter.from;
}
