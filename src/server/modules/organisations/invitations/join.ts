// An invitation taken up by an account that exists already: an owner or staff member invited, in
// the role they have, to another accommodation joins it while signed in as themselves. The role
// belongs to the account, one for all its accommodations, so an invitation in another role (or
// to a municipality) cannot be combined with it; such an account only hears of the attempt.
import { accommodationMembers, type InvitedRole, type User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import type { Actor } from '../../identity/access.ts';
import { markAccepted } from './repository.ts';
import { openInvitation } from './respond.ts';

/** Whether `account` can take up an invitation in `role` to `accommodationId` itself. */
export function mayJoin(account: User, invitation: { role: InvitedRole; accommodationId: string | null }): boolean {
  return account.active && invitation.accommodationId !== null && (account.role === 'owner' || account.role === 'staff') && account.role === invitation.role;
}

export async function joinInvitation(deps: Deps, actor: Actor, token: string, meta: RequestMeta) {
  await enforceLimit(deps.limiter, `code-submit:${meta.ip}`, deps.limits.codeSubmitPerIp);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { invitation, organisation } = await openInvitation(tx, token, now, true);
    const accommodationId = invitation.accommodationId;
    // Someone else's invitation, or one this account cannot take up, answers as an unknown one.
    if (invitation.email !== actor.user.email || !accommodationId || !mayJoin(actor.user, invitation)) {
      throw new AppError('INVITATION_INVALID');
    }
    await tx.insert(accommodationMembers).values({ userId: actor.user.id, accommodationId }).onConflictDoNothing();
    await markAccepted(tx, invitation.id, now);
    await recordAudit(tx, {
      action: 'invitation.accepted',
      occurredAt: now,
      actorUserId: actor.user.id,
      subjectUserId: actor.user.id,
      accommodationId,
      ip: meta.ip,
      details: { role: invitation.role, invitedBy: invitation.invitedBy, existingAccount: true },
    });
    return { status: 'joined' as const, accommodation: { id: accommodationId, companyName: organisation } };
  });
}
