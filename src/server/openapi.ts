// The OpenAPI document at /api/docs/json: what it says of the whole API (servers, licence, the
// security schemes, the tags), and what it adds to every operation from the route's own
// declaration: an operationId (`getRegisterStaysById`, unless the route names its own) and the
// security its access declaration asks for (none, the session cookie with the CSRF header on
// changes, or the bearer token).
import type { SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_MEANINGS, type ErrorStatus, errorAnswer } from '../shared/schemas/errors.ts';
import type { Config } from './config.ts';
import type { Access } from './modules/identity/access.ts';
import { SESSION_COOKIE } from './modules/identity/sessions/sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `GET /api/register/stays/:id/history` → `getRegisterStaysByIdHistory`. */
function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[-_.]/)));
  return method.toLowerCase() + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

/** Who may call an operation, in a sentence for its description. */
function whoMay(access: Access | undefined, method: string): string {
  const csrf = SAFE_METHODS.has(method) ? '' : ' with the x-csrf-token header';
  if (access === undefined || access === 'public') return 'Anyone; no session needed.';
  if (typeof access === 'object' && 'apiToken' in access) return 'A booking system with an API token of the accommodation.';
  if (typeof access === 'object' && 'roles' in access) return `Signed in with two factors where required, as: ${access.roles.join(', ')}${csrf}.`;
  return `A session at the step ${access.join(' or ')} of signing in${csrf}.`;
}

const { $schema: _dialect, ...ERROR_JSON_SCHEMA } = z.toJSONSchema(errorAnswer);

/**
 * The 4xx answers every operation can give whether or not its route lists them: 400 for input
 * that fails its schema, 401/403 from the access guard (and the CSRF check), 404 for an id that is
 * not the caller's, 429 from the limits. A route's own list wins.
 */
function defaultErrors(access: Access | undefined, method: string, schema: Record<string, unknown>): Record<string, unknown> {
  const statuses: ErrorStatus[] = [];
  if (schema.body || schema.querystring || schema.params || !SAFE_METHODS.has(method)) statuses.push(400);
  if (access !== undefined && access !== 'public') statuses.push(401);
  if ((access !== undefined && access !== 'public' && !(typeof access === 'object' && 'apiToken' in access)) || !SAFE_METHODS.has(method)) statuses.push(403);
  if (schema.params) statuses.push(404);
  statuses.push(429);
  return Object.fromEntries(
    statuses.map((status) => [status, { description: ERROR_MEANINGS[status], content: { 'application/json': { schema: ERROR_JSON_SCHEMA } } }]),
  );
}

function securityOf(access: Access | undefined, method: string): Record<string, string[]>[] {
  if (access === undefined || access === 'public') return [];
  if (typeof access === 'object' && 'apiToken' in access) return [{ apiToken: [] }];
  return [SAFE_METHODS.has(method) ? { session: [] } : { session: [], csrf: [] }];
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

function transform(input: TransformInput) {
  const { schema, url } = jsonSchemaTransform(input);
  const method = String(Array.isArray(input.route.method) ? input.route.method[0] : input.route.method);
  const access = (input.route.config as { access?: Access } | undefined)?.access;
  const own = (schema.response ?? {}) as Record<string, unknown>;
  const listsErrors = Object.keys(own).some((status) => status.startsWith('4'));
  // A route that does not describe its answer yet gets what @fastify/swagger gives it by itself.
  const success = Object.keys(own).some((status) => /^[23]/.test(status)) ? {} : { 200: { description: 'Default Response' } };
  return {
    url,
    schema: {
      ...schema,
      operationId: schema.operationId ?? operationIdOf(method, input.url),
      description: schema.description ?? `${schema.summary ?? ''}. ${whoMay(access, method)}`.replace(/^\. /, ''),
      security: schema.security ?? securityOf(access, method),
      response: { ...success, ...own, ...(listsErrors ? {} : defaultErrors(access, method, input.schema as Record<string, unknown>)) },
    },
  };
}

export function openApiOptions(config: Config): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Nachtregister API',
        version: '1',
        description:
          'Every error answers `{ code, message, fields? }` with a stable code; `message` is Dutch, or English with `Accept-Language: en`. ' +
          'Signed-in users send the session cookie, and on every POST, PUT, PATCH and DELETE the `x-csrf-token` header from `GET /api/csrf`. ' +
          'Booking and property-management systems use the routes under `/api/v1` (tag booking-systems) with an API token instead; docs/integrations/booking-systems.md walks through them.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
        contact: { name: 'Nachtregister', url: `${config.publicUrl}/` },
      },
      servers: [{ url: config.publicUrl, description: 'This instance' }],
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'The session cookie that signing in sets (HttpOnly, SameSite=Lax).',
          },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: 'The token of `GET /api/csrf`, on every POST, PUT, PATCH and DELETE of a session.',
          },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An API token of one accommodation (`nr_…`), made by its owner under Register → API-sleutels and shown once. Send `Authorization: Bearer <token>`; no cookie, no CSRF token. ' +
              'A missing, unknown or revoked token answers 401 API_TOKEN_INVALID with `WWW-Authenticate: Bearer realm="nachtregister"` (and `error="invalid_token"` when a token was sent). ' +
              'A token may make 600 requests a minute, all tokens of one accommodation together 1200; every answer says where it stands in `RateLimit-Policy`, `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds), and beyond it 429 RATE_LIMITED comes with `Retry-After`.',
          },
        },
      },
      tags: [
        { name: 'sessions', description: 'Signing in and out, the session and its CSRF token.' },
        { name: 'accounts', description: 'Registration, email confirmation and passwords.' },
        { name: 'two-factor', description: 'Second factors: authenticator app (TOTP), backup code, SMS, passkeys; step-up and resets.' },
        { name: 'account', description: "The signed-in user's own account (Mijn account)." },
        { name: 'accommodations', description: 'Accommodations of the signed-in owner: details, house times, switching between them.' },
        { name: 'users', description: 'The users of an accommodation or municipality: roles, active state, 2FA resets.' },
        { name: 'invitations', description: 'Invitations of staff and municipality users.' },
        { name: 'municipalities', description: 'The municipalities the register knows.' },
        { name: 'municipality', description: "The municipality portal: settings, approvals, its accommodations' figures." },
        { name: 'admin', description: 'The platform administrator: municipalities, dead letters.' },
        { name: 'audit', description: 'The audit log.' },
        { name: 'register', description: 'The night register: units, stays, corrections, check-in/out, import and export, API tokens, self check-in.' },
        { name: 'inspection', description: 'Inspection of the register by the municipality and its inspectors, with a stated reason.' },
        { name: 'tourist-tax', description: 'Tourist tax: rules, returns, assessments and exports.' },
        { name: 'development', description: 'Outside production only: the outbox of mail and SMS.' },
        {
          name: 'booking-systems',
          description:
            'The REST API for booking and property-management systems. Every call reaches only the register of the accommodation the token belongs to. ' +
            'Posting is idempotent by booking reference and arrival, and by `Idempotency-Key`; lists page by cursor in the order stays last changed.',
        },
      ],
    },
    transform,
  };
}
