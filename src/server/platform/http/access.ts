// Every API route declares who may call it (`config.access`), and one guard enforces that before
// the body is parsed or the handler runs: 'public', or the session stages it accepts ('full' =
// signed in; 'challenge' = at the 2FA step; 'enrolment' = in a forced 2FA set-up). Finer rules
// (role, tenant) are checked by the use case with the signed-in user.
import type { FastifyRequest } from 'fastify';
import type { SessionStage } from '../../db/schema.ts';
import { AppError, forbidden, notAuthenticated } from '../errors.ts';

export type Access = 'public' | readonly SessionStage[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const PUBLIC = { access: 'public' } as const;
export const SIGNED_IN = { access: ['full'] } as const;
export const TWO_FACTOR_STEP = { access: ['challenge', 'full'] } as const;
export const SET_UP_OR_SIGNED_IN = { access: ['enrolment', 'full'] } as const;

/** Routes outside the API (the web app, health, metrics) and the API docs need no declaration. */
export function isGuarded(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

export function enforceAccess(request: FastifyRequest): void {
  if (!isGuarded(request.url)) return;
  const access = request.routeOptions.config.access;
  if (access === undefined || access === 'public') return;
  const session = request.session;
  if (!session) throw notAuthenticated();
  if (access.includes(session.stage)) return;
  if (session.stage === 'challenge') throw new AppError('TWO_FACTOR_REQUIRED', 401);
  if (session.stage === 'enrolment') throw new AppError('TWO_FACTOR_SETUP_REQUIRED', 403);
  throw forbidden();
}
