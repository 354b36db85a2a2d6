// One error family with stable codes, and the one handler that turns every failure into a
// response: AppErrors and validation errors as coded 4xx, anything unexpected as a bare 500.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../shared/error-codes.ts';
import { ERROR_CODES } from '../../shared/error-codes.ts';
import { errorMessages } from './messages.ts';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly extra: Partial<Pick<ErrorBody, 'fields' | 'retryAfterSeconds'>> = {},
  ) {
    super(code);
  }
}

export const notAuthenticated = () => new AppError('NOT_AUTHENTICATED', 401);
export const forbidden = () => new AppError('FORBIDDEN', 403);
export const notFound = () => new AppError('NOT_FOUND', 404);

/** A 400 with errors on named fields, e.g. a password that is too weak. */
export function fieldError(field: string, code: ErrorCode): AppError {
  return new AppError('VALIDATION_FAILED', 400, {
    fields: { [field]: { code, message: errorMessages[code] } },
  });
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function body(code: ErrorCode, extra: Partial<ErrorBody> = {}): ErrorBody {
  return { code, message: errorMessages[code], ...extra };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.extra.retryAfterSeconds !== undefined) {
        void reply.header('retry-after', String(error.extra.retryAfterSeconds));
      }
      return reply.status(error.status).send(body(error.code, error.extra));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: NonNullable<ErrorBody['fields']> = {};
      for (const issue of error.validation) {
        const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_body';
        if (fields[field]) continue;
        const code = isErrorCode(issue.message) ? issue.message : 'INVALID_TYPE';
        fields[field] = { code, message: errorMessages[code] };
      }
      return reply.status(400).send(body('VALIDATION_FAILED', { fields }));
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.status(413).send(body('PAYLOAD_TOO_LARGE'));
    if (status === 403 && error.code?.startsWith('FST_CSRF')) {
      return reply.status(403).send(body('CSRF_INVALID'));
    }
    if (status === 429) {
      return reply.status(429).send(body('RATE_LIMITED'));
    }
    if (status >= 400 && status < 500) {
      // Malformed JSON, wrong content type and the like.
      return reply.status(400).send(body('VALIDATION_FAILED'));
    }
    // Text PostgreSQL cannot store (a NUL byte) that slipped past a schema: the input's fault.
    // Drizzle wraps driver errors and keeps the database's code on the cause.
    const databaseCode = error.code ?? (error.cause as { code?: string } | undefined)?.code;
    if (databaseCode === '22021' || databaseCode === '22P05') {
      return reply.status(400).send(body('VALIDATION_FAILED'));
    }
    if (isDatabaseUnavailable(error)) {
      return reply.status(503).header('retry-after', '5').send(body('SERVICE_UNAVAILABLE'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL_ERROR'));
  });
}

function isDatabaseUnavailable(error: { code?: string; message?: string }): boolean {
  const code = error.code ?? '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '08006', '08001'].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect/.test(error.message ?? '')
  );
}
