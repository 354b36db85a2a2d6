// "Ik heb geen code ontvangen.": mails a new confirmation code to an unconfirmed account. The
// answer never tells whether the address is known or already confirmed, nor does the time it
// takes: the request queues the look-up (mail-requests.ts), and mailNewConfirmationCode does it on
// the job worker.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { confirmEmailMail } from '../../../platform/mail/templates.ts';
import { queueAccountMailRequest, type AccountMailRequest } from '../mail-requests.ts';
import { issueCode } from '../../identity/one-time-codes.ts';
import { findUserByEmail } from '../../identity/users.repository.ts';

export async function resendConfirmation(deps: Deps, email: string, meta: RequestMeta): Promise<void> {
  await enforceLimit(deps.limiter, `confirm-resend:${email}`, deps.limits.emailRequestPerAccount);
  await queueAccountMailRequest(deps, 'email_confirmation', email, meta);
}

/** On the job worker: a new code and its mail, for an active account whose address is unconfirmed. */
export async function mailNewConfirmationCode(deps: Deps, request: AccountMailRequest): Promise<void> {
  const user = await findUserByEmail(deps.db, request.email);
  if (!user || user.emailConfirmedAt || !user.active) return;
  await deps.db.transaction(async (tx) => {
    const code = await issueCode(tx, user.id, 'email_confirmation', deps.clock.now());
    await sendMail(tx, deps.cipher, confirmEmailMail(request.email, `${deps.config.publicUrl}/code-invullen?code=${code}`, code));
  });
  deps.jobs.kick();
}
