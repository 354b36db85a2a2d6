// The stay form ("Nieuwe registratie", "Corrigeren"): what its inputs hold (text, as typed), how
// that becomes the API's stay, and its validation — the shared stayInputSchema itself, so the
// form, the API, the CSV import and self check-in give the same verdict with the same codes.
import { z } from 'zod';
import { NETHERLANDS } from '../../../shared/register/countries.ts';
import { stayInputSchema, type StayInput } from '../../../shared/schemas/register.ts';
import { ApiError, type FieldProblem } from '../../api/client.ts';
import type { Stay } from '../../api/register.ts';
import { euroText } from './stay-labels.ts';

const text = z.string();

const coTravellerFields = z.object({ initials: text, surname: text, dateOfBirth: text });

/** Every input of the form holds a string; the conversion to numbers and nulls comes after. */
const formFields = z.object({
  arrival: text,
  departure: text,
  unitId: text,
  persons: text,
  purpose: text,
  employerName: text,
  bookingReference: text,
  /** Euros as typed ("89,50"); named after the API field so that its errors land on this input. */
  lodgingPriceCents: text,
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
  /** Only the correction asks why; the new registration leaves it empty. */
  reason: text,
});

export type StayFormValues = z.input<typeof formFields>;
export type CoTravellerFormValues = z.input<typeof coTravellerFields>;

/** The municipality's rule: the document number of foreign guests, where it asks for it. */
export function asksDocumentNumber(recordDocumentNumber: boolean, nationality: string): boolean {
  return recordDocumentNumber && nationality !== '' && nationality.toUpperCase() !== NETHERLANDS;
}

/** "89,50", "1.250", "89.50" → cents; empty → null; anything else → NaN, which the schema refuses. */
export function euroCents(typed: string): number | null {
  const value = typed.replace(/[\s€]/g, '');
  if (value === '') return null;
  // Dutch first (a comma before the cents, dots between thousands), then the English way round.
  const match =
    /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(value) ?? /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match?.[1]) return Number.NaN;
  const euros = Number(match[1].replace(/[.,]/g, ''));
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return euros * 100 + cents;
}

/** A whole number as typed, or NaN (refused by the schema with the field's own message). */
function wholeNumber(typed: string): number {
  const value = typed.trim();
  return /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
}

export function toStayInput(values: StayFormValues, recordDocumentNumber: boolean) {
  const { guest } = values;
  return {
    arrival: values.arrival,
    departure: values.departure,
    unitId: values.unitId || null,
    persons: wholeNumber(values.persons),
    purpose: values.purpose,
    employerName: values.purpose === 'international_worker' ? values.employerName : null,
    bookingReference: values.bookingReference,
    lodgingPriceCents: euroCents(values.lodgingPriceCents),
    guest: { ...guest, documentNumber: asksDocumentNumber(recordDocumentNumber, guest.nationality) ? guest.documentNumber : null },
    coTravellers: values.coTravellers,
  };
}

/** The server's rule, asked here too so the field says so before anything is sent. */
function documentNumberRule(recordDocumentNumber: boolean) {
  return (stay: StayInput, ctx: z.RefinementCtx) => {
    if (asksDocumentNumber(recordDocumentNumber, stay.guest.nationality) && !stay.guest.documentNumber) {
      ctx.addIssue({ code: 'custom', message: 'REQUIRED', path: ['guest', 'documentNumber'] });
    }
  };
}

export const reasonSchema = z.string().trim().min(1, 'REASON_REQUIRED').max(500, 'TOO_LONG');

export function newStayFormSchema(recordDocumentNumber: boolean) {
  return formFields
    // Handed over untyped: a select's '' is no enum value yet, and the shared schema says so.
    .transform((values): unknown => toStayInput(values, recordDocumentNumber))
    .pipe(stayInputSchema.superRefine(documentNumberRule(recordDocumentNumber)));
}

export function correctionFormSchema(recordDocumentNumber: boolean) {
  return formFields
    .transform((values): unknown => ({ ...toStayInput(values, recordDocumentNumber), reason: values.reason }))
    .pipe(stayInputSchema.superRefine(documentNumberRule(recordDocumentNumber)).and(z.object({ reason: reasonSchema })));
}

export type CorrectionOutput = StayInput & { reason: string };

const emptyGuest: StayFormValues['guest'] = {
  initials: '',
  surname: '',
  residence: '',
  country: '',
  dateOfBirth: '',
  nationality: '',
  documentType: '',
  documentNumber: '',
};

export const emptyCoTraveller: CoTravellerFormValues = { initials: '', surname: '', dateOfBirth: '' };

/** A new registration starts on today's arrival for one tourist. */
export function newStayValues(today: string): StayFormValues {
  return {
    arrival: today,
    departure: '',
    unitId: '',
    persons: '1',
    purpose: 'tourist',
    employerName: '',
    bookingReference: '',
    lodgingPriceCents: '',
    guest: emptyGuest,
    coTravellers: [],
    reason: '',
  };
}

/** The stay as it is, to correct. */
export function stayValues(stay: Stay): StayFormValues {
  return {
    arrival: stay.arrival,
    departure: stay.departure,
    unitId: stay.unitId ?? '',
    persons: String(stay.persons),
    purpose: stay.purpose,
    employerName: stay.employerName ?? '',
    bookingReference: stay.bookingReference ?? '',
    lodgingPriceCents: stay.lodgingPriceCents === null ? '' : euroText(stay.lodgingPriceCents),
    guest: stay.guest
      ? { ...stay.guest, documentNumber: stay.guest.documentNumber ?? '' }
      : emptyGuest,
    coTravellers: stay.coTravellers.map((c) => ({ initials: c.initials, surname: c.surname, dateOfBirth: c.dateOfBirth ?? '' })),
    reason: '',
  };
}

const STAY_FIELDS = ['arrival', 'departure', 'unitId', 'persons', 'purpose', 'employerName', 'bookingReference', 'lodgingPriceCents', 'reason'] as const;
const GUEST_FIELDS = ['initials', 'surname', 'residence', 'country', 'dateOfBirth', 'nationality', 'documentType', 'documentNumber'] as const;
const CO_TRAVELLER_FIELDS = ['initials', 'surname', 'dateOfBirth'] as const;

/** The names of the form's inputs, for putting the API's field problems next to them. */
export function stayFieldNames(coTravellers: number) {
  const names: (
    | (typeof STAY_FIELDS)[number]
    | `guest.${(typeof GUEST_FIELDS)[number]}`
    | `coTravellers.${number}.${(typeof CO_TRAVELLER_FIELDS)[number]}`
  )[] = [...STAY_FIELDS, ...GUEST_FIELDS.map((f) => `guest.${f}` as const)];
  for (let i = 0; i < coTravellers; i++) names.push(...CO_TRAVELLER_FIELDS.map((f) => `coTravellers.${i}.${f}` as const));
  return names;
}

/** A correction's problems are named after its body ({stay, reason}): "stay.arrival" is "arrival" here. */
export function withFormFieldNames(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields: Record<string, FieldProblem> = {};
  for (const [name, problem] of Object.entries(error.fields)) fields[name.replace(/^stay\./, '')] = problem;
  return new ApiError({ status: error.status, code: error.code, message: error.message, fields, retryAfterSeconds: error.retryAfterSeconds });
}
