// The rule that keeps a company reachable: every accommodation keeps at least one active owner.
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/client.ts';
import { accommodationMembers, users } from '../../../db/schema.ts';
import { AppError } from '../../../platform/errors.ts';

/** Throws LAST_OWNER when `userId` is the only active owner of one of their accommodations. */
export async function assertNotLastOwner(tx: Db, userId: string): Promise<void> {
  const [orphaned] = await queryRows<{ accommodation_id: string }>(
    tx,
    sql`SELECT m.accommodation_id FROM ${accommodationMembers} m
        WHERE m.user_id = ${userId}
          AND NOT EXISTS (
            SELECT 1 FROM ${accommodationMembers} o JOIN ${users} u ON u.id = o.user_id
            WHERE o.accommodation_id = m.accommodation_id AND o.user_id <> ${userId}
              AND u.role = 'owner' AND u.active)
        LIMIT 1`,
  );
  if (orphaned) throw new AppError('LAST_OWNER');
}

/** The active owners of an accommodation, e.g. to tell them a decision of the municipality. */
export async function activeOwnersOf(db: Db, accommodationId: string): Promise<{ id: string; email: string }[]> {
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(accommodationMembers, eq(accommodationMembers.userId, users.id))
    .where(and(eq(accommodationMembers.accommodationId, accommodationId), eq(users.role, 'owner'), eq(users.active, true)));
}
