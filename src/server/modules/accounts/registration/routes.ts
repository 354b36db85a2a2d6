// POST /api/registrations: the "Registreren" form.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registrationSchema } from '../../../../shared/schemas/accounts.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { registerAccommodation } from './register-accommodation.ts';
import { PUBLIC } from '../../identity/access.ts';

export async function registrationRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/registrations',
    {
      config: { ...PUBLIC, rateLimit: { max: deps.limits.registrationPerIp.max, timeWindow: deps.limits.registrationPerIp.windowMs } },
      schema: {
        tags: ['accounts'],
        summary: 'Register an accommodation and its owner account',
        description: 'Always answers 201 for a valid body, also when the email already has an account (that owner gets a notice by mail).',
        body: registrationSchema,
        response: { 201: z.object({ status: z.literal('registered') }) },
      },
    },
    async (request, reply) => {
      await registerAccommodation(deps, request.body, requestMeta(request));
      return reply.status(201).send({ status: 'registered' as const });
    },
  );
}
