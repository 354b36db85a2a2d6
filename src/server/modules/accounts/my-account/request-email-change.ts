// "Emailadres wijzigen": after the current password, mails a code to the new address; the address
// changes only once that code comes back (confirm-email-change.ts). An address that already has
// an account gets the same answer and a notice instead of a code, so the form tells nobody which
// addresses are registered.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { fieldError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { emailChangeMail, emailChangeTakenMail } from '../../../platform/mail/templates.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { issueCode } from '../../identity/one-time-codes.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { findUserByEmail } from '../../identity/users.repository.ts';
import { assertCurrentPassword } from './current-password.ts';

export async function requestEmailChange(deps: Deps, actor: ActiveSession, input: { email: string; password: string }, meta: RequestMeta): Promise<void> {
  const { user } = actor;
  if (input.email === user.email) throw fieldError('email', 'SAME_EMAIL');
  // Also caps password guesses and the mails one account can send to strangers.
  await enforceLimit(deps.limiter, `email-change:${user.id}`, deps.limits.emailRequestPerAccount);
  await assertCurrentPassword(deps, user, input.password, 'password', meta);

  const taken = (await findUserByEmail(deps.db, input.email)) !== undefined;
  const now = deps.clock.now();
  const base = deps.config.publicUrl;
  await deps.db.transaction(async (tx) => {
    // A code is issued either way, so "Mijn account" shows the same pending change for a taken
    // address; that code is never sent, so it can never be used.
    const code = await issueCode(tx, user.id, 'email_change', now, input.email);
    const mail = taken
      ? emailChangeTakenMail(input.email, `${base}/inloggen`, `${base}/wachtwoord-vergeten`)
      : emailChangeMail(input.email, `${base}/email-bevestigen?code=${code}`, code);
    await sendMail(tx, deps.cipher, mail);
    await recordAudit(tx, {
      action: 'account.email_change_requested',
      occurredAt: now,
      ...ownAction(user),
      ip: meta.ip,
      // Whether the address was taken stays out of the log: owners read their staff's events.
      details: { to: input.email },
    });
  });
  deps.jobs.kick();
}
