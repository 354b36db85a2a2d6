// The people a user looks after, with their 2FA state, and the 2FA reset ("Gebruikers" page);
// the municipality's 2FA policy ("2FA verplicht voor ondernemers").
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { twoFactorPolicySchema } from '../../../../shared/schemas/two-factor.ts';
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { SIGNED_IN } from '../../organisations/authorization.ts';
import { requireUser } from '../../accounts/sessions/plugin.ts';
import { canLookAfterUsers, usersInReach } from '../../organisations/users/reach.ts';
import { municipalityPolicy, setMunicipalityPolicy } from '../municipality-policy.ts';
import { hasPrimaryFactor } from '../policy.ts';
import { resetTwoFactor } from './reset-two-factor.ts';

export async function resetRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/users', { config: SIGNED_IN, schema: { tags: ['users'], summary: 'Users the signed-in user looks after, with their 2FA state' } }, async (request) => {
    const { user } = requireUser(request);
    if (!canLookAfterUsers(user)) throw forbidden();
    const list = await usersInReach(deps.db, user);
    return {
      users: await Promise.all(list.map(async (u) => ({ ...u, twoFactorEnabled: await hasPrimaryFactor(deps.db, u.id) }))),
    };
  });

  r.post(
    '/api/users/:id/two-factor/reset',
    { config: SIGNED_IN, schema: { tags: ['users'], summary: "Reset a user's 2FA (owner: own company; municipality: its entrepreneurs; admin: anyone)", params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      const { user } = requireUser(request);
      await resetTwoFactor(deps, user, request.params.id, requestMeta(request));
      return reply.status(204).send();
    },
  );

  r.get('/api/municipality/two-factor-policy', { config: SIGNED_IN, schema: { tags: ['two-factor'], summary: "The municipality's 2FA policy for entrepreneurs" } }, async (request) =>
    municipalityPolicy(deps, requireUser(request).user),
  );

  r.put(
    '/api/municipality/two-factor-policy',
    { config: SIGNED_IN, schema: { tags: ['two-factor'], summary: '"2FA verplicht voor ondernemers" (municipality users)', body: twoFactorPolicySchema } },
    async (request) => setMunicipalityPolicy(deps, requireUser(request).user, request.body.required, requestMeta(request)),
  );
}
