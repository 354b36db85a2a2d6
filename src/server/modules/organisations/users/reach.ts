// Whose accounts a user may look after (list, invite, change role, deactivate, reset 2FA): an owner
// the users of their current accommodation, a municipality user the entrepreneurs in their
// municipality and their own colleagues and inspectors, an admin everyone. Nobody looks after their
// own account this way. One condition builder, so a page of the list, its count and a single
// look-up cannot disagree.
import { and, count, eq, exists, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { containsPattern, type Db } from '../../../db/client.ts';
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
      return actor.accommodationId ? and(notSelf, entrepreneur, memberOf(db, eq(accommodations.id, actor.accommodationId))) : undefined;
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

export interface UserFilter {
  userId?: string;
  accommodationId?: string;
  /** One role, or 'entrepreneur' for owners and staff together. */
  role?: Role | 'entrepreneur';
  q?: string;
}

/** Rows per page of GET /api/users. */
export const USER_PAGE_SIZE = 50;

/**
 * The reach and the filter as one condition, shared by the list, its count and the single look-up,
 * so they cannot disagree. Undefined: the actor reaches nobody.
 */
function usersWhere(db: Db, actor: User, filter: UserFilter): SQL | undefined {
  const reach = reachOf(db, actor);
  if (!reach) return undefined;
  const text = filter.q ? containsPattern(filter.q) : undefined;
  return and(
    reach,
    filter.userId ? eq(users.id, filter.userId) : undefined,
    filter.accommodationId ? memberOf(db, eq(accommodations.id, filter.accommodationId)) : undefined,
    filter.role === 'entrepreneur' ? inArray(users.role, ['owner', 'staff']) : filter.role ? eq(users.role, filter.role) : undefined,
    text ? or(ilike(users.email, text), ilike(users.name, text)) : undefined,
  );
}

function selectUsers(db: Db, where: SQL) {
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
    .where(where)
    .orderBy(users.email);
}

/** All users in reach matching the filter (at most 500): for look-ups and short lists such as one accommodation's users. */
export async function usersInReach(db: Db, actor: User, filter: UserFilter = {}) {
  const where = usersWhere(db, actor, filter);
  if (!where) return [];
  return selectUsers(db, where).limit(500);
}
export type UserInReach = Awaited<ReturnType<typeof usersInReach>>[number];

/** One page of the "Gebruikers" list, ordered by email, with how many match in all. */
export async function pageOfUsersInReach(db: Db, actor: User, filter: UserFilter & { page: number }) {
  const where = usersWhere(db, actor, filter);
  if (!where) return { users: [], total: 0, page: filter.page, pageSize: USER_PAGE_SIZE };
  const [rows, [total]] = await Promise.all([
    selectUsers(db, where)
      .limit(USER_PAGE_SIZE)
      .offset((filter.page - 1) * USER_PAGE_SIZE),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { users: rows, total: total?.n ?? 0, page: filter.page, pageSize: USER_PAGE_SIZE };
}

/** One user in the actor's reach; anything else (unknown, foreign, oneself) is undefined. */
export async function userInReach(db: Db, actor: User, userId: string): Promise<UserInReach | undefined> {
  const [user] = await usersInReach(db, actor, { userId });
  return user;
}

/**
 * Whether a change to the account itself (its role, active or not, its 2FA) is the actor's to make.
 * The role and the account belong to the user, one for all their accommodations, so an owner makes
 * such a change only to a user of no accommodation but their own: otherwise the owner of one
 * company could make a staff member of another company its owner, or lock its owner out.
 * Administrators and municipality users act on the account as such.
 */
export async function controlsEveryMembership(db: Db, actor: User, userId: string): Promise<boolean> {
  if (actor.role !== 'owner') return true;
  const [elsewhere] = await db
    .select({ one: sql`1` })
    .from(accommodationMembers)
    .where(
      and(
        eq(accommodationMembers.userId, userId),
        sql`NOT EXISTS (SELECT 1 FROM accommodation_members own WHERE own.user_id = ${actor.id} AND own.accommodation_id = ${accommodationMembers.accommodationId})`,
      ),
    )
    .limit(1);
  return elsewhere === undefined;
}
