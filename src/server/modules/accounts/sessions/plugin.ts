// Reads the session cookie on every API request and exposes it as request.session;
// requireUser() guards routes that need a fully signed-in user, requireStage() the steps of the
// sign-in that come before. Also GET/DELETE /api/session, POST /api/session/keep-alive and
// GET /api/session/draft-key (the key of the user's drafts in the browser, see draft-key.ts).
// Every answer to a fully signed-in request says in IDLE_HEADER how many seconds the session has
// left unless another request comes, so the web app can warn before it ends (and never guesses
// from its own clock what the server's is).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Deps } from '../../../deps.ts';
import { AppError, notAuthenticated } from '../../../platform/errors.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { describeSession } from '../session-view.ts';
import type { SessionStage } from '../../../db/schema.ts';
import { enforceAccess, PUBLIC, SIGNED_IN } from '../../organisations/authorization.ts';
import { draftKeyOf } from './draft-key.ts';
import { deleteSession, deleteUserSessions, resolveSession, SESSION_COOKIE, touchSession, type ActiveSession } from './sessions.ts';

export const IDLE_HEADER = 'x-session-idle-seconds';

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | undefined;
  }
}

export function sessionCookieOptions(deps: Pick<Deps, 'config'>) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
    maxAge: Math.floor(deps.config.sessionAbsoluteMs / 1000),
  };
}

/** A fully signed-in user; a half-signed-in one is told which step is missing. */
export function requireUser(request: FastifyRequest): ActiveSession {
  const session = request.session;
  if (!session) throw notAuthenticated();
  if (session.stage === 'challenge') throw new AppError('TWO_FACTOR_REQUIRED');
  if (session.stage === 'enrolment') throw new AppError('TWO_FACTOR_SETUP_REQUIRED');
  return session;
}

/** A session in one of the given stages (e.g. the 2FA step accepts only 'challenge'). */
export function requireStage(request: FastifyRequest, ...stages: SessionStage[]): ActiveSession {
  const session = request.session;
  if (!session) throw notAuthenticated();
  if (!stages.includes(session.stage)) return requireUser(request);
  return session;
}

/** Rounded down, so a client that counts from the moment it got the answer never outlives the session. */
function idleSecondsLeft(idleExpiresAt: Date, now: Date): number {
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

  app.get('/api/session', { config: SIGNED_IN, schema: { tags: ['sessions'], summary: 'The signed-in user' } }, async (request) => {
    const session = requireUser(request);
    return describeSession(deps.db, session.user);
  });

  app.post(
    '/api/session/keep-alive',
    {
      config: SIGNED_IN,
      schema: { tags: ['sessions'], summary: '"Ingelogd blijven": the idle period starts again; answers the seconds it now has left' },
    },
    async (request) => {
      const session = requireUser(request);
      const now = deps.clock.now();
      await touchSession(deps.db, session.tokenHash, now);
      const idleExpiresAt = new Date(now.getTime() + deps.config.sessionIdleMs);
      request.session = { ...session, idleExpiresAt };
      return { idleSecondsLeft: idleSecondsLeft(idleExpiresAt, now) };
    },
  );

  app.get(
    '/api/session/draft-key',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['sessions'],
        summary: "The key (AES-256, base64url) the web app encrypts this user's unsaved drafts with; the same in every session of the user until the password changes",
      },
    },
    async (request) => {
      const session = requireUser(request);
      return { key: draftKeyOf(deps.cipher, session.user) };
    },
  );

  app.delete(
    '/api/sessions/others',
    { config: SIGNED_IN, schema: { tags: ['sessions'], summary: 'Sign out everywhere else (offered after a change of a second factor)' } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const session = requireUser(request);
      await deleteUserSessions(deps.db, session.user.id, session.tokenHash);
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/session',
    { config: PUBLIC, schema: { tags: ['sessions'], summary: 'Sign out (any stage; without a session it does nothing)' } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const session = request.session;
      if (session) {
        await deps.db.transaction(async (tx) => {
          await deleteSession(tx, session.tokenHash);
          await recordAudit(tx, {
            action: 'logout',
            occurredAt: deps.clock.now(),
            ...ownAction(session.user),
            ip: request.ip,
          });
        });
      }
      request.session = undefined;
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
}

export const sessionsPlugin = fp(plugin, { name: 'sessions', dependencies: ['@fastify/cookie'] });
