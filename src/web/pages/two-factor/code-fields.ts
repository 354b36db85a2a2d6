// The code fields of the 2FA pages: their form schemas, and where a wrong code is told. "Code is
// ongeldig" belongs next to the field the user typed it in (aria-invalid, read with the field),
// with the help that fits that kind of code.
import type { UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { backupCode, sixDigitCode } from '../../../shared/schemas/two-factor.ts';
import { ApiError } from '../../api/client.ts';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';

/** A code from the app or an SMS. An empty field gets its own message, not the email code's. */
export const sixDigitCodeForm = z.object({ code: z.string().trim().min(1, 'TWO_FACTOR_CODE_REQUIRED').pipe(sixDigitCode) });

export const backupCodeForm = z.object({ code: z.string().trim().min(1, 'BACKUP_CODE_REQUIRED').pipe(backupCode) });

/** Which code was wrong: decides the help shown with "Code is ongeldig". */
export type CodeKind = 'setup' | 'app' | 'sms' | 'backup';

const INVALID_MESSAGE: Record<CodeKind, string> = {
  setup: 'SETUP_CODE_INVALID',
  app: 'TWO_FACTOR_CODE_INVALID',
  sms: 'SMS_CODE_INVALID',
  backup: 'BACKUP_CODE_INVALID',
};

/**
 * Puts a failed check of a code next to the field; returns what is left for above the form
 * (null when nothing is).
 */
export function placeCodeProblem(error: unknown, setError: UseFormSetError<{ code: string }>, kind: CodeKind): UnplacedProblems | null {
  if (error instanceof ApiError && (error.code === 'TWO_FACTOR_CODE_INVALID' || error.code === 'CODE_EXPIRED' || error.code === 'TOTP_CODE_USED')) {
    const message = error.code === 'TWO_FACTOR_CODE_INVALID' ? INVALID_MESSAGE[kind] : error.code;
    setError('code', { type: 'server', message }, { shouldFocus: true });
    return null;
  }
  return applyApiError(error, setError, ['code']);
}
