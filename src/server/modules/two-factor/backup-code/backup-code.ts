// The one-time emergency code ("backupcode"): 4 groups of 5 characters joined by dashes, as in the
// Visma seed, from an alphabet without look-alikes (31 symbols: 99 bits). Stored as argon2id.
import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { backupCodes } from '../../../db/schema.ts';
import { hashPassword, verifyPassword } from '../../../platform/passwords.ts';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function generateBackupCode(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

/** Lower case, no spaces or dashes: how a typed code is compared. */
export function normaliseBackupCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '');
}

/** A new code and its hash; hash before opening a transaction (argon2 takes a while). */
export async function newBackupCode(): Promise<{ code: string; hash: string }> {
  const code = generateBackupCode();
  return { code, hash: await hashPassword(normaliseBackupCode(code)) };
}

export async function storeBackupCode(tx: Db, userId: string, hash: string, now: Date): Promise<void> {
  await tx
    .insert(backupCodes)
    .values({ userId, codeHash: hash, createdAt: now })
    .onConflictDoUpdate({ target: backupCodes.userId, set: { codeHash: hash, createdAt: now } });
}

/** Checks the code and, when right, deletes it in the same transaction (single use). */
export async function consumeBackupCode(tx: Db, userId: string, input: string): Promise<boolean> {
  const [row] = await tx.select().from(backupCodes).where(eq(backupCodes.userId, userId)).for('update').limit(1);
  if (!row || !(await verifyPassword(row.codeHash, normaliseBackupCode(input)))) return false;
  await tx.delete(backupCodes).where(eq(backupCodes.userId, userId));
  return true;
}
