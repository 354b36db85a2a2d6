// Help for someone whose confirmation mail got lost: an owner, their municipality or an admin
// sends a new confirmation code to an account whose address is not confirmed yet.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { notFound } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { confirmEmailMail } from '../../../platform/mail/templates.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { issueCode } from '../../identity/one-time-codes.ts';
import type { Actor } from '../../identity/access.ts';
import { userInReach } from './reach.ts';

export async function resendConfirmationFor(deps: Deps, actor: Actor, userId: string, meta: RequestMeta): Promise<void> {
  const target = await userInReach(deps.db, actor.user, userId);
  if (!target) throw notFound();
  // Already confirmed: nothing to resend, and nothing went wrong either.
  if (target.emailConfirmed) return;
  await enforceLimit(deps.limiter, `confirm-resend:${target.email}`, deps.limits.emailRequestPerAccount);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const code = await issueCode(tx, target.id, 'email_confirmation', now);
    await sendMail(tx, deps.cipher, confirmEmailMail(target.email, `${deps.config.publicUrl}/code-invullen?code=${code}`, code));
    await recordAudit(tx, {
      action: 'user.confirmation_resent',
      occurredAt: now,
      actorUserId: actor.user.id,
      subjectUserId: target.id,
      accommodationId: target.accommodationId,
      municipalityId: target.municipalityId,
      ip: meta.ip,
    });
  });
  deps.jobs.kick();
}
