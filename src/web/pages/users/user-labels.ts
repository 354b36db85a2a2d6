// How a user, a role and a moment are written in the tables of the "Gebruikers" page.
import i18n from '../../i18n/index.ts';
import type { ManagedUser } from '../../api/users.ts';

export type UserStatus = 'active' | 'inactive' | 'unconfirmed';

/** Deactivated weighs more than unconfirmed: a deactivated account cannot sign in either way. */
export function statusOf(user: Pick<ManagedUser, 'active' | 'emailConfirmed'>): UserStatus {
  if (!user.active) return 'inactive';
  return user.emailConfirmed ? 'active' : 'unconfirmed';
}

/** Date and time in the reader's language, e.g. "23 nov 2026, 11:07". */
export function formatDateTime(iso: string): string {
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
