// SMS as a backup method: the phone number in the settings, and the code at the 2FA step.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyCodeSchema } from '../../../../shared/schemas/two-factor.ts';
import type { Deps } from '../../../deps.ts';
import { SIGNED_IN, TWO_FACTOR_STEP, sessionOf } from '../../identity/access.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { setIssuedCookies } from '../../identity/sessions/cookies.ts';
import { addPhone, confirmPhone, removePhone } from './phone.ts';
import { sendSignInSms, verifySignInSms } from './sign-in-by-sms.ts';

const phoneBody = z.object({ phone: z.string({ error: 'PHONE_INVALID' }).trim().min(1, 'REQUIRED').max(40, 'PHONE_INVALID') });
const codeBody = z.object({ code: verifyCodeSchema.shape.code });

export async function smsRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/two-factor/sms/phone',
    { config: SIGNED_IN, schema: { tags: ['two-factor'], summary: 'Add a phone number for SMS codes; sends a 6-digit code to confirm it', body: phoneBody } },
    async (request, reply) => {
      const phone = await addPhone(deps, sessionOf(request), request.body.phone);
      return reply.status(202).send({ status: 'code-sent' as const, phone });
    },
  );
  r.post(
    '/api/two-factor/sms/phone/confirm',
    { config: SIGNED_IN, schema: { tags: ['two-factor'], summary: 'Confirm the phone number with the code from the SMS', body: codeBody } },
    async (request) => {
      return { status: 'verified' as const, ...(await confirmPhone(deps, sessionOf(request), request.body.code, requestMeta(request))) };
    },
  );
  r.delete(
    '/api/two-factor/sms/phone',
    { config: SIGNED_IN, schema: { tags: ['two-factor'], summary: 'Remove the phone number (needs a recent second factor)' } },
    async (request, reply) => {
      await removePhone(deps, sessionOf(request), requestMeta(request));
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/two-factor/sms/send',
    { config: TWO_FACTOR_STEP, schema: { tags: ['two-factor'], summary: '"Stuur een code per SMS": a sign-in code to the confirmed phone' } },
    async (request, reply) => {
      const phone = await sendSignInSms(deps, sessionOf(request));
      return reply.status(202).send({ status: 'code-sent' as const, phone });
    },
  );
  r.post(
    '/api/two-factor/sms/verify',
    {
      config: TWO_FACTOR_STEP,
      schema: { tags: ['two-factor'], summary: 'The code from the SMS: completes the 2FA step or a step-up', body: verifyCodeSchema },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const { status, issued } = await verifySignInSms(deps, session, request.body, requestMeta(request));
      setIssuedCookies(reply, deps, issued);
      return { status };
    },
  );
}
