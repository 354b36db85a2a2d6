// The application's main menu. New sections (guests, tax returns, users…) are added here, with
// the roles that may see them.
import type { Role } from '../api/types.ts';

export interface NavigationItem {
  to: string;
  label: 'overview' | 'accommodation';
  /** Match only this exact path, not the paths below it. */
  end?: boolean;
  /** Roles that see the item; every role when absent. */
  roles?: readonly Role[];
}

export const NAVIGATION: readonly NavigationItem[] = [
  { to: '/app', label: 'overview', end: true },
  { to: '/app/accommodatie', label: 'accommodation', roles: ['owner', 'staff'] },
];

export function navigationFor(role: Role): NavigationItem[] {
  return NAVIGATION.filter((item) => !item.roles || item.roles.includes(role));
}
