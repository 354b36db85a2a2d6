// The platform operator's list of participating municipalities: add one by CBS code, rename it,
// take it out of (or back into) the sign-up form.
import { apiRequest } from './client.ts';

export interface ManagedMunicipality {
  id: string;
  code: string;
  name: string;
  active: boolean;
  approvalRequired: boolean;
  twoFactorRequired: boolean;
  accommodationCount: number;
  userCount: number;
}

export async function listManagedMunicipalities(): Promise<ManagedMunicipality[]> {
  const { municipalities } = await apiRequest<{ municipalities: ManagedMunicipality[] }>('GET', '/api/admin/municipalities');
  return municipalities;
}

export async function addMunicipality(input: { code: string; name: string }): Promise<ManagedMunicipality> {
  const { municipality } = await apiRequest<{ municipality: ManagedMunicipality }>('POST', '/api/admin/municipalities', input);
  return municipality;
}

export async function updateManagedMunicipality(id: string, input: { name: string; active: boolean }): Promise<ManagedMunicipality> {
  const { municipality } = await apiRequest<{ municipality: ManagedMunicipality }>('PUT', `/api/admin/municipalities/${encodeURIComponent(id)}`, input);
  return municipality;
}
