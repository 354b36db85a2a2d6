// The invitee's side: looking at an invitation ("U bent uitgenodigd voor …") and accepting it by
// choosing a name and a password. Accepting creates the account with its address confirmed (the
// link proved it); signing in then follows the 2FA policy like any other sign-in. An account that
// exists already takes an invitation up while signed in as itself (join.ts).
import type { z } from 'zod';
import type { acceptInvitationSchema } from '../../../../shared/schemas/organisations.ts';
import { accommodationMembers, users } from '../../../db/schema.ts';
import type { Db } from '../../../db/client.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { sha256 } from '../../../platform/crypto.ts';
import { AppError } from '../../../platform/errors.ts';
import { hashPassword } from '../../../platform/passwords.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { assertStrongPassword } from '../../identity/password-policy.ts';
import { findUserByEmail } from '../../identity/users.repository.ts';
import { findInvitationByToken, markAccepted } from './repository.ts';

/** The invitation of `token` while it can be taken up; otherwise the reason it cannot. */
export async function openInvitation(db: Db, token: string, now: Date, lock = false) {
  const row = await findInvitationByToken(db, sha256(token), { lock });
  if (!row || row.invitation.revokedAt) throw new AppError('INVITATION_INVALID');
  if (row.invitation.acceptedAt) throw new AppError('INVITATION_USED');
  if (row.invitation.expiresAt <= now) throw new AppError('INVITATION_EXPIRED');
  return row;
}

export async function previewInvitation(deps: Deps, token: string, meta: RequestMeta) {
  await enforceLimit(deps.limiter, `code-submit:${meta.ip}`, deps.limits.codeSubmitPerIp);
  const { invitation, organisation, invitedBy } = await openInvitation(deps.db, token, deps.clock.now());
  return { email: invitation.email, name: invitation.name, role: invitation.role, organisation, invitedBy };
}

export async function acceptInvitation(deps: Deps, input: z.output<typeof acceptInvitationSchema>, meta: RequestMeta) {
  await enforceLimit(deps.limiter, `code-submit:${meta.ip}`, deps.limits.codeSubmitPerIp);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { invitation } = await openInvitation(tx, input.token, now, true);
    assertStrongPassword(input.password, [invitation.email, input.name]);
    if (await findUserByEmail(tx, invitation.email)) throw new AppError('EMAIL_TAKEN');
    const [user] = await tx
      .insert(users)
      .values({
        email: invitation.email,
        name: input.name,
        passwordHash,
        role: invitation.role,
        accommodationId: invitation.accommodationId,
        municipalityId: invitation.municipalityId,
        emailConfirmedAt: now,
      })
      .returning({ id: users.id });
    if (!user) throw new Error('insert returned no row');
    if (invitation.accommodationId) {
      await tx.insert(accommodationMembers).values({ userId: user.id, accommodationId: invitation.accommodationId });
    }
    await markAccepted(tx, invitation.id, now);
    await recordAudit(tx, {
      action: 'invitation.accepted',
      occurredAt: now,
      actorUserId: user.id,
      subjectUserId: user.id,
      accommodationId: invitation.accommodationId,
      municipalityId: invitation.municipalityId,
      ip: meta.ip,
      details: { role: invitation.role, invitedBy: invitation.invitedBy },
    });
    return { status: 'accepted' as const, email: invitation.email };
  });
}
