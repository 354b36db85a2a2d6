// Form schemas of the web app: the shared API schemas, adapted where a form holds text that the
// API receives as another type (the number of beds, the choice of a select).
import { z } from 'zod';
import { accommodationType, beds } from '../../shared/schemas/fields.ts';
import { accommodationDetailsSchema, registrationSchema } from '../../shared/schemas/accounts.ts';
import type { AccommodationDetails } from '../api/types.ts';

export { confirmEmailSchema, emailOnlySchema, loginSchema, resetPasswordSchema } from '../../shared/schemas/accounts.ts';

/** Beds as typed in a text box: digits only, then the shared whole-number rule. */
const bedsText = z
  .string()
  .trim()
  .regex(/^[0-9]+$/, 'BEDS_INVALID')
  .transform(Number)
  .pipe(beds);

/** A select starts empty (''), which the shared enum refuses with its own code. */
const accommodationTypeChoice = z.string().pipe(accommodationType);

const formOverrides = { beds: bedsText, accommodationType: accommodationTypeChoice };

export const accommodationFormSchema = accommodationDetailsSchema.extend(formOverrides);
export const signUpFormSchema = registrationSchema.extend(formOverrides);

export type AccommodationFormValues = z.input<typeof accommodationFormSchema>;
export type SignUpFormValues = z.input<typeof signUpFormSchema>;
export type AccommodationFormOutput = z.output<typeof accommodationFormSchema>;

export const ACCOMMODATION_FIELD_NAMES = ['companyName', 'address', 'postcode', 'city', 'kvkNumber', 'phone', 'beds', 'accommodationType'] as const;

export const emptyAccommodationValues: AccommodationFormValues = {
  companyName: '',
  address: '',
  postcode: '',
  city: '',
  kvkNumber: '',
  phone: '',
  beds: '',
  accommodationType: '',
};

/** The API takes empty strings for optional fields that are not filled in. */
export function toAccommodationDetails(values: AccommodationFormOutput): AccommodationDetails {
  return {
    companyName: values.companyName,
    address: values.address,
    postcode: values.postcode,
    city: values.city,
    kvkNumber: values.kvkNumber ?? '',
    phone: values.phone ?? '',
    beds: values.beds,
    accommodationType: values.accommodationType,
  };
}
