// "API-sleutels" for the owner of the accommodation in the session: the list (with who made each
// token), making a token (answered once, with the token itself; a step-up action) and revoking one.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requiredText } from '../../../../shared/schemas/fields.ts';
import { idParams } from '../../../../shared/schemas/organisations.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { allow, sessionOf } from '../../identity/access.ts';
import { registerActorOf } from '../../identity/accommodation-actor.ts';
import { apiTokensOf, createApiToken, revokeToken, TOKEN_MAKER_ROLES } from './api-tokens.ts';

const OWNER = allow(...TOKEN_MAKER_ROLES);
const tokenBody = z.object({ name: requiredText(100).meta({ description: 'Which system uses the token', example: 'Boekingssysteem' }) });

export async function apiTokenRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/register/api-tokens',
    {
      config: OWNER,
      schema: { tags: ['register'], summary: "The accommodation's API tokens: name, first characters, who made it and when, last used, revoked (owner)" },
    },
    async (request) => ({
      apiTokens: await apiTokensOf(deps, registerActorOf(request)),
    }),
  );

  r.post(
    '/api/register/api-tokens',
    {
      config: OWNER,
      schema: {
        tags: ['register'],
        summary: 'Make an API token for a booking system; the answer is the only time the token is shown (owner)',
        description: '403 STEP_UP_REQUIRED when the user has a second factor and has not proven it in the last 10 minutes.',
        body: tokenBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(deps, sessionOf(request), registerActorOf(request), request.body.name, requestMeta(request))),
  );

  r.delete(
    '/api/register/api-tokens/:id',
    { config: OWNER, schema: { tags: ['register'], summary: 'Revoke an API token at once (owner)', params: idParams } },
    async (request) => ({ apiToken: await revokeToken(deps, registerActorOf(request), request.params.id, requestMeta(request)) }),
  );
}
