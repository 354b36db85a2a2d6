// "Wachtwoord vergeten?": mails a reset code when the address belongs to an active account.
// The answer is the same whether it does or not, and so is the work done before it: the request
// queues the look-up (mail-requests.ts), and mailPasswordReset does it on the job worker.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { passwordResetMail } from '../../../platform/mail/templates.ts';
import { queueAccountMailRequest, type AccountMailRequest } from '../mail-requests.ts';
import { issueCode } from '../../identity/one-time-codes.ts';
import { findUserByEmail } from '../../identity/users.repository.ts';

export async function requestPasswordReset(deps: Deps, email: string, meta: RequestMeta): Promise<void> {
  await enforceLimit(deps.limiter, `reset-request:${email}`, deps.limits.emailRequestPerAccount);
  await queueAccountMailRequest(deps, 'password_reset', email, meta);
}

/** On the job worker: the code, its mail and the audit event, for an active account only. */
export async function mailPasswordReset(deps: Deps, request: AccountMailRequest): Promise<void> {
  const user = await findUserByEmail(deps.db, request.email);
  if (!user?.active) return;
  await deps.db.transaction(async (tx) => {
    const code = await issueCode(tx, user.id, 'password_reset', deps.clock.now());
    await sendMail(tx, deps.cipher, passwordResetMail(request.email, `${deps.config.publicUrl}/code-ontvangen?code=${code}`, code));
    await recordAudit(tx, {
      action: 'password_reset.requested',
      occurredAt: new Date(request.requestedAt),
      subjectUserId: user.id,
      accommodationId: user.accommodationId,
      municipalityId: user.municipalityId,
      ip: request.ip,
    });
  });
  deps.jobs.kick();
}
