// HTTP routes of two-factor authentication: status, the authenticator app (set-up and the
// sign-in step / step-up), the backup code, turning 2FA off, remembered devices and the
// company-level policy. SMS and passkeys register their own routes.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { backupCodeSchema, twoFactorPolicySchema, verifyCodeSchema } from '../../../shared/schemas/two-factor.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../platform/errors.ts';
import { requestMeta } from '../../platform/http/request-meta.ts';
import { allow, SET_UP_OR_SIGNED_IN, SIGNED_IN, TWO_FACTOR_STEP, sessionOf } from '../identity/access.ts';
import { backupCodeStored } from './backup-code/backup-code.ts';
import { renewBackupCode } from './backup-code/renew-backup-code.ts';
import { useBackupCode } from './backup-code/use-backup-code.ts';
import { provenResponse } from './challenge.ts';
import { twoFactorOf } from '../identity/two-factor/policy.ts';
import { setIssuedCookies } from '../identity/sessions/cookies.ts';
import { setCompanyPolicy } from './company-policy.ts';
import { twoFactorStatus } from './status.ts';
import { confirmTotpSetup, startTotpSetup } from './totp/set-up-totp.ts';
import { verifyTotp } from './totp/verify-totp.ts';
import { forgetDevice } from '../identity/devices/trusted-device.ts';
import { turnOffTwoFactor } from './turn-off.ts';

export async function twoFactorRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/two-factor',
    { config: SET_UP_OR_SIGNED_IN, schema: { tags: ['two-factor'], summary: 'Two-factor status and methods of the signed-in user' } },
    async (request) => {
      return twoFactorStatus(deps, sessionOf(request));
    },
  );

  r.get(
    '/api/two-factor/challenge',
    { config: { access: ['challenge'] }, schema: { tags: ['two-factor'], summary: 'Methods offered at the sign-in step ("Probeer een andere manier")' } },
    async (request) => {
      const session = sessionOf(request);
      return { methods: (await twoFactorOf(deps.db, session.user)).challengeMethods };
    },
  );

  r.post(
    '/api/two-factor/totp/setup',
    {
      config: SET_UP_OR_SIGNED_IN,
      schema: { tags: ['two-factor'], summary: 'Start (or resume within 15 minutes) setting up an authenticator app: QR code, URI and secret' },
    },
    async (request) => {
      const session = sessionOf(request);
      return startTotpSetup(deps, session);
    },
  );

  r.post(
    '/api/two-factor/totp/confirm',
    {
      config: SET_UP_OR_SIGNED_IN,
      schema: {
        tags: ['two-factor'],
        summary: 'Confirm the set-up with a code from the app; turns 2FA on and returns the backup code (shown once)',
        body: verifyCodeSchema,
      },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const { backupCode, issued } = await confirmTotpSetup(deps, session, request.body.code, requestMeta(request));
      setIssuedCookies(reply, deps, issued);
      return { status: 'enabled' as const, backupCode };
    },
  );

  r.post(
    '/api/two-factor/totp/verify',
    {
      config: TWO_FACTOR_STEP,
      schema: {
        tags: ['two-factor'],
        summary: 'A code from the app: completes the sign-in step, or proves the second factor again (step-up)',
        body: verifyCodeSchema,
        response: { 200: provenResponse },
      },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const { status, issued } = await verifyTotp(deps, session, request.body, requestMeta(request));
      setIssuedCookies(reply, deps, issued);
      return { status };
    },
  );

  r.post(
    '/api/two-factor/backup-code/verify',
    {
      config: TWO_FACTOR_STEP,
      schema: {
        tags: ['two-factor'],
        summary: 'Use the one-time backup code ("Gebruik uw backupcode"): signs in once; every other factor stays',
        description: 'A new backup code is issued at once; it is in `newBackupCode` of GET /api/two-factor until POST /api/two-factor/backup-code/stored.',
        body: backupCodeSchema,
        response: { 200: provenResponse },
      },
    },
    async (request, reply) => {
      const session = sessionOf(request);
      const { status, issued } = await useBackupCode(deps, session, request.body.code, requestMeta(request));
      setIssuedCookies(reply, deps, issued);
      return { status };
    },
  );

  r.post(
    '/api/two-factor/backup-code/stored',
    {
      config: SIGNED_IN,
      schema: { tags: ['two-factor'], summary: '"Ik heb de code gekopieerd en veilig opgeslagen." + "Gereed": the new backup code is no longer shown' },
    },
    async (request, reply) => {
      await backupCodeStored(deps.db, sessionOf(request).user.id);
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/two-factor/backup-code',
    {
      config: SIGNED_IN,
      schema: {
        tags: ['two-factor'],
        summary: '"Nieuwe backupcode maken": a new backup code replaces the old one (needs a step-up in the last 10 minutes)',
        description: 'The code is shown once: also in `newBackupCode` of GET /api/two-factor until POST /api/two-factor/backup-code/stored.',
      },
    },
    async (request) => renewBackupCode(deps, sessionOf(request), requestMeta(request)),
  );

  r.delete(
    '/api/two-factor',
    { config: SIGNED_IN, schema: { tags: ['two-factor'], summary: 'Turn 2FA off (not when mandatory; needs a step-up in the last 10 minutes)' } },
    async (request, reply) => {
      await turnOffTwoFactor(deps, sessionOf(request), requestMeta(request));
      return reply.status(204).send();
    },
  );

  r.delete(
    '/api/two-factor/trusted-devices/:id',
    { config: SIGNED_IN, schema: { tags: ['two-factor'], summary: 'Forget a remembered device', params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      const { user } = sessionOf(request);
      if (!(await forgetDevice(deps.db, user.id, request.params.id))) throw notFound();
      return reply.status(204).send();
    },
  );

  r.put(
    '/api/accommodation/two-factor-policy',
    {
      config: allow('owner'),
      schema: {
        tags: ['two-factor'],
        summary: "Make 2FA mandatory for the company's users (owner), where the municipality does not already",
        body: twoFactorPolicySchema,
      },
    },
    async (request) => {
      const session = sessionOf(request);
      return setCompanyPolicy(deps, session.user, request.body.required, requestMeta(request));
    },
  );
}
