// Request bodies of the two-factor journeys.
import { z } from 'zod';

/** The 6 digits from an authenticator app or an SMS; spaces are ignored ("123 456"). */
export const sixDigitCode = z
  .string({ error: 'REQUIRED' })
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().min(1, 'REQUIRED').regex(/^[0-9]{6}$/, 'TOTP_FORMAT_INVALID'));

/** The backup code: 20 characters in 4 groups of 5; dashes, spaces and case are ignored. */
export const backupCode = z
  .string({ error: 'REQUIRED' })
  .transform((v) => v.toLowerCase().replace(/[\s-]/g, ''))
  .pipe(z.string().min(1, 'REQUIRED').regex(/^[a-z0-9]{20}$/, 'BACKUP_CODE_FORMAT_INVALID'));

export const verifyCodeSchema = z.object({
  code: sixDigitCode,
  /** "Dit apparaat 30 dagen onthouden" */
  rememberDevice: z.boolean().optional(),
});

export const backupCodeSchema = z.object({ code: backupCode });

export const twoFactorPolicySchema = z.object({ required: z.boolean({ error: 'INVALID_TYPE' }) });
