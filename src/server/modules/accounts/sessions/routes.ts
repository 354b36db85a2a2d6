// The session's own routes: who is signed in (GET /api/session), "Ingelogd blijven"
// (POST /api/session/keep-alive), the key of the user's drafts in the browser
// (GET /api/session/draft-key, see draft-key.ts), signing out here or everywhere else.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { PUBLIC, SIGNED_IN, sessionOf } from '../../identity/access.ts';
import { clearSessionCookie } from '../../identity/sessions/cookies.ts';
import { idleSecondsLeft } from '../../identity/sessions/plugin.ts';
import { deleteSession, deleteUserSessions, touchSession } from '../../identity/sessions/sessions.ts';
import { describeSession } from '../../organisations/session-view.ts';
import { draftKeyOf } from './draft-key.ts';

export async function sessionRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.get('/api/session', { config: SIGNED_IN, schema: { tags: ['sessions'], summary: 'The signed-in user' } }, async (request) => {
    const session = sessionOf(request);
    return describeSession(deps.db, session.user);
  });

  app.post(
    '/api/session/keep-alive',
    {
      config: SIGNED_IN,
      schema: { tags: ['sessions'], summary: '"Ingelogd blijven": the idle period starts again; answers the seconds it now has left' },
    },
    async (request) => {
      const session = sessionOf(request);
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
        summary:
          "The key (AES-256, base64url) the web app encrypts this user's unsaved drafts with; the same in every session of the user until the password changes",
      },
    },
    async (request) => {
      const session = sessionOf(request);
      return { key: draftKeyOf(deps.cipher, session.user) };
    },
  );

  app.delete(
    '/api/sessions/others',
    { config: SIGNED_IN, schema: { tags: ['sessions'], summary: 'Sign out everywhere else (offered after a change of a second factor)' } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const session = sessionOf(request);
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
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );
}
