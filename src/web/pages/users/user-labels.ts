// How a user, a role and a moment are written in the tables of the "Gebruikers" page.
import type { ManagedUser } from '../../api/users.ts';

export type UserStatus = 'active' | 'inactive' | 'unconfirmed';

/** Deactivated weighs more than unconfirmed: a deactivated account cannot sign in either way. */
export function statusOf(user: Pick<ManagedUser, 'active' | 'emailConfirmed'>): UserStatus {
  if (!user.active) return 'inactive';
  return user.emailConfirmed ? 'active' : 'unconfirmed';
}

export { formatDateTime } from '../../i18n/format-date.ts';
