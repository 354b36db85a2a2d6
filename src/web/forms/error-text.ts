// Turns error codes into the words a user reads: per field (with field-specific wording where
// the catalog has it) and per request (with when to try again after a rate limit).
import i18n, { translateFirst } from '../i18n/index.ts';
import { ApiError } from '../api/client.ts';

export function fieldErrorText(field: string, code: string): string {
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
