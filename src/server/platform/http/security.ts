// Security plugins: cookies, strict headers (helmet with a CSP without inline scripts; API answers
// never cached, see no-store.ts), CSRF tokens on every state-changing API request (except the
// booking-system API, which takes a bearer token and never the session cookie, so a forged
// cross-site request has nothing to ride on), and shared rate limits.
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps.ts';
import { AppError } from '../errors.ts';
import { fastifyStore } from '../rate-limit/limiter.ts';
import { registerNoStore } from './no-store.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A route declared for API tokens (see identity/access.ts, API_TOKEN). */
function takesApiToken(request: FastifyRequest): boolean {
  const access: unknown = request.routeOptions.config.access;
  return typeof access === 'object' && access !== null && 'apiToken' in access;
}

/** `cookieSecrets`: the current secret key first; cookies signed under a previous one still count. */
export async function registerSecurity(app: FastifyInstance, deps: Deps, cookieSecrets: string[]): Promise<void> {
  await app.register(cookie, { secret: cookieSecrets });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
    hsts: deps.config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    // The same answer as frame-ancestors 'none', for browsers that only read the older header.
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  registerNoStore(app);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, signed: true, secure: deps.config.secureCookies },
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return Array.isArray(header) ? header[0] : header;
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    // Decided on the route the router matched, never on the URL as sent: the router decodes
    // '/%61pi/sessions' to the route '/api/sessions', which a test on the raw URL would miss. An
    // unmatched request reaches no handler (404) and needs no token.
    if (SAFE_METHODS.has(request.method) || request.routeOptions.url === undefined || takesApiToken(request)) return done();
    app.csrfProtection(request, reply, done);
  });
  app.get(
    '/api/csrf',
    { config: { access: 'public' }, schema: { tags: ['sessions'], summary: 'A CSRF token; send it as x-csrf-token on every POST/PUT/PATCH/DELETE' } },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  await app.register(rateLimit, {
    global: false,
    store: fastifyStore(deps.limiter),
    skipOnError: true,
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
}
