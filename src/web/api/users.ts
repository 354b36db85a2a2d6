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

export interface UserFilter {
  role?: Role;
  accommodationId?: string;
  q?: string;
}

export async function listUsers(filter: UserFilter = {}): Promise<ManagedUser[]> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return (await apiRequest<{ users: ManagedUser[] }>('GET', text ? `/api/users?${text}` : '/api/users')).users;
}

export async function changeUserRole(id: string, role: 'owner' | 'staff'): Promise<ManagedUser> {
  return (await apiRequest<{ user: ManagedUser }>('PUT', `/api/users/${encodeURIComponent(id)}/role`, { role })).user;
}

/** The user sets 2FA up again at the next sign-in; they are signed out everywhere and told by email. */
export function resetUserTwoFactor(id: string): Promise<void> {
  return apiRequest('POST', `/api/users/${encodeURIComponent(id)}/two-factor/reset`, {});
}
