// Signatures taken at the desk (Schengen art. 45): drawn on the screen (a PNG data URL) or
// recorded as signed on paper, which the signed-in staff member declares to have seen. The staff
// form sends them with a new stay; a stay without them is signed later, one person at a time.
import { z } from 'zod';
import { SIGNATURE_METHODS } from '../register/signatures.ts';
import { checkStay, MAX_CO_TRAVELLERS, stayInputObject } from './register.ts';

/** A data URL of at most this many characters (about 150 kB of PNG): a signature, not a photo. */
export const MAX_SIGNATURE_CHARS = 200_000;

export const signatureImageSchema = z
  .string({ error: 'INVALID_TYPE' })
  .max(MAX_SIGNATURE_CHARS, 'SIGNATURE_INVALID')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'SIGNATURE_INVALID');

/** One person's signature: 0 is the main guest, n the n-th co-traveller. */
export const signatureInputSchema = z
  .object({
    person: z
      .number({ error: 'SIGNATURE_PERSON_INVALID' })
      .int('SIGNATURE_PERSON_INVALID')
      .min(0, 'SIGNATURE_PERSON_INVALID')
      .max(MAX_CO_TRAVELLERS, 'SIGNATURE_PERSON_INVALID'),
    method: z.enum(SIGNATURE_METHODS, { error: 'INVALID_TYPE' }),
    image: signatureImageSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine((signature, ctx) => {
    if (signature.method === 'screen' && !signature.image) ctx.addIssue({ code: 'custom', message: 'SIGNATURE_REQUIRED', path: ['image'] });
  })
  // "Op papier" keeps no image: the paper is the signature.
  .transform((signature) => (signature.method === 'paper' ? { ...signature, image: null } : signature));
export type SignatureInput = z.output<typeof signatureInputSchema>;

/** "Nieuwe registratie": the stay and the signatures taken at the desk (none: they wait as missing). */
export const staffStayInputSchema = stayInputObject
  .extend({
    signatures: z
      .array(signatureInputSchema, { error: 'INVALID_TYPE' })
      .max(MAX_CO_TRAVELLERS + 1, 'TOO_MANY')
      .default([]),
  })
  .superRefine(checkStay);
export type StaffStayInput = z.output<typeof staffStayInputSchema>;
