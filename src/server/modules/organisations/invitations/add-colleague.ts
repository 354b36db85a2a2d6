// An owner with several accommodations gives a colleague who already works for the company (in
// another of its accommodations) access to the one the owner works in now. No invitation is
// needed: the colleague signs in as before and chooses the accommodation in the header. The owner
// looks after that colleague already (in the other accommodation), so saying so reveals nothing.
import { accommodationMembers, type User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { Actor } from '../../identity/access.ts';

/** Adds the colleague to the accommodation; false when they already work for it. */
export async function addColleague(deps: Deps, actor: Actor, colleague: User, accommodationId: string, meta: RequestMeta): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const added = await tx
      .insert(accommodationMembers)
      .values({ userId: colleague.id, accommodationId })
      .onConflictDoNothing()
      .returning({ userId: accommodationMembers.userId });
    if (added.length === 0) return false;
    await recordAudit(tx, {
      action: 'accommodation.member_added',
      occurredAt: deps.clock.now(),
      actorUserId: actor.user.id,
      subjectUserId: colleague.id,
      accommodationId,
      ip: meta.ip,
      details: { email: colleague.email, role: colleague.role },
    });
    return true;
  });
}
