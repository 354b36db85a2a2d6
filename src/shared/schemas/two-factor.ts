// Request bodies of the two-factor journeys.
import { z } from 'zod';

/** The 6 digits from an authenticator app or an SMS; spaces are ignored ("123 456"). */
export const sixDigitCode = z
  .string({ error: 'REQUIRED' })
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(
    z
      .string()
      .min(1, 'REQUIRED')
      .regex(/^[0-9]{6}$/, 'TOTP_FORMAT_INVALID'),
  );

/** The backup code: 20 characters in 4 groups of 5; dashes, spaces and case are ignored. */
export const backupCode = z
  .string({ error: 'REQUIRED' })
  .transform((v) => v.toLowerCase().replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .min(1, 'REQUIRED')
      .regex(/^[a-z0-9]{20}$/, 'BACKUP_CODE_FORMAT_INVALID'),
  );

export const verifyCodeSchema = z.object({
  code: sixDigitCode,
  /** "Dit apparaat 30 dagen onthouden" */
  rememberDevice: z.boolean().optional(),
});

export const backupCodeSchema = z.object({ code: backupCode });

export const twoFactorPolicySchema = z.object({ required: z.boolean({ error: 'INVALID_TYPE' }) });

/** What the user calls a passkey ("Laptop", "iPhone van Sanne"): 1 to 60 characters. */
export const passkeyName = z
  .string({ error: 'NAME_INVALID' })
  .trim()
  .min(1, 'NAME_INVALID')
  .max(60, 'NAME_INVALID')
  // One line without control characters (C0, DEL, C1, the Unicode line separators): it is shown in lists and mails.
  .refine((v) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v), 'NAME_INVALID');

/** Binary WebAuthn fields travel as base64url; the bounds keep a hostile body small. */
const base64url = (max: number) =>
  z
    .string({ error: 'INVALID_TYPE' })
    .min(1, 'REQUIRED')
    .max(max, 'TOO_LONG')
    .regex(/^[A-Za-z0-9_-]+$/, 'INVALID_TYPE');

/** The parts of a credential both ceremonies share. Extension results are dropped: none are asked for. */
const publicKeyCredential = {
  id: base64url(1_400),
  rawId: base64url(1_400),
  type: z.literal('public-key', { error: 'INVALID_TYPE' }),
  // Some browsers send null where the specification leaves the field out.
  authenticatorAttachment: z.enum(['platform', 'cross-platform'], { error: 'INVALID_TYPE' }).nullish(),
};

/** The browser's RegistrationResponseJSON (`navigator.credentials.create`, or SimpleWebAuthn's startRegistration). */
export const registrationResponseSchema = z.object({
  ...publicKeyCredential,
  response: z.object({
    clientDataJSON: base64url(8_192),
    attestationObject: base64url(65_536),
    transports: z
      .array(z.string({ error: 'INVALID_TYPE' }).max(32, 'TOO_LONG'), { error: 'INVALID_TYPE' })
      .max(10, 'TOO_LONG')
      .optional(),
  }),
});

/** The browser's AuthenticationResponseJSON (`navigator.credentials.get`, or SimpleWebAuthn's startAuthentication). */
export const authenticationResponseSchema = z.object({
  ...publicKeyCredential,
  response: z.object({
    clientDataJSON: base64url(8_192),
    authenticatorData: base64url(8_192),
    signature: base64url(8_192),
    userHandle: base64url(512).nullish(),
  }),
});

export const registerPasskeySchema = z.object({ name: passkeyName, response: registrationResponseSchema });

export const verifyPasskeySchema = z.object({
  response: authenticationResponseSchema,
  /** "Dit apparaat 30 dagen onthouden" */
  rememberDevice: z.boolean().optional(),
});

export type RegistrationResponseInput = z.infer<typeof registrationResponseSchema>;
export type AuthenticationResponseInput = z.infer<typeof authenticationResponseSchema>;
