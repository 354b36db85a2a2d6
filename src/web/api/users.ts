// "Gebruikers": the accounts a user looks after (owner: the accommodation's users; municipality:
// its entrepreneurs, colleagues and inspectors; admin: everyone) and what may be done to them.
import { apiRequest } from './client.ts';
import type { Role } from './types.ts';

export { deactivateUser, reactivateUser, resendConfirmationEmail } from './user-actions.ts';

export interface ManagedUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  active: boolean;
  emailConfirmed: boolean;
  lastLoginAt: string | null;
  accommodationId: string | null;
  companyName: string | null;
  municipalityId: string | null;
  twoFactorEnabled: boolean;
}

/** A role to narrow the list to; 'entrepreneur' is owners and staff together. */
export type UserListRole = Role | 'entrepreneur';

export interface UserFilter {
  role?: UserListRole;
  accommodationId?: string;
  q?: string;
  /** 1-based; the API answers 50 users a page. */
  page?: number;
}

export interface UserPage {
  users: ManagedUser[];
  total: number;
  page: number;
  pageSize: number;
}

export function listUsers(filter: UserFilter = {}): Promise<UserPage> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    // The first page is the API's default, so it is left out.
    if (key === 'page' && value === 1) continue;
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') query.set(key, String(value));
  }
  const text = query.toString();
  return apiRequest<UserPage>('GET', text ? `/api/users?${text}` : '/api/users');
}

export async function changeUserRole(id: string, role: 'owner' | 'staff'): Promise<ManagedUser> {
  return (await apiRequest<{ user: ManagedUser }>('PUT', `/api/users/${encodeURIComponent(id)}/role`, { role })).user;
}

/** The user sets 2FA up again at the next sign-in; they are signed out everywhere and told by email. */
export function resetUserTwoFactor(id: string): Promise<void> {
  return apiRequest('POST', `/api/users/${encodeURIComponent(id)}/two-factor/reset`, {});
}
