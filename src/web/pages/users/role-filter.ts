// The role filter of the "Gebruikers" page as it stands in the address bar (?rol=…), so a filtered
// list can be bookmarked and survives a reload, and the requests it takes to the API.
import { listUsers, type ManagedUser } from '../../api/users.ts';

export const ROLE_FILTERS = ['all', 'entrepreneurs', 'municipality', 'inspector'] as const;
export type RoleFilter = (typeof ROLE_FILTERS)[number];

const IN_ADDRESS: Record<RoleFilter, string> = {
  all: '',
  entrepreneurs: 'ondernemers',
  municipality: 'gemeentemedewerkers',
  inspector: 'inspecteurs',
};

export function roleFilterFrom(value: string | null): RoleFilter {
  return ROLE_FILTERS.find((filter) => IN_ADDRESS[filter] === value) ?? 'all';
}

export function roleFilterParam(filter: RoleFilter): string {
  return IN_ADDRESS[filter];
}

const byEmail = (a: ManagedUser, b: ManagedUser) => a.email.localeCompare(b.email);

/** Entrepreneurs are two roles (owner and staff); the API filters on one role at a time. */
export async function usersFor(filter: RoleFilter): Promise<ManagedUser[]> {
  if (filter === 'all') return listUsers();
  if (filter === 'entrepreneurs') {
    const [owners, staff] = await Promise.all([listUsers({ role: 'owner' }), listUsers({ role: 'staff' })]);
    return [...owners, ...staff].sort(byEmail);
  }
  return listUsers({ role: filter });
}
