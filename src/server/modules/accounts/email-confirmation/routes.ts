// POST /api/email-confirmations (submit the code) and .../resend ("Ik heb geen code ontvangen.").
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { confirmEmailSchema, emailOnlySchema } from '../../../../shared/schemas/accounts.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { confirmEmail } from './confirm-email.ts';
import { resendConfirmation } from './resend-confirmation.ts';
import { PUBLIC } from '../../identity/access.ts';

export async function emailConfirmationRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/email-confirmations',
    {
      config: PUBLIC,
      schema: {
        tags: ['accounts'],
        summary: 'Confirm an email address with the 48-character code from the email',
        body: confirmEmailSchema,
        response: { 200: z.object({ status: z.literal('confirmed') }) },
      },
    },
    async (request) => {
      await confirmEmail(deps, request.body.code, requestMeta(request));
      return { status: 'confirmed' as const };
    },
  );
  r.post(
    '/api/email-confirmations/resend',
    {
      config: { ...PUBLIC, rateLimit: { max: deps.limits.emailRequestPerIp.max, timeWindow: deps.limits.emailRequestPerIp.windowMs } },
      schema: {
        tags: ['accounts'],
        summary: 'Send a new confirmation code',
        description: 'Always 202, whether or not the address is known or still unconfirmed.',
        body: emailOnlySchema,
        response: { 202: z.object({ status: z.literal('accepted') }) },
      },
    },
    async (request, reply) => {
      await resendConfirmation(deps, request.body.email, requestMeta(request));
      return reply.status(202).send({ status: 'accepted' as const });
    },
  );
}
