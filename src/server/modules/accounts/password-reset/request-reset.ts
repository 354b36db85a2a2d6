// "Wachtwoord vergeten?": mails a reset code when the address belongs to an active account.
// The answer is the same whether it does or not.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { passwordResetMail } from '../../../platform/mail/templates.ts';
import { issueCode } from '../one-time-codes.ts';
import { findUserByEmail } from '../users.repository.ts';

export async function requestPasswordReset(deps: Deps, email: string, meta: RequestMeta): Promise<void> {
  await enforceLimit(deps.limiter, `reset-request:${email}`, deps.limits.emailRequestPerAccount);
  const user = await findUserByEmail(deps.db, email);
  if (!user?.active) return;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const code = await issueCode(tx, user.id, 'password_reset', now);
    await sendMail(tx, deps.cipher, passwordResetMail(email, `${deps.config.publicUrl}/code-ontvangen?code=${code}`, code));
    await recordAudit(tx, {
      action: 'password_reset.requested',
      occurredAt: now,
      subjectUserId: user.id,
      accommodationId: user.accommodationId,
      municipalityId: user.municipalityId,
      ip: meta.ip,
    });
  });
  deps.jobs.kick();
}
