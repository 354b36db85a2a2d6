// The overview's view and search, kept in the address bar (so a search can be bookmarked, shared
// and reached with Back): read into the search form and into the API request.
import { z } from 'zod';
import { tooLong } from '../../../shared/schemas/fields.ts';
import { STAY_VIEWS, type StayFilter, type StayView } from '../../api/register.ts';

/** The problem of a "Tot" before "Van"; the date field has its own wording for it. */
export const TO_BEFORE_FROM = 'TO_BEFORE_FROM';

const day = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'DATE_INVALID');

export const searchFormSchema = z
  .object({
    q: z.string().trim().max(100, tooLong(100)),
    from: day,
    to: day,
    unitId: z.string(),
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: TO_BEFORE_FROM });

export type SearchFormValues = z.input<typeof searchFormSchema>;
export type SearchFormOutput = z.output<typeof searchFormSchema>;
export const SEARCH_FIELD_NAMES = ['q', 'from', 'to', 'unitId'] as const;

function isView(value: string | null): value is StayView {
  return (STAY_VIEWS as readonly (string | null)[]).includes(value);
}

export function filterFromParams(params: URLSearchParams): StayFilter {
  const page = Number(params.get('page'));
  const view = params.get('view');
  return {
    view: isView(view) ? view : 'all',
    q: params.get('q') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    unitId: params.get('unitId') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function searchValuesOf(filter: StayFilter): SearchFormValues {
  return { q: filter.q, from: filter.from, to: filter.to, unitId: filter.unitId };
}

export function isSearch(filter: StayFilter): boolean {
  return Boolean(filter.q || filter.from || filter.to || filter.unitId);
}

/** A "Tot" before "Van" in the address bar is answered here, without asking the server. */
export function rangeIsValid(filter: Pick<StayFilter, 'from' | 'to'>): boolean {
  return !filter.from || !filter.to || filter.to >= filter.from;
}
