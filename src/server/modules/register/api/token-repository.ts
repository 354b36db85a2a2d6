// The api_tokens table, one query per function. Only the SHA-256 of a token is stored; the
// accommodation is part of every query that a user's request makes, so an id of another
// accommodation's token finds nothing. A token is only as good as its maker's access: the look-up
// at use requires the maker to be an active user in a role that may make tokens and still working
// for the token's accommodation.
import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accommodationMembers, apiTokens, users, type Role } from '../../../db/schema.ts';

export type ApiTokenRow = typeof apiTokens.$inferSelect;
/** Who made a token (null: the account no longer exists). */
export type TokenMaker = { name: string | null; email: string } | null;
export type ApiTokenWithMaker = ApiTokenRow & { maker: TokenMaker };

export async function insertApiToken(db: Db, values: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (!row) throw new Error('api token not stored');
  return row;
}

function selectWithMaker(db: Db, where: SQL | undefined) {
  return (
    db
      // Flat, not a nested object: Drizzle turns a left-joined object into null when one of its
      // columns is null, and most makers have no name.
      .select({ token: apiTokens, makerName: users.name, makerEmail: users.email })
      .from(apiTokens)
      .leftJoin(users, eq(users.id, apiTokens.createdBy))
      .where(where)
  );
}

const withMaker = ({ token, makerName, makerEmail }: { token: ApiTokenRow; makerName: string | null; makerEmail: string | null }): ApiTokenWithMaker => ({
  ...token,
  maker: makerEmail === null ? null : { name: makerName, email: makerEmail },
});

export async function listApiTokens(db: Db, accommodationId: string): Promise<ApiTokenWithMaker[]> {
  const rows = await selectWithMaker(db, eq(apiTokens.accommodationId, accommodationId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(withMaker);
}

export async function findApiToken(db: Db, accommodationId: string, id: string): Promise<ApiTokenWithMaker | undefined> {
  const [row] = await selectWithMaker(db, and(eq(apiTokens.accommodationId, accommodationId), eq(apiTokens.id, id)));
  return row && withMaker(row);
}

/** Marks the token revoked; a token revoked before keeps its first moment. */
export async function revokeApiToken(db: Db, id: string, at: Date): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

/**
 * The token a booking system presents, if it is not revoked and its maker still has the access it
 * takes to make one: active, in one of `makerRoles`, and a member of the token's accommodation.
 * Checked here, at every use, so a token stops working however its maker loses that access.
 */
export async function findUsableTokenByHash(db: Db, tokenHash: string, makerRoles: readonly Role[]): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .select({ token: apiTokens })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .innerJoin(
      accommodationMembers,
      and(eq(accommodationMembers.userId, apiTokens.createdBy), eq(accommodationMembers.accommodationId, apiTokens.accommodationId)),
    )
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.active, true), inArray(users.role, [...makerRoles])))
    .limit(1);
  return row?.token;
}

export async function markTokenUsed(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
