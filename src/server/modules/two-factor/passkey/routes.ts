// HTTP routes of passkeys (WebAuthn) as a second factor: adding one (in the forced set-up or the
// account settings), removing one, and using one at the sign-in step or as a step-up.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerPasskeySchema, verifyPasskeySchema } from '../../../../shared/schemas/two-factor.ts';
import type { Deps } from '../../../deps.ts';
import { provenResponse } from '../challenge.ts';
import { setIssuedCookies } from '../../identity/sessions/cookies.ts';
import { SET_UP_OR_SIGNED_IN, SIGNED_IN, TWO_FACTOR_STEP, sessionOf } from '../../identity/access.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { passkeyAuthenticationOptions } from './authentication-options.ts';
import { registerPasskey } from './register-passkey.ts';
import { passkeyRegistrationOptions } from './registration-options.ts';
import { removePasskey } from './remove-passkey.ts';
import { verifyPasskey } from './verify-passkey.ts';

const registered = z.object({
  passkey: z.object({ id: z.string(), name: z.string(), createdAt: z.string() }),
  backupCode: z.string().optional(),
});

export async function passkeyRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/two-factor/passkeys/registration-options',
    {
      config: SET_UP_OR_SIGNED_IN,
      schema: { tags: ['two-factor'], summary: 'Start adding a passkey: options for navigator.credentials.create() (challenge valid 5 minutes)' },
    },
    async (request) => {
      const session = sessionOf(request);
      return passkeyRegistrationOptions(deps, session);
    },
  );

  r.post(
    '/api/two-factor/passkeys',
    {
      config: SET_UP_OR_SIGNED_IN,
      schema: {
        tags: ['two-factor'],
        summary: "Add a passkey with the browser's answer; the first time also returns the backup code (shown once). Completes a forced set-up",
        body: registerPasskeySchema,
        response: { 201: registered },
      },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const { issued, ...result } = await registerPasskey(deps, session, request.body, requestMeta(request));
      setIssuedCookies(reply, deps, issued);
      return reply.status(201).send(result);
    },
  );

  r.delete(
    '/api/two-factor/passkeys/:id',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['two-factor'],
        summary: 'Remove one of your passkeys (needs a step-up in the last 10 minutes; not the last primary factor when 2FA is mandatory)',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      await removePasskey(deps, sessionOf(request), request.params.id, requestMeta(request));
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/two-factor/passkeys/authentication-options',
    {
      config: TWO_FACTOR_STEP,
      schema: { tags: ['two-factor'], summary: "Start using a passkey: options for navigator.credentials.get() with the user's passkeys" },
    },
    async (request) => {
      const session = sessionOf(request);
      return passkeyAuthenticationOptions(deps, session);
    },
  );

  r.post(
    '/api/two-factor/passkeys/verify',
    {
      config: TWO_FACTOR_STEP,
      schema: {
        tags: ['two-factor'],
        summary: "The browser's passkey answer: completes the sign-in step, or proves the second factor again (step-up)",
        body: verifyPasskeySchema,
        response: { 200: provenResponse },
      },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const { status, issued } = await verifyPasskey(deps, session, request.body, requestMeta(request));
      setIssuedCookies(reply, deps, issued);
      return { status };
    },
  );
}
