// The guest's check-in form: what its inputs hold (text, as typed), how that becomes what the API
// takes, and its validation — the shared selfCheckInSchema itself, so the phone and the server
// give the same verdict with the same codes, in the guest's language.
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import { NETHERLANDS } from '../../../shared/register/countries.ts';
import { dutchToday } from '../../../shared/register/dates.ts';
import { selfCheckInSchema, type SelfCheckInInput } from '../../../shared/schemas/register.ts';

const text = z.string();
const coTravellerFields = z.object({ initials: text, surname: text, dateOfBirth: text });

const formFields = z.object({
  arrival: text,
  departure: text,
  persons: text,
  purpose: text,
  employerName: text,
  guest: z.object({
    initials: text,
    surname: text,
    residence: text,
    country: text,
    dateOfBirth: text,
    nationality: text,
    documentType: text,
    documentNumber: text,
  }),
  coTravellers: z.array(coTravellerFields),
  /** The signature drawn on screen as a PNG data URL; '' while unsigned. */
  signature: text,
  /** The honeypot: a field people never see. */
  website: text,
});

export type CheckInFormValues = z.input<typeof formFields>;
export type CoTravellerValues = z.input<typeof coTravellerFields>;

export const emptyCoTraveller: CoTravellerValues = { initials: '', surname: '', dateOfBirth: '' };

/** A guest of foreign nationality signs personally (Schengen Implementation Convention art. 45). */
export function needsSignature(nationality: string): boolean {
  return nationality !== '' && nationality.toUpperCase() !== NETHERLANDS;
}

/** The municipality's rule: the document number of foreign guests, where it asks for it. */
export function asksDocumentNumber(recordDocumentNumber: boolean, nationality: string): boolean {
  return recordDocumentNumber && needsSignature(nationality);
}

/** A whole number as typed, or NaN (refused by the schema with the field's own message). */
function wholeNumber(typed: string): number {
  const value = typed.trim();
  return /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
}

function toSubmission(values: CheckInFormValues, recordDocumentNumber: boolean) {
  const { guest } = values;
  return {
    arrival: values.arrival,
    departure: values.departure,
    persons: wholeNumber(values.persons),
    purpose: values.purpose,
    employerName: values.purpose === 'international_worker' ? values.employerName : null,
    guest: { ...guest, documentNumber: asksDocumentNumber(recordDocumentNumber, guest.nationality) ? guest.documentNumber : null },
    coTravellers: values.coTravellers,
    signature: needsSignature(guest.nationality) ? values.signature : null,
    website: values.website,
  };
}

/** The server's rule, asked here too so the field says so before anything is sent. */
function documentNumberRule(recordDocumentNumber: boolean) {
  return (stay: SelfCheckInInput, ctx: z.RefinementCtx) => {
    if (asksDocumentNumber(recordDocumentNumber, stay.guest.nationality) && !stay.guest.documentNumber) {
      ctx.addIssue({ code: 'custom', message: 'REQUIRED', path: ['guest', 'documentNumber'] });
    }
  };
}

/**
 * The form's schema: its text turned into the API's shape, then judged by the shared schema, whose
 * problems land on the same paths (field names) as the server's would.
 */
export function checkInFormSchema(recordDocumentNumber: boolean) {
  const shared = selfCheckInSchema.superRefine(documentNumberRule(recordDocumentNumber));
  return formFields.transform((values, ctx): SelfCheckInInput => {
    const result = shared.safeParse(toSubmission(values, recordDocumentNumber));
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

/** A new check-in starts on today's arrival (in the Netherlands) for one tourist. */
export function newCheckInValues(now = new Date()): CheckInFormValues {
  return {
    arrival: dutchToday(now),
    departure: '',
    persons: '1',
    purpose: 'tourist',
    employerName: '',
    guest: { initials: '', surname: '', residence: '', country: '', dateOfBirth: '', nationality: '', documentType: '', documentNumber: '' },
    coTravellers: [],
    signature: '',
    website: '',
  };
}

const FIXED_FIELDS: readonly Path<CheckInFormValues>[] = [
  'arrival',
  'departure',
  'persons',
  'purpose',
  'employerName',
  'guest.initials',
  'guest.surname',
  'guest.residence',
  'guest.country',
  'guest.dateOfBirth',
  'guest.nationality',
  'guest.documentType',
  'guest.documentNumber',
  'signature',
];

/** Every input of the form with this many co-travellers, so the server's field errors find them. */
export function fieldNames(coTravellers: number): Path<CheckInFormValues>[] {
  const rows = Array.from({ length: coTravellers }, (_, i) =>
    (['initials', 'surname', 'dateOfBirth'] as const).map((key): Path<CheckInFormValues> => `coTravellers.${i}.${key}`),
  );
  return [...FIXED_FIELDS, ...rows.flat()];
}
