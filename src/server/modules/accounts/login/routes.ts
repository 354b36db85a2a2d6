// POST /api/sessions: sign in. Sets the session cookie on success.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginSchema } from '../../../../shared/schemas/accounts.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { setIssuedCookies } from '../../identity/sessions/cookies.ts';
import { describeSession } from '../../organisations/session-view.ts';
import { signIn } from './sign-in.ts';
import { PUBLIC } from '../../identity/access.ts';
import { DEVICE_COOKIE } from '../../identity/devices/trusted-device.ts';

export async function loginRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/sessions',
    {
      config: { ...PUBLIC, rateLimit: { max: deps.limits.loginPerIp.max, timeWindow: deps.limits.loginPerIp.windowMs } },
      schema: {
        tags: ['sessions'],
        summary: 'Sign in with email and password',
        description:
          'Answers `status`: `signed-in` (with the session), `two-factor-required` (with the `methods` the user has; continue at /api/two-factor/*/verify) or `two-factor-setup-required` (2FA is mandatory: set it up at /api/two-factor/totp/setup first). 401 INVALID_CREDENTIALS for a wrong email or password alike; 403 EMAIL_NOT_CONFIRMED; 429 LOGIN_THROTTLED after repeated attempts on one account from one client (or, for browsers that never signed in to it, on the account or from the address over all). A successful sign-in sets the `nr_signed_in` cookie, which keeps failures of other clients from slowing this browser down.',
        body: loginSchema,
      },
    },
    async (request, reply) => {
      const { user, stage, methods, issued } = await signIn(deps, { ...request.body, deviceToken: request.cookies[DEVICE_COOKIE] }, requestMeta(request));
      setIssuedCookies(reply, deps, issued);
      if (stage === 'challenge') return { status: 'two-factor-required', methods };
      if (stage === 'enrolment') return { status: 'two-factor-setup-required' };
      return { status: 'signed-in', ...(await describeSession(deps.db, user)) };
    },
  );
}
