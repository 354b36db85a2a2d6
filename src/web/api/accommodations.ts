// The accommodations an owner or staff member works for: the list, adding one (owner), and
// choosing the one to work in for this session.
import { apiRequest } from './client.ts';
import type { Accommodation, AccommodationChoice, AccommodationDetails, Session } from './types.ts';

export async function listMyAccommodations(): Promise<(AccommodationChoice & { current: boolean })[]> {
  return (await apiRequest<{ accommodations: (AccommodationChoice & { current: boolean })[] }>('GET', '/api/accommodations')).accommodations;
}

/** Adds an accommodation under the same company; the session keeps working in the current one. */
export async function addAccommodation(details: AccommodationDetails & { municipalityId: string }): Promise<Accommodation> {
  return (await apiRequest<{ accommodation: Accommodation }>('POST', '/api/accommodations', details)).accommodation;
}

export function switchAccommodation(accommodationId: string): Promise<Session> {
  return apiRequest('PUT', '/api/session/accommodation', { accommodationId });
}
