// Queries on invitations, one per function; lists take the actor's scope.
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodations, invitations, municipalities, users, type User } from '../../../db/schema.ts';
import type { Scope } from '../../identity/access.ts';

function inScope(scope: Scope): SQL | undefined {
  if (scope.kind === 'accommodation') return eq(invitations.accommodationId, scope.accommodationId);
  if (scope.kind === 'municipality') return eq(invitations.municipalityId, scope.municipalityId);
  return undefined;
}

/** What the invitation is for: the accommodation's company, or "gemeente <name>". */
const organisationName = sql<string>`COALESCE(${accommodations.companyName}, 'gemeente ' || ${municipalities.name}, '')`;

const open = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

/** Open (not accepted, not revoked) invitations in a scope, newest first. */
export async function listOpenInvitations(db: Db, scope: Scope, now: Date, id?: string) {
  const rows = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      invitedBy: users.email,
      accommodationId: invitations.accommodationId,
      municipalityId: invitations.municipalityId,
      organisation: organisationName,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .leftJoin(accommodations, eq(accommodations.id, invitations.accommodationId))
    .leftJoin(municipalities, eq(municipalities.id, invitations.municipalityId))
    .where(and(open, inScope(scope), id ? eq(invitations.id, id) : undefined))
    .orderBy(desc(invitations.createdAt))
    .limit(500);
  return rows.map((row) => ({ ...row, expired: row.expiresAt <= now }));
}

/** An address that has an account, with how that account stands to the inviter. */
export interface Invitee {
  user: User;
  /** Works for one of the accommodations the inviter works for (the same company). */
  colleague: boolean;
  /** Works for the accommodation of the invitation already. */
  member: boolean;
}

/**
 * The account of `email`, if there is one. One query whether or not there is, so inviting a new
 * address and inviting an existing account take the same path. Column names are written out:
 * Drizzle leaves them unqualified in a single-table select.
 */
export async function findInvitee(db: Db, email: string, inviterId: string, accommodationId: string | null): Promise<Invitee | undefined> {
  const [row] = await db
    .select({
      user: users,
      colleague: sql<boolean>`EXISTS (SELECT 1 FROM accommodation_members mine
        JOIN accommodation_members theirs ON theirs.accommodation_id = mine.accommodation_id
        WHERE mine.user_id = ${inviterId} AND theirs.user_id = users.id)`,
      member: sql<boolean>`EXISTS (SELECT 1 FROM accommodation_members m
        WHERE m.user_id = users.id AND m.accommodation_id = ${accommodationId})`,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row;
}

export async function findInvitationByToken(db: Db, tokenHash: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({
      invitation: invitations,
      organisation: organisationName,
      // Named as the invitation mail names them: by name, or by address when they have none.
      invitedBy: sql<string | null>`COALESCE(${users.name}, ${users.email})`,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .leftJoin(accommodations, eq(accommodations.id, invitations.accommodationId))
    .leftJoin(municipalities, eq(municipalities.id, invitations.municipalityId))
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  const [row] = options.lock ? await query.for('update', { of: invitations }) : await query;
  return row;
}

/** Earlier open invitations of the same address to the same organisation stop working. */
export async function revokeEarlierInvitations(
  tx: Db,
  target: { email: string; accommodationId: string | null; municipalityId: string | null },
  now: Date,
): Promise<void> {
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        open,
        eq(invitations.email, target.email),
        target.accommodationId ? eq(invitations.accommodationId, target.accommodationId) : isNull(invitations.accommodationId),
        target.municipalityId ? eq(invitations.municipalityId, target.municipalityId) : isNull(invitations.municipalityId),
      ),
    );
}

export async function markRevoked(tx: Db, id: string, now: Date): Promise<void> {
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, id), open));
}

export async function markAccepted(tx: Db, id: string, now: Date): Promise<void> {
  await tx.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, id));
}
