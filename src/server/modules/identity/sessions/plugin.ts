// Reads the session cookie on every API request, exposes it as request.session and runs the one
// access guard (access.ts) on the route the request matched. Every answer to a fully signed-in
// request says in IDLE_HEADER how many seconds the session has left unless another request comes,
// so the web app can warn before it ends (and never guesses from its own clock what the server's is).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Deps } from '../../../deps.ts';
import { enforceAccess } from '../access.ts';
import { resolveSession, SESSION_COOKIE, type ActiveSession } from './sessions.ts';

export const IDLE_HEADER = 'x-session-idle-seconds';

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | undefined;
  }
}

/** Rounded down, so a client that counts from the moment it got the answer never outlives the session. */
export function idleSecondsLeft(idleExpiresAt: Date, now: Date): number {
  return Math.max(0, Math.floor((idleExpiresAt.getTime() - now.getTime()) / 1000));
}

async function plugin(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request) => {
    // The matched route, not the URL as sent (see isGuarded): '/%61pi/…' is an API route too.
    if (!request.routeOptions.url?.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.session = await resolveSession(deps, token);
    enforceAccess(request);
  });
  app.addHook('onSend', async (request, reply) => {
    const idleExpiresAt = request.session?.idleExpiresAt;
    if (idleExpiresAt) void reply.header(IDLE_HEADER, String(idleSecondsLeft(idleExpiresAt, deps.clock.now())));
  });
}

export const sessionsPlugin = fp(plugin, { name: 'sessions', dependencies: ['@fastify/cookie'] });
