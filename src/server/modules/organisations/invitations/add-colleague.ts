// An owner with several accommodations gives a colleague who already works for the company (in
// another of its accommodations) access to the one the owner works in now. No invitation is
// needed: the colleague signs in as before and chooses the accommodation in the header.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/client.ts';
import { accommodationMembers, type User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { Actor } from '../authorization.ts';

/** Whether `colleague` works for one of the accommodations `owner` works for (the same company). */
export async function isColleague(db: Db, ownerId: string, colleague: User): Promise<boolean> {
  if (colleague.role !== 'owner' && colleague.role !== 'staff') return false;
  const [row] = await queryRows<{ shared: boolean }>(
    db,
    sql`SELECT EXISTS (
          SELECT 1 FROM accommodation_members mine
          JOIN accommodation_members theirs ON theirs.accommodation_id = mine.accommodation_id
          WHERE mine.user_id = ${ownerId} AND theirs.user_id = ${colleague.id}) AS shared`,
  );
  return row?.shared === true;
}

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
