// The OpenAPI document at /api/docs/json: what it says of the whole API (servers, licence, the
// security schemes, the tags), and what it adds to every operation from the route's own
// declaration: an operationId (`getRegisterStaysById`, unless the route names its own) and the
// security its access declaration asks for (none, the session cookie with the CSRF header on
// changes, or the bearer token).
import type { SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Access } from './modules/identity/access.ts';
import { SESSION_COOKIE } from './modules/identity/sessions/sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `GET /api/register/stays/:id/history` → `getRegisterStaysByIdHistory`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '/')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[-_.]/)));
  return method.toLowerCase() + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
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
  return {
    url,
    schema: {
      ...schema,
      operationId: schema.operationId ?? operationIdOf(method, input.url),
      security: schema.security ?? securityOf(access, method),
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
