// Whose accounts a user may look after (list, reset 2FA): an owner the users of their own
// accommodation, a municipality user the entrepreneurs in their municipality, an admin everyone.
// Nobody looks after their own account this way. One query builder, so a list and a single
// look-up cannot disagree.
import { and, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodations, users, type User } from '../../../db/schema.ts';

function reachOf(actor: User): SQL | undefined {
  const notSelf = ne(users.id, actor.id);
  switch (actor.role) {
    case 'admin':
      return notSelf;
    case 'owner':
      return actor.accommodationId
        ? and(notSelf, eq(users.accommodationId, actor.accommodationId), inArray(users.role, ['owner', 'staff']))
        : undefined;
    case 'municipality':
      return actor.municipalityId
        ? and(notSelf, inArray(users.role, ['owner', 'staff']), eq(accommodations.municipalityId, actor.municipalityId))
        : undefined;
    default:
      return undefined;
  }
}

export function canLookAfterUsers(actor: User): boolean {
  return reachOf(actor) !== undefined;
}

export async function usersInReach(db: Db, actor: User, userId?: string) {
  const reach = reachOf(actor);
  if (!reach) return [];
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      accommodationId: users.accommodationId,
      companyName: accommodations.companyName,
    })
    .from(users)
    .leftJoin(accommodations, eq(accommodations.id, users.accommodationId))
    .where(userId ? and(reach, eq(users.id, userId)) : reach)
    .orderBy(users.email)
    .limit(500);
}
