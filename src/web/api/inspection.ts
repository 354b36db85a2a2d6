// "Inzage register": the look-ups of inspectors and municipality users. Every look-up is a POST
// with a reason (it may name people, so it stays out of the address bar) and is audited.
import type { PresenceList } from './presence.ts';
import type { ReportKind } from '../../shared/schemas/inspection.ts';
import { apiRequest } from './client.ts';

export type { ReportKind };

export interface InspectableAccommodation {
  id: string;
  companyName: string;
  address: string;
  city: string;
}

export interface InspectedGuest {
  initials: string;
  surname: string;
  residence: string;
  country: string;
  dateOfBirth: string;
  nationality: string;
  documentType: string;
  documentNumber: string | null;
}

export interface InspectedStay {
  id: string;
  accommodation: { id: string; name: string };
  number: number;
  status: 'pending' | 'registered' | 'cancelled';
  unitName: string | null;
  arrival: string;
  departure: string;
  nights: number;
  persons: number;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  guest: InspectedGuest | null;
  coTravellers: { initials: string; surname: string; dateOfBirth: string | null }[];
  /** Schengen art. 45: 'missing' is "Handtekening ontbreekt"; null once erased. */
  signatureStatus: 'not_required' | 'complete' | 'missing' | null;
  erased: boolean;
}

interface StayAnswer {
  capped: boolean;
  maxRows: number;
  total: number;
  persons: number;
  stays: InspectedStay[];
}

export interface NightAnswer extends StayAnswer {
  night: string;
  accommodation: InspectableAccommodation | null;
}

export interface PresentAnswer extends PresenceList<InspectedStay> {
  accommodation: InspectableAccommodation;
}

export interface LongStaysAnswer extends StayAnswer {
  today: string;
  minNights: number;
}

export interface SilentAnswer {
  today: string;
  since: string;
  days: number;
  capped: boolean;
  maxRows: number;
  total: number;
  accommodations: (InspectableAccommodation & { lastArrival: string | null })[];
}

export interface IntegrityProblem {
  code: string;
  stayNumber?: number;
  detail: string;
}

export interface IntegrityAnswer {
  accommodation: InspectableAccommodation;
  intact: boolean;
  stays: number;
  versions: number;
  lastStayNumber: number;
  problems: IntegrityProblem[];
  problemCount: number;
}

export function listInspectableAccommodations(): Promise<{ accommodations: InspectableAccommodation[] }> {
  return apiRequest('GET', '/api/inspection/accommodations');
}

export function lookUpNight(input: { night: string; accommodationId: string | null; reason: string }): Promise<NightAnswer> {
  return apiRequest('POST', '/api/inspection/night', input);
}

export function lookUpPresent(input: { accommodationId: string; reason: string }): Promise<PresentAnswer> {
  return apiRequest('POST', '/api/inspection/present', input);
}

export function lookUpLongStays(input: { minNights: number; reason: string }): Promise<LongStaysAnswer> {
  return apiRequest('POST', '/api/inspection/long-stays', input);
}

export function lookUpSilent(input: { days: number; reason: string }): Promise<SilentAnswer> {
  return apiRequest('POST', '/api/inspection/silent', input);
}

export function checkIntegrity(accommodationId: string, reason: string): Promise<IntegrityAnswer> {
  return apiRequest('POST', `/api/inspection/accommodations/${encodeURIComponent(accommodationId)}/integrity`, { reason });
}

/** Whether the municipality chose the monthly copy of the register (off by default). */
export function monthlyCopyStatus(): Promise<{ enabled: boolean }> {
  return apiRequest('GET', '/api/municipality/register-copy');
}
