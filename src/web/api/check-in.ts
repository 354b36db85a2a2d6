// Self check-in: the guest's form behind the accommodation's link (no account), and for owner and
// staff the link itself, its QR code, the printable poster and renewing the link.
import type { SelfCheckInInput } from '../../shared/schemas/register.ts';
import { apiRequest } from './client.ts';

/** What the guest's page shows and asks, for the accommodation behind the link. */
export interface CheckInForm {
  accommodation: { name: string; city: string };
  municipality: { name: string };
  /** The accommodation's and the municipality's own statements, where they have one. */
  privacyStatement: { accommodation: string | null; municipality: string | null };
  /** The municipality records the identity document number of foreign guests. */
  recordDocumentNumber: boolean;
  /** Date of birth and nationality only where the APV asks them, and its article (decision 0017). */
  askDateOfBirth: boolean;
  askNationality: boolean;
  apvCitation: string | null;
  /** Where the date of birth is not asked: the age under which today's rate exempts children. */
  childExemptionAge: number | null;
}

/** All a guest is told after checking in: their own stay's dates (no register number). */
export interface CheckInReceipt {
  arrival: string;
  departure: string;
}

const guestPath = (token: string) => `/api/check-in/${encodeURIComponent(token)}`;

export function fetchCheckInForm(token: string): Promise<CheckInForm> {
  return apiRequest<CheckInForm>('GET', guestPath(token));
}

/** The form as the shared schema gives it: the signature a PNG data URL or null. */
export function checkIn(token: string, submission: SelfCheckInInput): Promise<CheckInReceipt> {
  return apiRequest<CheckInReceipt>('POST', guestPath(token), submission);
}

export interface CheckInLink {
  url: string;
  /** The QR code of the link as a PNG data URL. */
  qrCode: string;
}

export function fetchCheckInLink(): Promise<CheckInLink> {
  return apiRequest<CheckInLink>('GET', '/api/register/check-in-link');
}

export function renewCheckInLink(): Promise<CheckInLink> {
  return apiRequest<CheckInLink>('POST', '/api/register/check-in-link');
}

/** The A4 poster (PDF) with the QR code, for a download link. */
export const CHECK_IN_POSTER_URL = '/api/register/check-in-poster.pdf';
