// The participating municipalities an accommodation can belong to.
import { apiRequest } from './client.ts';
import type { Municipality } from './types.ts';

export async function listMunicipalities(): Promise<Municipality[]> {
  const { municipalities } = await apiRequest<{ municipalities: Municipality[] }>('GET', '/api/municipalities');
  return [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
