// Emailed one-time codes: 48 hex characters (192 random bits), stored only as SHA-256, single
// use, with an expiry. Issuing a new code revokes the earlier unused ones of the same purpose.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { oneTimeCodes, type CodePurpose } from '../../db/schema.ts';
import { randomHex, sha256 } from '../../platform/crypto.ts';
import { AppError } from '../../platform/errors.ts';

export const CODE_TTL_MS: Record<CodePurpose, number> = {
  email_confirmation: 24 * 60 * 60_000,
  password_reset: 60 * 60_000,
  email_change: 24 * 60 * 60_000,
  two_factor_recovery: 30 * 60_000,
};

/** `newEmail`: for 'email_change', the address the code is sent to and that it will confirm. */
export async function issueCode(tx: Db, userId: string, purpose: CodePurpose, now: Date, newEmail?: string): Promise<string> {
  await tx
    .update(oneTimeCodes)
    .set({ revokedAt: now })
    .where(and(eq(oneTimeCodes.userId, userId), eq(oneTimeCodes.purpose, purpose), isNull(oneTimeCodes.usedAt), isNull(oneTimeCodes.revokedAt)));
  const code = randomHex(24);
  await tx.insert(oneTimeCodes).values({
    userId,
    purpose,
    codeHash: sha256(code),
    createdAt: now,
    expiresAt: new Date(now.getTime() + CODE_TTL_MS[purpose]),
    newEmail: newEmail ?? null,
  });
  return code;
}

/**
 * Marks the code used and returns its user; throws CODE_INVALID, CODE_USED or CODE_EXPIRED.
 * The row is locked so two simultaneous submissions cannot both succeed.
 */
export async function consumeCode(tx: Db, purpose: CodePurpose, code: string, now: Date): Promise<string> {
  return (await consumeCodeRow(tx, purpose, code, now)).userId;
}

/** consumeCode for 'email_change': also returns the address the code confirms. */
export async function consumeEmailChangeCode(tx: Db, code: string, now: Date): Promise<{ userId: string; newEmail: string }> {
  const row = await consumeCodeRow(tx, 'email_change', code, now);
  if (!row.newEmail) throw new Error('email_change code without new_email');
  return { userId: row.userId, newEmail: row.newEmail };
}

async function consumeCodeRow(tx: Db, purpose: CodePurpose, code: string, now: Date): Promise<typeof oneTimeCodes.$inferSelect> {
  const [row] = await tx
    .select()
    .from(oneTimeCodes)
    .where(and(eq(oneTimeCodes.codeHash, sha256(code)), eq(oneTimeCodes.purpose, purpose)))
    .for('update')
    .limit(1);
  if (!row) throw new AppError('CODE_INVALID');
  if (row.usedAt) throw new AppError('CODE_USED');
  // A code replaced by a newer one behaves as expired: the user should use the newest email.
  if (row.revokedAt || row.expiresAt <= now) throw new AppError('CODE_EXPIRED');
  await tx.update(oneTimeCodes).set({ usedAt: now }).where(eq(oneTimeCodes.id, row.id));
  return row;
}
