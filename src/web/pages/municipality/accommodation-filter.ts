// The accommodation list's filters: kept in the address bar (so a filtered list can be
// bookmarked, shared and reached with Back), read into the form and into the API request.
import { z } from 'zod';
import { ACCOMMODATION_TYPES } from '../../../shared/accommodation-types.ts';
import { tooLong } from '../../../shared/schemas/fields.ts';
import { ACCOMMODATION_STATUSES } from '../../../shared/schemas/organisations.ts';
import type { AccommodationFilter } from '../../api/municipality-portal.ts';

const bedsText = z
  .string()
  .trim()
  .regex(/^[0-9]{0,6}$/, 'BEDS_INVALID');

export const filterFormSchema = z.object({
  q: z.string().trim().max(200, tooLong(200)),
  type: z.string(),
  status: z.string(),
  minBeds: bedsText,
  maxBeds: bedsText,
});

export type FilterFormValues = z.input<typeof filterFormSchema>;
export type FilterFormOutput = z.output<typeof filterFormSchema>;
export const FILTER_FIELD_NAMES = ['q', 'type', 'status', 'minBeds', 'maxBeds'] as const;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return allowed.find((candidate) => candidate === value) ?? '';
}

export function filterFromParams(params: URLSearchParams): Required<AccommodationFilter> {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    type: oneOf(ACCOMMODATION_TYPES, params.get('type')),
    status: oneOf(ACCOMMODATION_STATUSES, params.get('status')),
    minBeds: params.get('minBeds') ?? '',
    maxBeds: params.get('maxBeds') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function formValuesOf(filter: AccommodationFilter): FilterFormValues {
  return { q: filter.q ?? '', type: filter.type ?? '', status: filter.status ?? '', minBeds: filter.minBeds ?? '', maxBeds: filter.maxBeds ?? '' };
}

/** The address bar's query for a filter; empty filters and the first page are left out. */
export function paramsOf(filter: AccommodationFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_FIELD_NAMES) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  return params;
}
