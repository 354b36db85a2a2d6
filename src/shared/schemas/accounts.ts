// Request bodies of the account journeys: registration, email confirmation, sign-in, password reset.
import { z } from 'zod';
import * as f from './fields.ts';

export const accommodationDetailsSchema = z.object({
  companyName: f.companyName,
  address: f.address,
  postcode: f.postcode,
  city: f.city,
  kvkNumber: f.kvkNumber,
  phone: f.phone,
  beds: f.beds,
  accommodationType: f.accommodationType,
  /** Hotel classification (1–5 stars), where the municipality's tourist tax goes by stars. */
  starRating: z
    .number({ error: 'STARS_INVALID' })
    .int('STARS_INVALID')
    .min(1, 'STARS_INVALID')
    .max(5, 'STARS_INVALID')
    .nullish()
    .transform((v) => v ?? null),
});

export const registrationSchema = accommodationDetailsSchema.extend({
  municipalityId: f.municipalityId,
  email: f.email,
  password: f.newPassword,
});
export type RegistrationInput = z.input<typeof registrationSchema>;

export const emailOnlySchema = z.object({ email: f.email });

export const confirmEmailSchema = z.object({ code: f.emailCode });

export const loginSchema = z.object({ email: f.email, password: f.currentPassword });

export const resetPasswordSchema = z.object({ code: f.emailCode, password: f.newPassword });
