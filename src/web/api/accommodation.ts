// The signed-in user's accommodation: read by owner and staff, changed by the owner.
import { apiRequest } from './client.ts';
import type { Accommodation, AccommodationDetails } from './types.ts';

export async function getAccommodation(): Promise<Accommodation> {
  const { accommodation } = await apiRequest<{ accommodation: Accommodation }>('GET', '/api/accommodation');
  return accommodation;
}

export async function updateAccommodation(details: AccommodationDetails): Promise<Accommodation> {
  const { accommodation } = await apiRequest<{ accommodation: Accommodation }>('PUT', '/api/accommodation', details);
  return accommodation;
}
