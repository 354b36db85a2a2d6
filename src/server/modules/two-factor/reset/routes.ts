// The 2FA reset of a user one looks after ("2FA resetten" on the "Gebruikers" page), the code
// mailed to that user before a new factor is bound, and the municipality's 2FA policy ("2FA
// verplicht voor ondernemers").
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { confirmEmailSchema } from '../../../../shared/schemas/accounts.ts';
import { twoFactorPolicySchema } from '../../../../shared/schemas/two-factor.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { allow, sessionOf } from '../../identity/access.ts';
import { proveEmail, resendRecoveryCode } from '../../identity/two-factor/email-proof.ts';
import { municipalityPolicy, setMunicipalityPolicy } from '../municipality-policy.ts';
import { resetTwoFactor } from './reset-two-factor.ts';

export async function resetRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/users/:id/two-factor/reset',
    {
      config: allow('owner', 'municipality', 'admin'),
      schema: {
        tags: ['users'],
        summary: "Reset a user's 2FA (owner: own company; municipality: its entrepreneurs; admin: anyone)",
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      const { user } = sessionOf(request);
      await resetTwoFactor(deps, user, request.params.id, requestMeta(request));
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/two-factor/email-code',
    {
      config: { access: ['enrolment'] },
      schema: {
        tags: ['two-factor'],
        summary: 'Set-up after a reset: mail a new code to the account\'s address ("Ik heb geen code ontvangen."); the earlier code stops working',
        response: { 202: z.object({ status: z.literal('sent') }) },
      },
    },
    async (request, reply) => {
      await resendRecoveryCode(deps, sessionOf(request));
      return reply.status(202).send({ status: 'sent' as const });
    },
  );

  r.post(
    '/api/two-factor/email-code/verify',
    {
      config: { access: ['enrolment'] },
      schema: {
        tags: ['two-factor'],
        summary: 'Set-up after a reset: the code from the mail; then this session may bind a new factor',
        description: 'Until then the set-up routes answer 403 EMAIL_CODE_REQUIRED. 400 CODE_INVALID, CODE_USED or CODE_EXPIRED.',
        body: confirmEmailSchema,
      },
    },
    async (request, reply) => {
      await proveEmail(deps, sessionOf(request), request.body.code, requestMeta(request));
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/municipality/two-factor-policy',
    { config: allow('municipality'), schema: { tags: ['two-factor'], summary: "The municipality's 2FA policy for entrepreneurs" } },
    async (request) => municipalityPolicy(deps, sessionOf(request).user),
  );

  r.put(
    '/api/municipality/two-factor-policy',
    {
      config: allow('municipality'),
      schema: { tags: ['two-factor'], summary: '"2FA verplicht voor ondernemers" (municipality users)', body: twoFactorPolicySchema },
    },
    async (request) => setMunicipalityPolicy(deps, sessionOf(request).user, request.body.required, requestMeta(request)),
  );
}
