// Stable machine codes for every error the API returns, top-level and per field.
// Clients translate them through the i18n catalog (`errors.<CODE>`); never rename one.
export const ERROR_CODES = [
  // request level
  'VALIDATION_FAILED',
  'NOT_AUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CSRF_INVALID',
  'RATE_LIMITED',
  'LOGIN_THROTTLED',
  'INVALID_CREDENTIALS',
  'EMAIL_NOT_CONFIRMED',
  'ACCOUNT_INACTIVE',
  'TWO_FACTOR_REQUIRED',
  'TWO_FACTOR_SETUP_REQUIRED',
  'TWO_FACTOR_CODE_INVALID',
  'TWO_FACTOR_MANDATORY',
  'TWO_FACTOR_NOT_ENABLED',
  'STEP_UP_REQUIRED',
  'SMS_NOT_AVAILABLE',
  'PASSKEY_FAILED',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'CODE_USED',
  'EMAIL_TAKEN',
  'PASSWORD_WRONG',
  'INVITATION_INVALID',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'LAST_OWNER',
  'NOT_YOURSELF',
  'ALREADY_DECIDED',
  'MUNICIPALITY_EXISTS',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  // field level
  'REQUIRED',
  'TOO_LONG',
  'INVALID_TYPE',
  'CHARACTERS_INVALID',
  'POSTCODE_INVALID',
  'KVK_INVALID',
  'PHONE_INVALID',
  'BEDS_INVALID',
  'EMAIL_INVALID',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_WEAK',
  'ACCOMMODATION_TYPE_INVALID',
  'MUNICIPALITY_INVALID',
  'CODE_FORMAT_INVALID',
  'TOTP_FORMAT_INVALID',
  'BACKUP_CODE_FORMAT_INVALID',
  'NAME_INVALID',
  'SAME_EMAIL',
  'ROLE_INVALID',
  'REASON_REQUIRED',
  'COLOR_INVALID',
  'LOGO_INVALID',
  'CBS_CODE_INVALID',
  'DATE_INVALID',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The JSON body of every error response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field error codes for VALIDATION_FAILED, keyed by the request body's field name. */
  fields?: Record<string, { code: ErrorCode; message: string }>;
  /** Seconds until a rate-limited or throttled request may be retried. */
  retryAfterSeconds?: number;
}
