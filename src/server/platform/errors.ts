// One error family with stable codes, and the one handler that turns every failure into a
// response: AppErrors and validation errors as coded 4xx, anything unexpected as a bare 500.
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../shared/error-codes.ts';
import type { FieldErrorBody } from '../../shared/error-codes.ts';
import { ERROR_CODES } from '../../shared/error-codes.ts';
import { problemOf } from '../../shared/schemas/fields.ts';
import { errorMessages, inLanguage, messageLanguageOf } from './messages.ts';

/**
 * The HTTP status of each code that is not a 400. A code answers with one status wherever it is
 * thrown, so a client can rely on the pair; field-level codes travel inside a 400 VALIDATION_FAILED.
 */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  NOT_AUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TWO_FACTOR_REQUIRED: 401,
  API_TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  MEMBER_ELSEWHERE: 403,
  CSRF_INVALID: 403,
  ACCOUNT_INACTIVE: 403,
  EMAIL_NOT_CONFIRMED: 403,
  EMAIL_CODE_REQUIRED: 403,
  STEP_UP_REQUIRED: 403,
  TWO_FACTOR_SETUP_REQUIRED: 403,
  NOT_FOUND: 404,
  CHECK_IN_UNAVAILABLE: 404,
  EMAIL_TAKEN: 409,
  LAST_OWNER: 409,
  ROLE_INVALID: 409,
  ALREADY_DECIDED: 409,
  MUNICIPALITY_EXISTS: 409,
  TWO_FACTOR_MANDATORY: 409,
  TWO_FACTOR_NOT_ENABLED: 409,
  ACCOMMODATION_NOT_APPROVED: 409,
  STAY_CANCELLED: 409,
  SIGNATURE_PERSON_INVALID: 409,
  MONTHLY_COPY_OFF: 409,
  TAX_NOT_CONFIGURED: 409,
  TAX_RULE_IN_EFFECT: 409,
  TAX_RETURN_UNCHANGED: 409,
  TAX_PERIOD_NOT_ENDED: 409,
  TAX_ASSESSMENT_DEFINITIVE: 409,
  TAX_NO_DEFINITIVE_ASSESSMENT: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  CHECK_IN_TOO_EARLY: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  BATCH_TOO_LARGE: 413,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  LOGIN_THROTTLED: 429,
  TWO_FACTOR_ATTEMPTS_EXCEEDED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * A unique constraint refused the write (SQLSTATE 23505), e.g. two requests taking the same
 * address at once. Drizzle wraps the driver's error and keeps the database's code on `cause`.
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
  return code === '23505' || cause?.code === '23505';
}

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code] ?? 400;
}

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly extra: Partial<Pick<ErrorBody, 'fields' | 'retryAfterSeconds'>> = {},
  ) {
    super(code);
    this.status = httpStatusOf(code);
  }
}

export const notAuthenticated = () => new AppError('NOT_AUTHENTICATED');
export const forbidden = () => new AppError('FORBIDDEN');
export const notFound = () => new AppError('NOT_FOUND');

/** A 400 with errors on named fields, e.g. a password that is too weak. */
export function fieldError(field: string, code: ErrorCode): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: { [field]: { code, message: errorMessages[code] } },
  });
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * A schema issue as a field's problem: its message is the code ("TOO_LONG:100" carries the
 * maximum, see `tooLong`). A too-long text without one still says the maximum zod checked.
 */
export function fieldProblemOf(issue: { message: string; origin?: unknown; maximum?: unknown }): FieldErrorBody {
  const problem = problemOf(issue.message);
  const code = isErrorCode(problem.code) ? problem.code : 'INVALID_TYPE';
  if (code !== 'TOO_LONG') return { code, message: errorMessages[code] };
  const maximum = problem.maximum ?? (issue.origin === 'string' && typeof issue.maximum === 'number' ? issue.maximum : undefined);
  return maximum === undefined ? { code, message: errorMessages[code] } : { code, message: tooLongMessage(maximum), maximum };
}

function tooLongMessage(maximum: number): string {
  return `Maximaal ${maximum.toLocaleString('nl-NL')} tekens.`;
}

function body(code: ErrorCode, extra: Partial<ErrorBody> = {}): ErrorBody {
  return { code, message: errorMessages[code], ...extra };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = messageLanguageOf(request.headers['accept-language']);
    const answer = (code: ErrorCode, extra: Partial<ErrorBody> = {}) => reply.status(httpStatusOf(code)).send(inLanguage(body(code, extra), language));
    if (error instanceof AppError) {
      if (error.extra.retryAfterSeconds !== undefined) {
        void reply.header('retry-after', String(error.extra.retryAfterSeconds));
      }
      return answer(error.code, error.extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: NonNullable<ErrorBody['fields']> = {};
      for (const issue of error.validation) {
        const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_body';
        if (fields[field]) continue;
        fields[field] = fieldProblemOf({ ...issue.params, message: issue.message ?? '' });
      }
      return answer('VALIDATION_FAILED', { fields });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return answer('PAYLOAD_TOO_LARGE');
    if (status === 403 && error.code?.startsWith('FST_CSRF')) {
      return answer('CSRF_INVALID');
    }
    if (status === 429) {
      return answer('RATE_LIMITED');
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON, wrong content type and the like.
      return answer('VALIDATION_FAILED');
    }
    // Text PostgreSQL cannot store (a NUL byte) that slipped past a schema: the input's fault.
    // Drizzle wraps driver errors and keeps the database's code on the cause.
    const databaseCode = error.code ?? (error.cause as { code?: string } | undefined)?.code;
    if (databaseCode === '22021' || databaseCode === '22P05') {
      return answer('VALIDATION_FAILED');
    }
    if (isDatabaseUnavailable(error)) {
      void reply.header('retry-after', '5');
      return answer('SERVICE_UNAVAILABLE');
    }
    request.log.error({ err: error }, 'unhandled error');
    return answer('INTERNAL_ERROR');
  });
}

/** Node's socket errors when the database's host or port does not answer. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * SQLSTATEs of a server that is going away or not there yet: 57P01 admin shutdown (a fast stop
 * ends every session), 57P02 crash shutdown, 57P03 cannot connect now (starting up, shutting
 * down, in recovery), 53300 too many connections; class 08 is "connection exception".
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres and its pool say it in words, without a code. */
const UNAVAILABLE_MESSAGE = /Connection terminated|is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end on the pool/;

/**
 * The database cannot be reached at the moment: a retry later will do. Drizzle wraps the
 * driver's error (DrizzleQueryError) and keeps it as `cause`, so the chain is searched.
 */
function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (UNREACHABLE.has(code) || UNAVAILABLE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message) && !message.startsWith('Failed query')) return true;
    current = cause;
  }
  return false;
}

/**
 * The logger's `err` serializer. Drizzle puts a failed query's parameters into its error message
 * (guests' names, email addresses), and PostgreSQL's `detail` repeats key values; neither may end
 * up in the logs. What is kept: the SQL text with its placeholders, and the database's own error.
 */
export function serializeErrorForLog(error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: '' };
  const frames =
    error.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .join('\n') ?? '';
  if (error instanceof DrizzleQueryError) {
    return { type: 'DrizzleQueryError', message: 'Failed query', query: error.query, stack: frames, cause: serializeErrorForLog(error.cause) };
  }
  const { code, constraint, table, column, routine } = error as Error & Record<string, unknown>;
  if (typeof routine === 'string') {
    // PostgreSQL quotes the offending value in its message: `invalid input syntax …: "<value>"`.
    return { type: 'DatabaseError', message: error.message.replace(/"[^"]*"/g, '"…"'), stack: '', code, constraint, table, column, routine };
  }
  return { type: error.name, message: error.message, stack: error.stack ?? '', code };
}
