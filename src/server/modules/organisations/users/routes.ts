// "Gebruikers": the people a user looks after, with role, status, 2FA state and last sign-in;
// changing a role, deactivating and reactivating, and resending a lost confirmation mail. The
// 2FA reset lives with two-factor/reset.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { changeRoleSchema, idParams, userListQuerySchema } from '../../../../shared/schemas/organisations.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { actorOf, allow } from '../../identity/access.ts';
import { changeRole } from './change-role.ts';
import { pageOfUsersInReach } from './reach.ts';
import { resendConfirmationFor } from './resend-confirmation-for.ts';
import { setUserActive } from './set-user-active.ts';

const LOOK_AFTER_USERS = allow('owner', 'municipality', 'admin');

export async function userRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/users',
    {
      config: LOOK_AFTER_USERS,
      schema: {
        tags: ['users'],
        summary: 'Users the signed-in user looks after, with role, status, 2FA state and last sign-in; 50 per page, by email',
        querystring: userListQuerySchema,
      },
    },
    async (request) => pageOfUsersInReach(deps.db, actorOf(request).user, request.query),
  );

  r.put(
    '/api/users/:id/role',
    {
      config: allow('owner', 'admin'),
      schema: { tags: ['users'], summary: 'Make a user of the accommodation owner or staff', params: idParams, body: changeRoleSchema },
    },
    async (request) => ({ user: await changeRole(deps, actorOf(request), { userId: request.params.id, role: request.body.role }, requestMeta(request)) }),
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    r.post(
      `/api/users/:id/${action}`,
      {
        config: LOOK_AFTER_USERS,
        schema: {
          tags: ['users'],
          summary: active ? 'Let a deactivated user sign in again' : 'Deactivate a user: their sessions end at once',
          params: idParams,
        },
      },
      async (request, reply) => {
        await setUserActive(deps, actorOf(request), { userId: request.params.id, active }, requestMeta(request));
        return reply.status(204).send();
      },
    );
  }

  r.post(
    '/api/users/:id/confirmation-email',
    {
      config: LOOK_AFTER_USERS,
      schema: { tags: ['users'], summary: 'Send a new confirmation mail to a user whose address is not confirmed yet', params: idParams },
    },
    async (request, reply) => {
      await resendConfirmationFor(deps, actorOf(request), request.params.id, requestMeta(request));
      return reply.status(204).send();
    },
  );
}
