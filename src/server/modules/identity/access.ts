// The one authorisation model. Every API route declares who may call it (`config.access`):
//   - PUBLIC: anyone;
//   - a list of session stages: the steps of signing in ('challenge' = at the 2FA step,
//     'enrolment' = in a forced 2FA set-up), for the sign-in routes;
//   - allow(...roles): a fully signed-in user with one of these roles;
//   - API_TOKEN: a booking system with an accommodation's API token (`Authorization: Bearer`),
//     never a session: the token routes ignore the cookie, so CSRF does not apply to them.
// One guard enforces the declaration in `onRequest`, before the body is parsed or the handler
// runs, and a route under /api/ without a declaration stops the application from starting.
// The declaration is published in the OpenAPI document as `x-access`, from which the
// tenant-isolation test is generated.
//
// Within a role, the *scope* decides whose data a user reaches: an accommodation (owner, staff),
// a municipality (municipality user, inspector) or the whole platform (admin). Data access
// functions take the scope, so a query cannot forget its tenant.
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Role, SessionStage, User } from '../../db/schema.ts';
import { AppError, forbidden, notAuthenticated } from '../../platform/errors.ts';
import type { ActiveSession } from './sessions/sessions.ts';

export type Access = 'public' | readonly SessionStage[] | { readonly roles: readonly Role[] } | { readonly apiToken: true };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const ALL_ROLES: readonly Role[] = ['owner', 'staff', 'municipality', 'inspector', 'admin'];

export const PUBLIC = { access: 'public' } as const;
/** Any fully signed-in user, whatever the role (their own account, the session). */
export const SIGNED_IN = { access: { roles: ALL_ROLES } } as const;
export const TWO_FACTOR_STEP = { access: ['challenge', 'full'] } as const;
export const SET_UP_OR_SIGNED_IN = { access: ['enrolment', 'full'] } as const;

/** A booking or property-management system with an API token of one accommodation. */
export const API_TOKEN = { access: { apiToken: true } } as const;

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** A fully signed-in user with one of these roles. */
export function allow(...roles: Role[]): { access: Access } {
  return { access: { roles } };
}

/** Whose data a user reaches. */
export type Scope = { kind: 'accommodation'; accommodationId: string } | { kind: 'municipality'; municipalityId: string } | { kind: 'platform' };

export function scopeOf(user: User): Scope {
  if ((user.role === 'owner' || user.role === 'staff') && user.accommodationId) {
    return { kind: 'accommodation', accommodationId: user.accommodationId };
  }
  if ((user.role === 'municipality' || user.role === 'inspector') && user.municipalityId) {
    return { kind: 'municipality', municipalityId: user.municipalityId };
  }
  if (user.role === 'admin') return { kind: 'platform' };
  // An account whose organisation is missing reaches nothing (the CHECK constraint forbids it).
  throw forbidden();
}

/** The signed-in user of a route declared with allow(): identity, role and scope. */
export interface Actor {
  user: User;
  scope: Scope;
}

export function actorOf(request: FastifyRequest): Actor {
  const session = sessionOf(request);
  if (session.stage !== 'full') throw refusalFor(session.stage);
  return { user: session.user, scope: scopeOf(session.user) };
}

/**
 * The session of a route declared with stages or roles. The guard has already decided that it may
 * call the route (in the stage the declaration names), so a handler only takes it.
 */
export function sessionOf(request: FastifyRequest): ActiveSession {
  const session = request.session;
  if (!session) throw notAuthenticated();
  return session;
}

/** What a session that is not (yet) where a route needs it is told: the step of signing in it misses. */
function refusalFor(stage: SessionStage): AppError {
  if (stage === 'challenge') return new AppError('TWO_FACTOR_REQUIRED');
  if (stage === 'enrolment') return new AppError('TWO_FACTOR_SETUP_REQUIRED');
  return forbidden();
}

/**
 * Routes outside the API (the web app, health, metrics) and the API docs need no declaration.
 * Takes a route's path as declared ('/api/users/:id'), never a request's URL: the router decodes
 * and matches '/%61pi/users/…' to that route, so a test on the URL as sent could be walked around.
 */
export function isGuarded(route: string): boolean {
  return route.startsWith('/api/') && !route.startsWith('/api/docs');
}

/** A readable form of a declaration, published in the OpenAPI document as `x-access`. */
export function describeAccess(access: Access): { public: boolean; stages: SessionStage[]; roles: Role[]; apiToken?: true } {
  if (access === 'public') return { public: true, stages: [], roles: [] };
  if ('apiToken' in access) return { public: false, stages: [], roles: [], apiToken: true };
  if ('roles' in access) return { public: false, stages: ['full'], roles: [...access.roles] };
  return { public: false, stages: [...access], roles: access.includes('full') ? [...ALL_ROLES] : [] };
}

/** Decides on the route the request matched and its declaration; an unmatched request gets a 404. */
export function enforceAccess(request: FastifyRequest): void {
  const route = request.routeOptions.url;
  if (route === undefined || !isGuarded(route)) return;
  const access = request.routeOptions.config.access;
  // Unreachable: a guarded route without a declaration cannot be registered (see declareAccess).
  if (access === undefined) throw forbidden();
  if (access === 'public') return;
  if ('apiToken' in access) {
    // The token itself is checked by the token API's own hook (it needs the database); a request
    // without one, whatever cookie it carries, ends here.
    if (!bearerToken(request)) throw new AppError('API_TOKEN_INVALID');
    return;
  }
  const session = request.session;
  if (!session) throw notAuthenticated();
  const stages: readonly SessionStage[] = 'roles' in access ? ['full'] : access;
  if (!stages.includes(session.stage)) throw refusalFor(session.stage);
  if ('roles' in access && !access.roles.includes(session.user.role)) throw forbidden();
}

/**
 * Refuses to register an API route that does not say who may call it, and publishes the
 * declaration in the route's OpenAPI operation.
 */
export function declareAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const url = route.url ?? '';
    if (!isGuarded(url)) return;
    const access = route.config?.access;
    if (access === undefined) {
      throw new Error(`${String(route.method)} ${url} declares no access (config.access); see identity/access.ts`);
    }
    route.schema = { ...route.schema, 'x-access': describeAccess(access) } as RouteOptions['schema'];
  });
}
