// POST /api/password-resets ("Herstellen") and /api/password-resets/confirm ("Opslaan").
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emailOnlySchema, resetPasswordSchema } from '../../../../shared/schemas/accounts.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { requestPasswordReset } from './request-reset.ts';
import { resetPassword } from './reset-password.ts';
import { PUBLIC } from '../../identity/access.ts';

export async function passwordResetRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/password-resets',
    {
      config: { ...PUBLIC, rateLimit: { max: deps.limits.emailRequestPerIp.max, timeWindow: deps.limits.emailRequestPerIp.windowMs } },
      schema: {
        tags: ['accounts'],
        summary: 'Request a password reset code by email',
        description: 'Always 202, whether or not the address is known.',
        body: emailOnlySchema,
        response: { 202: z.object({ status: z.literal('accepted') }) },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.body.email, requestMeta(request));
      return reply.status(202).send({ status: 'accepted' as const });
    },
  );
  r.post(
    '/api/password-resets/confirm',
    {
      config: PUBLIC,
      schema: {
        tags: ['accounts'],
        summary: 'Set a new password with the emailed code; ends all sessions of the user',
        body: resetPasswordSchema,
        response: { 200: z.object({ status: z.literal('password-changed') }) },
      },
    },
    async (request) => {
      await resetPassword(deps, request.body, requestMeta(request));
      return { status: 'password-changed' as const };
    },
  );
}
