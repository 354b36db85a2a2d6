// Resetting someone else's 2FA (seed: "via het gebruikersmenu de 2FA-registratie van een
// gebruiker resetten"): every factor and remembered device removed, every session ended, an
// email to the user. 2FA itself stays on (users.two_factor_enabled_at): at the next sign-in the
// user sets a factor up again, after a code mailed to their address (email-proof.ts).
import type { User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { securityNoticeMail } from '../../../platform/mail/templates.ts';
import { deleteUserSessions } from '../../identity/sessions/sessions.ts';
import { controlsEveryMembership, userInReach } from '../../organisations/users/reach.ts';
import { removeAllFactors } from '../turn-off.ts';

export async function resetTwoFactor(deps: Deps, actor: User, targetId: string, meta: RequestMeta): Promise<void> {
  const target = await userInReach(deps.db, actor, targetId);
  // Outside the actor's reach, unknown or oneself: the same 404, so ids reveal nothing.
  if (!target) throw notFound();
  if (!(await controlsEveryMembership(deps.db, actor, target.id))) throw new AppError('MEMBER_ELSEWHERE');
  await deps.db.transaction(async (tx) => {
    await removeAllFactors(tx, target.id);
    await deleteUserSessions(tx, target.id);
    await sendMail(tx, deps.cipher, securityNoticeMail(target.email, 'two_factor_reset', `${deps.config.publicUrl}/inloggen`));
    await recordAudit(tx, {
      action: 'two_factor.reset',
      occurredAt: deps.clock.now(),
      actorUserId: actor.id,
      subjectUserId: target.id,
      accommodationId: target.accommodationId,
      municipalityId: target.municipalityId,
      ip: meta.ip,
    });
  });
  deps.jobs.kick();
}
