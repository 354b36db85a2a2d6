// The filter of the "Gebruikers" list as it stands in the address bar (?rol=…&q=…&pagina=…), so a
// filtered page of the list can be bookmarked and survives a reload, and the request it takes to
// the API.
import type { Role } from '../../api/types.ts';
import { listUsers, type UserFilter, type UserListRole, type UserPage } from '../../api/users.ts';

export const ROLE_FILTERS = ['all', 'entrepreneurs', 'municipality', 'inspector'] as const;
export type RoleFilter = (typeof ROLE_FILTERS)[number];

/** What the user chooses in the form; the page follows from the links under the list. */
export interface UserListFilter {
  role: RoleFilter;
  q: string;
  page: number;
}

/** Dutch words in the address, as the rest of the app's addresses. */
const IN_ADDRESS: Record<RoleFilter, string> = {
  all: '',
  entrepreneurs: 'ondernemers',
  municipality: 'gemeentemedewerkers',
  inspector: 'inspecteurs',
};

/** "Ondernemers" are owners and staff: one group in the API, so one request. */
const IN_API: Record<RoleFilter, UserListRole | null> = {
  all: null,
  entrepreneurs: 'entrepreneur',
  municipality: 'municipality',
  inspector: 'inspector',
};

function roleFilterFrom(value: string | null): RoleFilter {
  return ROLE_FILTERS.find((filter) => IN_ADDRESS[filter] === value) ?? 'all';
}

export function userFilterFrom(params: URLSearchParams, viewer: Role): UserListFilter {
  const page = Number(params.get('pagina'));
  return {
    // An owner sees the users of one accommodation, all entrepreneurs: roles are not filtered.
    role: viewer === 'owner' ? 'all' : roleFilterFrom(params.get('rol')),
    q: (params.get('q') ?? '').trim(),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function isFiltered(filter: Pick<UserListFilter, 'role' | 'q'>): boolean {
  return filter.role !== 'all' || filter.q !== '';
}

function setOrDelete(params: URLSearchParams, key: string, value: string): void {
  if (value) params.set(key, value);
  else params.delete(key);
}

/**
 * The address bar's query with this filter; empty filters and the first page are left out, and
 * other parameters (the admin's ?gemeente= for the invite form) stay.
 */
export function withUserFilter(params: URLSearchParams, filter: UserListFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  setOrDelete(next, 'rol', IN_ADDRESS[filter.role]);
  setOrDelete(next, 'q', filter.q);
  setOrDelete(next, 'pagina', filter.page > 1 ? String(filter.page) : '');
  return next;
}

export function usersFor(filter: UserListFilter): Promise<UserPage> {
  const role = IN_API[filter.role];
  const request: UserFilter = { q: filter.q, page: filter.page };
  if (role) request.role = role;
  return listUsers(request);
}
