// What the register's two stay forms share — the staff's stay form ("Nieuwe registratie",
// "Corrigeren") and the guest's own check-in: the inputs for the stay, the main guest and the
// co-travellers (text, as typed), how they become what the API takes, the municipality's
// document-number rule, and the names of those inputs for placing the API's field problems.
import { z } from 'zod';
import { NETHERLANDS } from '../../../shared/register/countries.ts';
import { houseNumberOf } from '../../../shared/register/house-number.ts';
import { missingAskedFields } from '../../../shared/schemas/register.ts';

const text = z.string();

/** `relation` (art. 45: who signs) is asked by the staff form only; the guest's own form leaves it out ('other'). */
/** youngerThan: the answer to "Jonger dan N jaar?" where the date of birth is not asked (decision 0017). */
const coTravellerFields = z.object({
  initials: text,
  surname: text,
  dateOfBirth: text,
  relation: text.optional(),
  sameAddress: z.boolean().optional(),
  youngerThan: z.boolean().optional(),
});

/** Every input holds a string; the conversion to numbers and nulls comes after. Each form extends this. */
export const sharedStayFormFields = z.object({
  arrival: text,
  departure: text,
  persons: text,
  purpose: text,
  employerName: text,
  /** The age under which the rate on arrival exempts children ('' for none): what "Jonger dan N?" asks. */
  childAge: text.optional(),
  guest: z.object({
    initials: text,
    surname: text,
    residence: text,
    country: text,
    /** A Dutch address's postcode and house number (decision 0016). */
    postcode: text,
    houseNumber: text,
    /** The staff's word on residency: '' as the postcode says, 'yes' or 'no'. */
    resident: text,
    dateOfBirth: text,
    youngerThan: z.boolean().optional(),
    nationality: text,
    documentType: text,
    documentNumber: text,
  }),
  coTravellers: z.array(coTravellerFields),
});

export type SharedStayFormValues = z.input<typeof sharedStayFormFields>;
export type GuestFormValues = SharedStayFormValues['guest'];
export type CoTravellerFormValues = z.input<typeof coTravellerFields>;

export const emptyGuest: GuestFormValues = {
  initials: '',
  surname: '',
  residence: '',
  country: '',
  postcode: '',
  houseNumber: '',
  resident: '',
  dateOfBirth: '',
  nationality: '',
  documentType: '',
  documentNumber: '',
  youngerThan: false,
};

export const emptyCoTraveller: CoTravellerFormValues = { initials: '', surname: '', dateOfBirth: '', relation: '', sameAddress: false, youngerThan: false };

/** What the municipality asks in its register (decision 0017), as the forms need it. */
export interface FormRules {
  /** The identity document number of foreign guests. */
  recordDocumentNumber: boolean;
  askDateOfBirth: boolean;
  askNationality: boolean;
  /** The APV article that asks them, shown with the fields. */
  apvCitation: string | null;
}

/** The postcode table knows Dutch addresses only, so only they are asked for one. */
export function asksAddress(country: string): boolean {
  return country.toUpperCase() === NETHERLANDS;
}

/** A new stay starts on the given arrival for one tourist. */
export function newSharedStayValues(arrival: string): SharedStayFormValues {
  return { arrival, departure: '', persons: '1', purpose: 'tourist', employerName: '', childAge: '', guest: emptyGuest, coTravellers: [] };
}

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

/** The answer to "Jonger dan N?" in the API's shape, where the date of birth is not asked and a rate asks it. */
function ageAnswer(rules: FormRules, childAge: string | undefined, younger: boolean | undefined) {
  const age = Number(childAge);
  return !rules.askDateOfBirth && Number.isInteger(age) && age > 0 ? { age, younger: younger === true } : null;
}

/** The shared inputs in the API's shape; each form adds its own fields. */
export function sharedStayInput(values: SharedStayFormValues, rules: FormRules) {
  const { guest } = values;
  const dutch = asksAddress(guest.country);
  const { recordDocumentNumber } = rules;
  return {
    arrival: values.arrival,
    departure: values.departure,
    persons: wholeNumber(values.persons),
    purpose: values.purpose,
    employerName: values.purpose === 'international_worker' ? values.employerName : null,
    guest: {
      ...guest,
      documentNumber: asksDocumentNumber(recordDocumentNumber, guest.nationality) ? guest.documentNumber : null,
      postcode: dutch ? guest.postcode : null,
      houseNumber: dutch ? houseNumberOf(guest.houseNumber) : null,
      resident: dutch && guest.resident ? guest.resident === 'yes' : null,
      dateOfBirth: rules.askDateOfBirth ? guest.dateOfBirth : null,
      youngerThan: ageAnswer(rules, values.childAge, guest.youngerThan),
    },
    coTravellers: values.coTravellers.map((c) => ({
      ...c,
      relation: c.relation || null,
      sameAddress: dutch && c.sameAddress === true,
      dateOfBirth: rules.askDateOfBirth ? c.dateOfBirth : null,
      youngerThan: ageAnswer(rules, values.childAge, c.youngerThan),
    })),
  };
}

/** The server's rules of what the municipality asks, here too so the field says so before anything is sent. */
export function askedFieldsRule(rules: FormRules) {
  return (stay: { guest: { nationality: string; documentNumber?: string | null; dateOfBirth: string | null } }, ctx: z.RefinementCtx) => {
    if (asksDocumentNumber(rules.recordDocumentNumber, stay.guest.nationality) && !stay.guest.documentNumber) {
      ctx.addIssue({ code: 'custom', message: 'REQUIRED', path: ['guest', 'documentNumber'] });
    }
    for (const [path, code] of missingAskedFields(stay, rules)) ctx.addIssue({ code: 'custom', message: code, path: path.split('.') });
  };
}

const STAY_FIELDS = ['arrival', 'departure', 'persons', 'purpose', 'employerName'] as const;
const GUEST_FIELDS = [
  'initials',
  'surname',
  'residence',
  'country',
  'postcode',
  'houseNumber',
  'resident',
  'dateOfBirth',
  'nationality',
  'documentType',
  'documentNumber',
] as const;
const CO_TRAVELLER_FIELDS = ['initials', 'surname', 'dateOfBirth', 'relation'] as const;

export type SharedStayFieldName =
  | (typeof STAY_FIELDS)[number]
  | `guest.${(typeof GUEST_FIELDS)[number]}`
  | `coTravellers.${number}.${(typeof CO_TRAVELLER_FIELDS)[number]}`;

/** The names of the shared inputs with this many co-travellers, so the API's field problems find them. */
export function sharedStayFieldNames(coTravellers: number): SharedStayFieldName[] {
  const names: SharedStayFieldName[] = [...STAY_FIELDS, ...GUEST_FIELDS.map((f) => `guest.${f}` as const)];
  for (let i = 0; i < coTravellers; i++) names.push(...CO_TRAVELLER_FIELDS.map((f) => `coTravellers.${i}.${f}` as const));
  return names;
}
