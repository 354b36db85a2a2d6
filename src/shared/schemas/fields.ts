// Field rules shared by the API (validation + OpenAPI) and the web forms, so both give the same
// verdict. Messages are error codes from ../error-codes.ts, translated by the client.
import { z } from 'zod';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { ACCOMMODATION_TYPES } from '../accommodation-types.ts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const BEDS_MAX = 100_000;

/** Half a surrogate pair is no character at all (PostgreSQL refuses it inside JSON). */
const HALF_SURROGATE = /\p{Cs}/u;

/**
 * Line breaks (LF, CR, NEL, the Unicode line and paragraph separators) and every other control
 * character (C0 with tab, DEL, C1). A name, a place or a reference is one line: a line break in
 * one would let its author write paragraphs of their own into the mails and documents that show
 * it (a company name reaches the municipality's mail, a subject, a PDF). The bidirectional
 * embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are refused too: one of
 * them turns the rest of a subject around ("Uitnodiging van <override>…"). The marks a name in a
 * right-to-left script may need (U+200E, U+200F, U+061C) and the joiners (U+200C, U+200D) stay.
 * Invisible characters no name needs are refused as well — the soft hyphen, the zero-width space,
 * the word joiner and invisible operators, the byte-order mark, the Mongolian vowel separator — so
 * "Gemeente\u200BAmsterdam" cannot pass for a name it is not.
 */
const LINE_BREAK_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** What text of several lines refuses: the same, except the tab and the line breaks a textarea sends (LF, CR). */
const CONTROL_BUT_LINE_BREAK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

/** One line of text: every name, place, reference and short reason typed into an input. */
export function oneLine<T extends z.ZodString>(text: T): T {
  return text.refine((v) => !HALF_SURROGATE.test(v), 'CHARACTERS_INVALID').refine((v) => !LINE_BREAK_OR_CONTROL.test(v), 'CONTROL_CHARACTERS');
}

/** Text of several lines, typed into a textarea (an explanation, a reason, a statement). */
export function multiLine<T extends z.ZodString>(text: T): T {
  return text.refine((v) => !HALF_SURROGATE.test(v) && !CONTROL_BUT_LINE_BREAK.test(v), 'CHARACTERS_INVALID');
}

/**
 * The message of a length check: the code with the maximum, "TOO_LONG:100", so that a form (which
 * only gets the message) can say "Maximaal 100 tekens". `problemOf` reads it back; the API answers
 * `{ code: 'TOO_LONG', maximum: 100 }`.
 */
export const tooLong = (max: number) => `TOO_LONG:${max}`;

/** A schema message read back into its error code and, for a length check, the maximum. */
export function problemOf(message: string): { code: string; maximum?: number } {
  const match = /^([A-Z_]+):(\d+)$/.exec(message);
  return match?.[1] && match[2] ? { code: match[1], maximum: Number(match[2]) } : { code: message };
}

export const requiredText = (max: number) => oneLine(z.string({ error: 'REQUIRED' }).trim().min(1, 'REQUIRED').max(max, tooLong(max)));

/** A required reason or explanation of several lines. */
export const requiredMultiLineText = (max: number) => multiLine(z.string({ error: 'REQUIRED' }).trim().min(1, 'REQUIRED').max(max, tooLong(max)));

/** A search text from a query string: one line, like what it searches. */
export const searchText = (max: number) => oneLine(z.string().trim().max(max, tooLong(max))).optional();

export const companyName = requiredText(200);
export const address = requiredText(200);
export const city = requiredText(100);

/** Dutch postcode, "1234 AB"; a missing space and lower case are accepted and normalised. */
export const postcode = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/, 'POSTCODE_INVALID')
  .refine((v) => !/(SA|SD|SS)$/i.test(v), 'POSTCODE_INVALID')
  .transform((v) => `${v.slice(0, 4)} ${v.slice(-2).toUpperCase()}`);

/** Kamer van Koophandel number: optional, exactly 8 digits. */
export const kvkNumber = z
  .string({ error: 'KVK_INVALID' })
  .trim()
  .regex(/^([0-9]{8})?$/, 'KVK_INVALID')
  .optional()
  .transform((v) => (v ? v : null));

/** Optional phone number, Dutch ("06 12345678") or international ("+32 …"); stored as E.164. */
export const phone = z
  .string({ error: 'PHONE_INVALID' })
  .trim()
  .max(40, 'PHONE_INVALID')
  .refine((v) => v === '' || isValidPhoneNumber(v, 'NL'), 'PHONE_INVALID')
  .optional()
  .transform((v) => (v ? v : null));

export const beds = z.number({ error: 'BEDS_INVALID' }).int('BEDS_INVALID').min(1, 'BEDS_INVALID').max(BEDS_MAX, 'BEDS_INVALID');

export const accommodationType = z.enum(ACCOMMODATION_TYPES, { error: 'ACCOMMODATION_TYPE_INVALID' });

export const email = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .max(254, 'EMAIL_INVALID')
  .pipe(z.email({ error: 'EMAIL_INVALID' }))
  .transform((v) => v.toLowerCase());

/** Length only; strength (zxcvbn) is judged by the server, which has the dictionaries. */
export const newPassword = z
  .string({ error: 'REQUIRED' })
  .min(1, 'REQUIRED')
  .min(PASSWORD_MIN_LENGTH, 'PASSWORD_TOO_SHORT')
  .max(PASSWORD_MAX_LENGTH, 'PASSWORD_TOO_LONG');

/** A password being checked at sign-in: any non-empty string within bounds. */
export const currentPassword = z.string({ error: 'REQUIRED' }).min(1, 'REQUIRED').max(1024, tooLong(1024));

export const municipalityId = z.uuid({ error: 'MUNICIPALITY_INVALID' });

/** The 48-hex-character codes of confirmation and reset emails. */
export const emailCode = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .regex(/^[0-9a-fA-F]{48}$/, 'CODE_FORMAT_INVALID')
  .transform((v) => v.toLowerCase());
