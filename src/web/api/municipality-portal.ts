// The municipality portal: its own settings (approval, 2FA policy, contact details, theme and
// logo) and the accommodations it oversees, with the decision on new registrations. Admins use
// the accommodation calls too, for every municipality.
import type { AccommodationType } from '../../shared/accommodation-types.ts';
import { apiRequest } from './client.ts';
import type { AccommodationStatus, Municipality } from './types.ts';
import type { ManagedUser } from './users.ts';

export interface MunicipalitySettings {
  id: string;
  code: string;
  name: string;
  approvalRequired: boolean;
  twoFactorRequired: boolean;
  contactEmail: string | null;
  contactPhone: string | null;
  contactText: string | null;
  themeColor: string | null;
  logoUrl: string | null;
  /** The register: document number of foreign guests, retention period, privacy statement for guests. */
  recordDocumentNumber: boolean;
  retentionMonths: number;
  /** The monthly copy of the register, the municipality's choice (decision 0015). */
  monthlyCopy: boolean;
  /** Date of birth and nationality only where the APV asks them, and its article (decision 0017). */
  askDateOfBirth: boolean;
  askNationality: boolean;
  registerApvCitation: string | null;
  privacyStatement: string | null;
}

/** What the settings form sends; empty strings clear the optional fields. */
export interface MunicipalitySettingsInput {
  name: string;
  approvalRequired: boolean;
  twoFactorRequired: boolean;
  contactEmail: string;
  contactPhone: string;
  contactText: string;
  themeColor: string;
  recordDocumentNumber: boolean;
  retentionMonths: number;
  monthlyCopy: boolean;
  askDateOfBirth: boolean;
  askNationality: boolean;
  registerApvCitation: string;
  privacyStatement: string;
}

export interface DirectoryAccommodation {
  id: string;
  companyName: string;
  address: string;
  postcode: string;
  city: string;
  beds: number;
  accommodationType: AccommodationType;
  status: AccommodationStatus;
  createdAt: string;
  municipality: Municipality;
  userCount: number;
}

export interface DirectoryAccommodationDetail extends DirectoryAccommodation {
  kvkNumber: string | null;
  phone: string | null;
  rejectionReason: string | null;
  decidedAt: string | null;
}

/** The filters of the accommodation list, as they stand in the address bar. */
export interface AccommodationFilter {
  q?: string;
  type?: string;
  status?: string;
  minBeds?: string;
  maxBeds?: string;
  page?: number;
}

export interface AccommodationPage {
  accommodations: DirectoryAccommodation[];
  total: number;
  page: number;
  pageSize: number;
}

export function getMunicipalitySettings(): Promise<MunicipalitySettings> {
  return apiRequest('GET', '/api/municipality/settings');
}

export function saveMunicipalitySettings(input: MunicipalitySettingsInput): Promise<MunicipalitySettings> {
  return apiRequest('PUT', '/api/municipality/settings', input);
}

export function uploadMunicipalityLogo(dataUrl: string): Promise<MunicipalitySettings> {
  return apiRequest('PUT', '/api/municipality/logo', { dataUrl });
}

export function removeMunicipalityLogo(): Promise<MunicipalitySettings> {
  return apiRequest('DELETE', '/api/municipality/logo');
}

function queryString(filter: AccommodationFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function listOverseenAccommodations(filter: AccommodationFilter): Promise<AccommodationPage> {
  return apiRequest('GET', `/api/municipality/accommodations${queryString(filter)}`);
}

export function getOverseenAccommodation(id: string): Promise<{ accommodation: DirectoryAccommodationDetail; users: ManagedUser[] }> {
  return apiRequest('GET', `/api/municipality/accommodations/${encodeURIComponent(id)}`);
}

export function approveRegistration(id: string): Promise<{ accommodation: DirectoryAccommodationDetail }> {
  return apiRequest('POST', `/api/municipality/accommodations/${encodeURIComponent(id)}/approve`, {});
}

export function rejectRegistration(id: string, reason: string): Promise<{ accommodation: DirectoryAccommodationDetail }> {
  return apiRequest('POST', `/api/municipality/accommodations/${encodeURIComponent(id)}/reject`, { reason });
}
