// The stay form ("Nieuwe registratie", "Corrigeren"): what its inputs hold (text, as typed), how
// that becomes the API's stay, and its validation — the shared stayInputSchema itself, so the
// form, the API, the CSV import and self check-in give the same verdict with the same codes.
import { z } from 'zod';
import { multiLine, tooLong } from '../../../shared/schemas/fields.ts';
import { stayInputSchema, type StayInput } from '../../../shared/schemas/register.ts';
import { ApiError, type FieldProblem } from '../../api/client.ts';
import type { RegisterSettings, Stay } from '../../api/register.ts';
import {
  askedFieldsRule,
  emptyGuest,
  newSharedStayValues,
  sharedStayFieldNames,
  sharedStayFormFields,
  sharedStayInput,
  type FormRules,
} from '../../forms/stay/stay-form-fields.ts';
import { euroText } from './stay-labels.ts';

const text = z.string();

/** The shared inputs plus the staff's own; every one holds a string until converted. */
export const stayFormFields = sharedStayFormFields.extend({
  unitId: text,
  bookingReference: text,
  /** Euros as typed ("89,50"); named after the API field so that its errors land on this input. */
  lodgingPriceCents: text,
  /** Only the correction asks why; the new registration leaves it empty. */
  reason: text,
});

const formFields = stayFormFields;

export type StayFormValues = z.input<typeof formFields>;

/** "89,50", "1.250", "89.50" → cents; empty → null; anything else → NaN, which the schema refuses. */
export function euroCents(typed: string): number | null {
  const value = typed.replace(/[\s€]/g, '');
  if (value === '') return null;
  // Dutch first (a comma before the cents, dots between thousands), then the English way round.
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(value) ?? /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match?.[1]) return Number.NaN;
  const euros = Number(match[1].replace(/[.,]/g, ''));
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return euros * 100 + cents;
}

export function toStayInput(values: StayFormValues, rules: FormRules) {
  return {
    ...sharedStayInput(values, rules),
    unitId: values.unitId || null,
    bookingReference: values.bookingReference,
    lodgingPriceCents: euroCents(values.lodgingPriceCents),
  };
}

/** The reason of a correction or cancellation, typed into a textarea: the server's rule, with the form's own code for an empty one. */
export const reasonSchema = multiLine(z.string().trim().min(1, 'REASON_REQUIRED').max(500, tooLong(500)));

export function newStayFormSchema(rules: FormRules) {
  return (
    formFields
      // Handed over untyped: a select's '' is no enum value yet, and the shared schema says so.
      .transform((values): unknown => toStayInput(values, rules))
      .pipe(stayInputSchema.superRefine(askedFieldsRule(rules)))
  );
}

export function correctionFormSchema(rules: FormRules) {
  return formFields
    .transform((values): unknown => ({ ...toStayInput(values, rules), reason: values.reason }))
    .pipe(stayInputSchema.superRefine(askedFieldsRule(rules)).and(z.object({ reason: reasonSchema })));
}

/** The form's rules from the register's settings. */
export function formRulesOf(settings: Pick<RegisterSettings, 'recordDocumentNumber' | 'askDateOfBirth' | 'askNationality' | 'apvCitation'>): FormRules {
  return {
    recordDocumentNumber: settings.recordDocumentNumber,
    askDateOfBirth: settings.askDateOfBirth,
    askNationality: settings.askNationality,
    apvCitation: settings.apvCitation,
  };
}

export type CorrectionOutput = StayInput & { reason: string };

/** A new registration starts on today's arrival for one tourist. */
export function newStayValues(today: string): StayFormValues {
  return { ...newSharedStayValues(today), unitId: '', bookingReference: '', lodgingPriceCents: '', reason: '' };
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
    childAge: stay.guest?.youngerThan ? String(stay.guest.youngerThan.age) : '',
    bookingReference: stay.bookingReference ?? '',
    lodgingPriceCents: stay.lodgingPriceCents === null ? '' : euroText(stay.lodgingPriceCents),
    guest: stay.guest
      ? {
          ...stay.guest,
          documentNumber: stay.guest.documentNumber ?? '',
          postcode: stay.guest.postcode ?? '',
          houseNumber: stay.guest.houseNumber ? String(stay.guest.houseNumber) : '',
          resident: stay.guest.resident === true ? 'yes' : stay.guest.resident === false ? 'no' : '',
          dateOfBirth: stay.guest.dateOfBirth ?? '',
          youngerThan: stay.guest.youngerThan?.younger === true,
        }
      : emptyGuest,
    coTravellers: stay.coTravellers.map((c) => ({
      initials: c.initials,
      surname: c.surname,
      dateOfBirth: c.dateOfBirth ?? '',
      relation: c.relation ?? '',
      sameAddress: c.sameAddress === true,
      youngerThan: c.youngerThan?.younger === true,
    })),
    reason: '',
  };
}

/** The names of the form's inputs, for putting the API's field problems next to them. */
export function stayFieldNames(coTravellers: number) {
  return [...sharedStayFieldNames(coTravellers), ...(['unitId', 'bookingReference', 'lodgingPriceCents', 'reason'] as const)];
}

/** A correction's problems are named after its body ({stay, reason}): "stay.arrival" is "arrival" here. */
export function withFormFieldNames(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields: Record<string, FieldProblem> = {};
  for (const [name, problem] of Object.entries(error.fields)) fields[name.replace(/^stay\./, '')] = problem;
  return new ApiError({ status: error.status, code: error.code, message: error.message, fields, retryAfterSeconds: error.retryAfterSeconds });
}
