// Shapes of the JSON the API answers with, as the web app relies on them.
import type { AccommodationType } from '../../shared/accommodation-types.ts';

export type Role = 'owner' | 'staff' | 'municipality' | 'inspector' | 'admin';

export interface Municipality {
  id: string;
  code: string;
  name: string;
}

/** The municipality as the session shows it: contact details for entrepreneurs, and its theme. */
export interface SessionMunicipality extends Municipality {
  contactEmail: string | null;
  contactPhone: string | null;
  contactText: string | null;
  /** '#rrggbb', or null for the standard colours. */
  themeColor: string | null;
  logoUrl: string | null;
}

/** 'pending' while the municipality has not yet approved a new registration. */
export type AccommodationStatus = 'pending' | 'approved' | 'rejected';

export interface Accommodation {
  id: string;
  companyName: string;
  address: string;
  postcode: string;
  city: string;
  kvkNumber: string | null;
  phone: string | null;
  beds: number;
  accommodationType: AccommodationType;
  /** 1–5 stars, or null when not classified; absent from servers before tourist tax. */
  starRating?: number | null;
  /** "HH:MM": the house times the emergency list counts guests by. */
  checkInTime: string;
  checkOutTime: string;
  status: AccommodationStatus;
  rejectionReason: string | null;
  municipality: Municipality;
}

/** One of the accommodations an owner or staff member works for, to choose from. */
export interface AccommodationChoice {
  id: string;
  companyName: string;
  city: string;
  status: AccommodationStatus;
}

/** What the session tells about the accommodation; the full record comes from /api/accommodation. */
export type SessionAccommodation = Pick<Accommodation, 'id' | 'companyName'> & Partial<Accommodation>;

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  name: string | null;
}

export interface Session {
  user: SessionUser;
  accommodation: SessionAccommodation | null;
  municipality: SessionMunicipality | null;
  /** Owner and staff: every accommodation they work for (empty for other roles). */
  accommodations: AccommodationChoice[];
}

/** The editable details of an accommodation as sent to the API (empty string = not filled in). */
export interface AccommodationDetails {
  companyName: string;
  address: string;
  postcode: string;
  city: string;
  kvkNumber: string;
  phone: string;
  beds: number;
  accommodationType: AccommodationType;
  /** Only the edit form sends it; registering leaves it unset. */
  starRating?: number | null;
}

export interface RegistrationRequest extends AccommodationDetails {
  municipalityId: string;
  email: string;
  password: string;
}

export interface OutboxMessage {
  id: string | number;
  channel: 'mail' | 'sms';
  to: string;
  subject: string | null;
  text: string;
  html: string | null;
  createdAt: string;
}
