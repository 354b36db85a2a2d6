// The application's main menu. New sections (guests, tax returns, users…) are added here, with
// the roles that may see them.
import type { Role } from '../api/types.ts';

export interface NavigationItem {
  to: string;
  label:
    | 'overview'
    | 'accommodation'
    | 'municipalities'
    | 'accommodations'
    | 'users'
    | 'municipalitySettings'
    | 'auditLog'
    | 'register'
    | 'units'
    | 'inspection'
    | 'reports'
    | 'touristTax'
    | 'taxReturn'
    | 'deadLetters';
  /** Match only this exact path, not the paths below it. */
  end?: boolean;
  /** Roles that see the item; every role when absent. */
  roles?: readonly Role[];
}

export const NAVIGATION: readonly NavigationItem[] = [
  { to: '/app', label: 'overview', end: true },
  { to: '/app/accommodatie', label: 'accommodation', roles: ['owner', 'staff'] },
  { to: '/app/register', label: 'register', roles: ['owner', 'staff'] },
  { to: '/app/kamers', label: 'units', roles: ['owner'] },
  { to: '/app/gemeenten', label: 'municipalities', roles: ['admin'] },
  { to: '/app/accommodaties', label: 'accommodations', roles: ['municipality', 'admin'] },
  { to: '/app/inzage', label: 'inspection', roles: ['inspector', 'municipality'] },
  { to: '/app/meldingen', label: 'reports', roles: ['owner', 'staff', 'municipality'] },
  { to: '/app/aangifte', label: 'taxReturn', roles: ['owner'] },
  { to: '/app/toeristenbelasting', label: 'touristTax', roles: ['municipality'] },
  { to: '/app/gebruikers', label: 'users', roles: ['owner', 'municipality', 'admin'] },
  { to: '/app/gemeente', label: 'municipalitySettings', roles: ['municipality'] },
  { to: '/app/logboek', label: 'auditLog', roles: ['owner', 'municipality', 'admin'] },
  { to: '/app/niet-bezorgd', label: 'deadLetters', roles: ['admin'] },
];

export function navigationFor(role: Role): NavigationItem[] {
  return NAVIGATION.filter((item) => !item.roles || item.roles.includes(role));
}
