// "Mijn account": GET/PUT /api/account (name), POST /api/account/email-change (+ /confirm, which
// needs no session), PUT /api/account/password, GET /api/account/sessions and
// DELETE /api/account/sessions/:id. DELETE /api/sessions/others lives with the sessions plugin.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountNameSchema,
  changePasswordSchema,
  confirmEmailChangeSchema,
  emailChangeSchema,
  sessionIdParams,
} from '../../../../shared/schemas/my-account.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { PUBLIC, SIGNED_IN, sessionOf } from '../../identity/access.ts';
import { changeName } from './change-name.ts';
import { changePassword } from './change-password.ts';
import { confirmEmailChange } from './confirm-email-change.ts';
import { getAccount } from './get-account.ts';
import { listSessions } from './list-sessions.ts';
import { requestEmailChange } from './request-email-change.ts';
import { revokeSession } from './revoke-session.ts';

const accountResponse = z.object({ name: z.string().nullable(), email: z.string(), pendingEmail: z.string().nullable() });

const sessionsResponse = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      lastSeenAt: z.string(),
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
});

export async function myAccountRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/account',
    {
      config: SIGNED_IN,
      schema: { tags: ['account'], summary: 'The own account: name, email and an email change awaiting confirmation', response: { 200: accountResponse } },
    },
    async (request) => getAccount(deps, sessionOf(request)),
  );

  r.put(
    '/api/account',
    {
      config: SIGNED_IN,
      schema: { tags: ['account'], summary: 'Change the own name', body: accountNameSchema, response: { 200: z.object({ name: z.string() }) } },
    },
    async (request) => changeName(deps, sessionOf(request), request.body, requestMeta(request)),
  );

  r.post(
    '/api/account/email-change',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['account'],
        summary: 'Ask to change the own email address; a code goes to the new address',
        description:
          'Needs the current password (400 with `password`: PASSWORD_WRONG; wrong passwords count towards the sign-in slow-down). Always 202 whether or not the new address already has an account.',
        body: emailChangeSchema,
        response: { 202: z.object({ status: z.literal('accepted') }) },
      },
    },
    async (request, reply) => {
      await requestEmailChange(deps, sessionOf(request), request.body, requestMeta(request));
      return reply.status(202).send({ status: 'accepted' as const });
    },
  );

  r.post(
    '/api/account/email-change/confirm',
    {
      config: PUBLIC,
      schema: {
        tags: ['account'],
        summary: 'Confirm the new email address with the 48-character code from the email',
        description: '409 EMAIL_TAKEN when the address got an account in the meantime.',
        body: confirmEmailChangeSchema,
        response: { 200: z.object({ status: z.literal('email-changed'), email: z.string() }) },
      },
    },
    async (request) => {
      const { email } = await confirmEmailChange(deps, request.body, requestMeta(request));
      return { status: 'email-changed' as const, email };
    },
  );

  r.put(
    '/api/account/password',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['account'],
        summary: 'Change the own password; ends every other session of the user',
        body: changePasswordSchema,
        response: { 200: z.object({ status: z.literal('password-changed') }) },
      },
    },
    async (request) => {
      await changePassword(deps, sessionOf(request), request.body, requestMeta(request));
      return { status: 'password-changed' as const };
    },
  );

  r.get(
    '/api/account/sessions',
    { config: SIGNED_IN, schema: { tags: ['account'], summary: 'Where the user is signed in, newest first', response: { 200: sessionsResponse } } },
    async (request) => ({ sessions: await listSessions(deps, sessionOf(request)) }),
  );

  r.delete(
    '/api/account/sessions/:id',
    { config: SIGNED_IN, schema: { tags: ['account'], summary: 'Sign one of the own sessions out', params: sessionIdParams } },
    async (request, reply) => {
      await revokeSession(deps, sessionOf(request), { sessionId: request.params.id }, requestMeta(request));
      return reply.status(204).send();
    },
  );
}
