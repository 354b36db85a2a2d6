// The job behind "Wachtwoord vergeten?" and "Ik heb geen code ontvangen.": runs on the job
// worker after the request was answered (see mail-requests.ts) and hands the request to its use case.
import type { Deps } from '../../deps.ts';
import type { JobHandler } from '../../platform/jobs/queue.ts';
import { mailNewConfirmationCode } from './email-confirmation/resend-confirmation.ts';
import { openAccountMailRequest } from './mail-requests.ts';
import { mailPasswordReset } from './password-reset/request-reset.ts';

/** `deps` is read when a job runs: the worker is made before the deps that hold it. */
export function accountMailRequestHandler(depsOf: () => Deps): JobHandler {
  return async (payload) => {
    const deps = depsOf();
    const request = openAccountMailRequest(payload, deps.cipher);
    if (request.purpose === 'password_reset') await mailPasswordReset(deps, request);
    else await mailNewConfirmationCode(deps, request);
  };
}
