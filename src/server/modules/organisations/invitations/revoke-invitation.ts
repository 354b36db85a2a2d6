// "Intrekken": an open invitation in the actor's scope stops working at once.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/access.ts';
import { listOpenInvitations, markRevoked } from './repository.ts';

export async function revokeInvitation(deps: Deps, actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  const now = deps.clock.now();
  const [invitation] = await listOpenInvitations(deps.db, actor.scope, now, id);
  if (!invitation) throw notFound();
  await deps.db.transaction(async (tx) => {
    await markRevoked(tx, invitation.id, now);
    await recordAudit(tx, {
      action: 'invitation.revoked',
      occurredAt: now,
      actorUserId: actor.user.id,
      accommodationId: invitation.accommodationId,
      municipalityId: invitation.municipalityId,
      ip: meta.ip,
      details: { email: invitation.email, role: invitation.role },
    });
  });
}
