// The emergency list ("Aanwezig" for the owner and staff; the inspector's "Aanwezigen nu" has the
// same shape around its own view of a stay) and the house times that decide it.
import type { HouseTimes, PresenceBasis, PresenceGroup } from '../../shared/schemas/register.ts';
import { apiRequest } from './client.ts';
import type { Stay } from './register.ts';
import type { Accommodation } from './types.ts';

export interface Presence {
  group: PresenceGroup;
  present: boolean;
  basis: PresenceBasis;
}

export interface PresenceList<S> {
  at: string;
  today: string;
  checkInTime: string;
  checkOutTime: string;
  /** Persons present now. */
  persons: number;
  total: number;
  groups: Record<PresenceGroup, { stays: number; persons: number }>;
  capped: boolean;
  maxRows: number;
  stays: (S & { presence: Presence })[];
}

export function getPresence(): Promise<PresenceList<Stay>> {
  return apiRequest('GET', '/api/register/present');
}

export function updateHouseTimes(times: HouseTimes): Promise<{ accommodation: Accommodation }> {
  return apiRequest('PUT', '/api/accommodation/house-times', times);
}
