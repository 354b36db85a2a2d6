// Whose accounts a user may look after (list, invite, change role, deactivate, reset 2FA): an owner
// the users of their current accommodation, a municipality user the entrepreneurs in their
// municipality and their own colleagues and inspectors, an admin everyone. Nobody looks after their
// own account this way. One query builder, so a list and a single look-up cannot disagree.
import { and, eq, exists, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodationMembers, accommodations, users, type Role, type User } from '../../../db/schema.ts';

/** Users who work for an accommodation matching `where`. */
function memberOf(db: Db, where: SQL | undefined): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(accommodationMembers)
      .innerJoin(accommodations, eq(accommodations.id, accommodationMembers.accommodationId))
      .where(and(eq(accommodationMembers.userId, users.id), where)),
  );
}

function reachOf(db: Db, actor: User): SQL | undefined {
  const notSelf = ne(users.id, actor.id);
  const entrepreneur = inArray(users.role, ['owner', 'staff']);
  switch (actor.role) {
    case 'admin':
      return notSelf;
    case 'owner':
      return actor.accommodationId
        ? and(notSelf, entrepreneur, memberOf(db, eq(accommodations.id, actor.accommodationId)))
        : undefined;
    case 'municipality': {
      const municipalityId = actor.municipalityId;
      if (!municipalityId) return undefined;
      return and(
        notSelf,
        or(
          and(entrepreneur, memberOf(db, eq(accommodations.municipalityId, municipalityId))),
          and(inArray(users.role, ['municipality', 'inspector']), eq(users.municipalityId, municipalityId)),
        ),
      );
    }
    default:
      return undefined;
  }
}

export function canLookAfterUsers(actor: User): boolean {
  return actor.role === 'admin' || actor.role === 'owner' || actor.role === 'municipality';
}

export interface UserFilter {
  userId?: string;
  accommodationId?: string;
  role?: Role;
  q?: string;
}

export async function usersInReach(db: Db, actor: User, filter: UserFilter = {}) {
  const reach = reachOf(db, actor);
  if (!reach) return [];
  const conditions = [
    reach,
    filter.userId ? eq(users.id, filter.userId) : undefined,
    filter.accommodationId ? memberOf(db, eq(accommodations.id, filter.accommodationId)) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.q ? or(ilike(users.email, `%${escapeLike(filter.q)}%`), ilike(users.name, `%${escapeLike(filter.q)}%`)) : undefined,
  ];
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      emailConfirmed: sql<boolean>`${users.emailConfirmedAt} IS NOT NULL`,
      lastLoginAt: users.lastLoginAt,
      accommodationId: users.accommodationId,
      companyName: accommodations.companyName,
      municipalityId: sql<string | null>`COALESCE(${users.municipalityId}, ${accommodations.municipalityId})`,
      // Written out: Drizzle leaves column names unqualified in a single-table subquery.
      twoFactorEnabled: sql<boolean>`(EXISTS (SELECT 1 FROM totp_credentials tc WHERE tc.user_id = users.id)
        OR EXISTS (SELECT 1 FROM passkeys pk WHERE pk.user_id = users.id))`,
    })
    .from(users)
    .leftJoin(accommodations, eq(accommodations.id, users.accommodationId))
    .where(and(...conditions))
    .orderBy(users.email)
    .limit(500);
}
export type UserInReach = Awaited<ReturnType<typeof usersInReach>>[number];

/** One user in the actor's reach; anything else (unknown, foreign, oneself) is undefined. */
export async function userInReach(db: Db, actor: User, userId: string): Promise<UserInReach | undefined> {
  const [user] = await usersInReach(db, actor, { userId });
  return user;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
