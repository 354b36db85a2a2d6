// The api_tokens table, one query per function. Only the SHA-256 of a token is stored; the
// accommodation is part of every query that a user's request makes, so an id of another
// accommodation's token finds nothing.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { apiTokens } from '../../../db/schema.ts';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertApiToken(db: Db, values: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (!row) throw new Error('api token not stored');
  return row;
}

export async function listApiTokens(db: Db, accommodationId: string): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.accommodationId, accommodationId)).orderBy(desc(apiTokens.createdAt));
}

export async function findApiToken(db: Db, accommodationId: string, id: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(and(eq(apiTokens.accommodationId, accommodationId), eq(apiTokens.id, id)));
  return row;
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

/** The token a booking system presents, if it exists and is not revoked. */
export async function findActiveTokenByHash(db: Db, tokenHash: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function markTokenUsed(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
