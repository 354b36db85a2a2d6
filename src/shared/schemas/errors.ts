// The error answer every route gives, as a schema: routes list it per status they can answer, so
// the OpenAPI document (and a client generated from it) knows the body of each 4xx.
import { z } from 'zod';
import { ERROR_CODES } from '../error-codes.ts';

const code = z.enum(ERROR_CODES).meta({ description: 'Stable machine code; never renamed' });

export const fieldProblem = z.object({
  code,
  message: z.string().meta({ description: 'Dutch, or English with Accept-Language: en' }),
  maximum: z.number().int().optional().meta({ description: 'The most characters the field takes, with TOO_LONG' }),
});

export const errorAnswer = z.object({
  code,
  message: z.string().meta({ description: 'Dutch, or English with Accept-Language: en' }),
  fields: z.record(z.string(), fieldProblem).optional().meta({ description: 'Per field (the request field name), with VALIDATION_FAILED' }),
  retryAfterSeconds: z.number().int().optional().meta({ description: 'With RATE_LIMITED: seconds until a retry may succeed (also in Retry-After)' }),
});

/** What each error status means, for the document (the routes' own lists and the defaults alike). */
export const ERROR_MEANINGS = {
  400: 'Invalid input: VALIDATION_FAILED with `fields`, or another code',
  401: 'Not signed in (NOT_AUTHENTICATED), or no valid API token (API_TOKEN_INVALID)',
  403: 'Not allowed: FORBIDDEN, CSRF_INVALID, or a sign-in step still to do',
  404: 'NOT_FOUND: no such item among those the caller may see',
  409: 'In conflict with the current state',
  413: 'Too large',
  422: 'Not processable as sent',
  429: 'RATE_LIMITED (see Retry-After)',
} as const;

export type ErrorStatus = keyof typeof ERROR_MEANINGS;

/** The error answers of a route, by status, for its `response` schema. */
export function errorAnswers<S extends ErrorStatus>(...statuses: S[]): Record<S, typeof errorAnswer> {
  return Object.fromEntries(statuses.map((status) => [status, errorAnswer.meta({ description: ERROR_MEANINGS[status] })])) as Record<S, typeof errorAnswer>;
}
