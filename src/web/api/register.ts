// The register of the signed-in owner's or staff member's accommodation: its settings, the stays
// (overview, one stay with its history, registering, correcting, marking what happens), the
// units ("Kamers en plaatsen") and the CSV export. The accommodation comes from the session.
import { ERROR_CODES, type ErrorCode } from '../../shared/error-codes.ts';
import type {
  CoTraveller,
  DocumentType,
  StayInput,
  StayPurpose,
  StaySource,
  StayStatus,
  UnitInput,
  UnitForfaitKind,
  UnitKind,
} from '../../shared/schemas/register.ts';
import type { SignatureMethod, SignatureStatus } from '../../shared/register/signatures.ts';
import type { SignatureInput } from '../../shared/schemas/signatures.ts';
import { ApiError, apiRequest, type FieldProblem } from './client.ts';

export interface RegisterSettings {
  /** The municipality records the identity document number of foreign guests. */
  recordDocumentNumber: boolean;
  /** Date of birth and nationality only where the APV asks them, and its article (decision 0017). */
  askDateOfBirth: boolean;
  askNationality: boolean;
  apvCitation: string | null;
  /** False while the municipality has not approved the accommodation: registering is refused. */
  approved: boolean;
  /** Today in the Netherlands, YYYY-MM-DD. */
  today: string;
  /** The accommodation's municipality: whose residents are exempt from its tourist tax. */
  municipality: { code: string; name: string };
}

/** Where the postcode table puts a Dutch address (decision 0016). */
export interface Residency {
  municipality: { code: string; name: string | null } | null;
  resident: boolean;
  ownMunicipality: { code: string; name: string };
  exampleTable: boolean;
}

export function getResidency(postcode: string, houseNumber: number): Promise<Residency> {
  return apiRequest('GET', `/api/register/residency?postcode=${encodeURIComponent(postcode)}&houseNumber=${houseNumber}`);
}

export interface StayGuest {
  initials: string;
  surname: string;
  residence: string;
  country: string;
  postcode?: string | null;
  houseNumber?: number | null;
  /** The owner's word on residency; absent when the postcode table decided. */
  resident?: boolean | null;
  dateOfBirth: string | null;
  youngerThan?: { age: number; younger: boolean } | null;
  nationality: string;
  documentType: DocumentType;
  documentNumber: string | null;
}

export interface Stay {
  id: string;
  number: number;
  version: number;
  status: StayStatus;
  source: StaySource;
  unitId: string | null;
  unitName: string | null;
  arrival: string;
  departure: string;
  persons: number;
  purpose: StayPurpose;
  employerName: string | null;
  bookingReference: string | null;
  lodgingPriceCents: number | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  /** Null once the guest data has been erased after the retention period. */
  guest: StayGuest | null;
  coTravellers: CoTraveller[];
  hasSignature: boolean;
  /** Schengen art. 45: 'missing' is "Handtekening ontbreekt"; null once erased. */
  signatureStatus: SignatureStatus | null;
  signers: StaySigner[];
  /** Who of the persons live in the municipality, and who said so (decision 0016). */
  residency: { mainGuest: boolean; decidedBy: 'owner' | 'postcode' | 'earlier' | 'none'; residents: number };
  erased: boolean;
  createdAt: string;
  updatedAt: string;
}

export type StayChange = 'created' | 'corrected' | 'confirmed' | 'checked_in' | 'checked_out' | 'cancelled' | 'signed';

/** Someone who must sign (0: the main guest, n: the n-th co-traveller), and whether and how they did. */
export interface StaySigner {
  person: number;
  initials: string;
  surname: string;
  signed: { method: SignatureMethod; signedAt: string; witnessName: string | null; image: boolean } | null;
}

export interface StayHistoryEntry {
  version: number;
  change: StayChange;
  recordedAt: string;
  reason: string | null;
  /** Null for a guest's self check-in, a booking system, or an account that no longer exists. */
  by: { name: string | null; email: string } | null;
  changedFields: string[];
}

export const STAY_VIEWS = ['arrivals', 'present', 'departures', 'pending', 'all'] as const;
export type StayView = (typeof STAY_VIEWS)[number];

/** The overview's view and search; empty strings mean "not filtered". */
export interface StayFilter {
  view: StayView;
  q: string;
  from: string;
  to: string;
  unitId: string;
  page: number;
}

export interface StayPage {
  today: string;
  total: number;
  page: number;
  pageSize: number;
  stays: Stay[];
}

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  capacity: number;
  exclusive: boolean;
  active: boolean;
  forfaitKind: UnitForfaitKind;
  actualNights: boolean;
}

export type StayEvent = 'confirm' | 'check-in' | 'check-out';

const stayPath = (id: string) => `/api/register/stays/${encodeURIComponent(id)}`;

export function getRegisterSettings(): Promise<RegisterSettings> {
  return apiRequest('GET', '/api/register/settings');
}

/** The query string of a filter; empty parts and the first page are left out. */
export function stayFilterParams(filter: StayFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.view !== 'all') params.set('view', filter.view);
  for (const key of ['q', 'from', 'to', 'unitId'] as const) {
    const value = filter[key].trim();
    if (value) params.set(key, value);
  }
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

export function listStays(filter: StayFilter): Promise<StayPage> {
  const params = stayFilterParams(filter);
  // The API's default view is "all" too; say it anyway so the request reads like the page.
  params.set('view', filter.view);
  return apiRequest('GET', `/api/register/stays?${params.toString()}`);
}

export function getStay(id: string): Promise<{ stay: Stay; history: StayHistoryEntry[] }> {
  return apiRequest('GET', stayPath(id));
}

export async function registerStay(input: StayInput & { signatures?: SignatureInput[] }): Promise<Stay> {
  return (await apiRequest<{ stay: Stay }>('POST', '/api/register/stays', input)).stay;
}

export async function correctStay(id: string, stay: StayInput, reason: string): Promise<Stay> {
  return (await apiRequest<{ stay: Stay }>('PUT', stayPath(id), { stay, reason })).stay;
}

export async function markStay(id: string, event: StayEvent): Promise<Stay> {
  return (await apiRequest<{ stay: Stay }>('POST', `${stayPath(id)}/${event}`, {})).stay;
}

export async function cancelStay(id: string, reason: string): Promise<Stay> {
  return (await apiRequest<{ stay: Stay }>('POST', `${stayPath(id)}/cancel`, { reason })).stay;
}

/** The address of a guest's signature (a PNG), for an <img>: the main guest's, or the n-th co-traveller's. */
export function signatureUrl(id: string, person = 0): string {
  return person === 0 ? `${stayPath(id)}/signature` : `${stayPath(id)}/signature?person=${person}`;
}

/** Records one person's signature taken at the desk (on screen or "op papier"). */
export async function signStay(id: string, signature: SignatureInput): Promise<Stay> {
  return (await apiRequest<{ stay: Stay }>('POST', `${stayPath(id)}/signatures`, signature)).stay;
}

export async function listUnits(): Promise<Unit[]> {
  return (await apiRequest<{ units: Unit[] }>('GET', '/api/register/units')).units;
}

/** The units with the accommodation's "Aantal slaapplekken" (null when unknown), to hold their capacities against. */
export function listUnitsWithBeds(): Promise<{ units: Unit[]; beds: number | null }> {
  return apiRequest('GET', '/api/register/units');
}

export async function addUnit(input: UnitInput): Promise<Unit> {
  return (await apiRequest<{ unit: Unit }>('POST', '/api/register/units', input)).unit;
}

export async function updateUnit(id: string, input: UnitInput): Promise<Unit> {
  return (await apiRequest<{ unit: Unit }>('PUT', `/api/register/units/${encodeURIComponent(id)}`, input)).unit;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The API's JSON error of a request that was meant to answer with a file. */
async function exportError(response: Response): Promise<ApiError> {
  let body: { code?: unknown; message?: unknown; fields?: Record<string, FieldProblem> } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not JSON (a proxy's page): the status alone says what went wrong.
  }
  const fallback: ErrorCode = response.status === 400 ? 'VALIDATION_FAILED' : response.status === 404 ? 'NOT_FOUND' : 'INTERNAL_ERROR';
  return new ApiError({
    status: response.status,
    code: isErrorCode(body.code) ? body.code : fallback,
    message: typeof body.message === 'string' ? body.message : response.statusText,
    fields: body.fields ?? {},
  });
}

/** The register of the nights from `from` up to and including `to` as a CSV file. */
export async function fetchExport(from: string, to: string): Promise<{ file: Blob; name: string }> {
  const query = new URLSearchParams({ from, to }).toString();
  let response: Response;
  try {
    response = await fetch(`/api/register/export.csv?${query}`, { credentials: 'same-origin', headers: { accept: 'text/csv' } });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached.' });
  }
  if (!response.ok) throw await exportError(response);
  const named = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return { file: await response.blob(), name: named ?? `register-${from}-${to}.csv` };
}
