// Turns error codes into the words a user reads: per field (with field-specific wording where
// the catalog has it) and per request (with when to try again after a rate limit).
import i18n, { translateFirst } from '../i18n/index.ts';
import { ApiError, type FieldProblem } from '../api/client.ts';
import { problemOf, tooLong } from '../../shared/schemas/fields.ts';

/**
 * The text of a field's problem: its code, or for a length check "TOO_LONG:100" (as the shared
 * schemas write it), so that the maximum reaches `fieldErrorText` like the client's own checks.
 */
export function fieldProblemMessage(problem: Pick<FieldProblem, 'code' | 'maximum'>): string {
  return problem.code === 'TOO_LONG' && problem.maximum !== undefined ? tooLong(problem.maximum) : problem.code;
}

/** `message` is an error code, or a code with its maximum ("TOO_LONG:100": "Maximaal 100 tekens."). */
export function fieldErrorText(field: string, message: string): string {
  const { code, maximum } = problemOf(message);
  if (code === 'TOO_LONG' && maximum !== undefined) {
    const count = new Intl.NumberFormat(i18n.language === 'nl' ? 'nl-NL' : i18n.language === 'de' ? 'de-DE' : 'en-GB').format(maximum);
    return translateFirst([`errors.fields.${field}.TOO_LONG_MAXIMUM`, 'errors.TOO_LONG_MAXIMUM'], { maximum: count });
  }
  return translateFirst([`errors.fields.${field}.${code}`, `errors.${code}`, 'errors.FIELD_INVALID']);
}

function retryText(seconds: number | undefined): string {
  if (seconds === undefined) return i18n.t('errors.retryLater');
  if (seconds < 60) return i18n.t('errors.retryInSeconds', { count: Math.max(1, Math.ceil(seconds)) });
  return i18n.t('errors.retryInMinutes', { count: Math.ceil(seconds / 60) });
}

export function apiErrorText(error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t('errors.INTERNAL_ERROR');
  const text = translateFirst([`errors.${error.code}`, 'errors.INTERNAL_ERROR']);
  const throttled = error.code === 'RATE_LIMITED' || error.code === 'LOGIN_THROTTLED' || error.status === 429;
  return throttled ? `${text} ${retryText(error.retryAfterSeconds)}` : text;
}
