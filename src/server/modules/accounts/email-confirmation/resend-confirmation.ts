// "Ik heb geen code ontvangen.": mails a new confirmation code to an unconfirmed account. The
// answer never tells whether the address is known or already confirmed.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { confirmEmailMail } from '../../../platform/mail/templates.ts';
import { issueCode } from '../one-time-codes.ts';
import { findUserByEmail } from '../users.repository.ts';

export async function resendConfirmation(deps: Deps, email: string, _meta: RequestMeta): Promise<void> {
  await enforceLimit(deps.limiter, `confirm-resend:${email}`, deps.limits.emailRequestPerAccount);
  const user = await findUserByEmail(deps.db, email);
  if (!user || user.emailConfirmedAt || !user.active) return;
  await deps.db.transaction(async (tx) => {
    const code = await issueCode(tx, user.id, 'email_confirmation', deps.clock.now());
    await sendMail(tx, deps.cipher, confirmEmailMail(email, `${deps.config.publicUrl}/code-invullen?code=${code}`, code));
  });
  deps.jobs.kick();
}
