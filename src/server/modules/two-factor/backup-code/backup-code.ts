// The one-time emergency code ("backupcode"): 4 groups of 5 characters joined by dashes, as in the
// Visma seed, from an alphabet without look-alikes (31 symbols: 99 bits). Stored as argon2id, and
// encrypted as well until the user confirms having stored it ("Gereed"): a reload of the page that
// shows it does not lose it. Only the session that was given it (or a later step-up) sees it.
import { randomInt } from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Cipher } from '../../../platform/crypto.ts';
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

export async function storeBackupCode(tx: Db, cipher: Cipher, userId: string, backup: { code: string; hash: string }, now: Date): Promise<void> {
  const values = { codeHash: backup.hash, displayEncrypted: cipher.encrypt(backup.code), createdAt: now };
  await tx
    .insert(backupCodes)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: backupCodes.userId, set: values });
}

/**
 * The new code still waiting for "Gereed", to a session that proved a factor when it was issued or
 * since. (A code made with "Nieuwe backupcode maken" counts as issued at the step-up it needed,
 * see renew-backup-code.ts, so a reload in that session shows it again.)
 */
export async function pendingBackupCode(db: Db, cipher: Cipher, userId: string, secondFactorAt: Date | null): Promise<string | null> {
  const [row] = await db
    .select({ display: backupCodes.displayEncrypted, createdAt: backupCodes.createdAt })
    .from(backupCodes)
    .where(and(eq(backupCodes.userId, userId), isNotNull(backupCodes.displayEncrypted)));
  if (!row?.display || !secondFactorAt || secondFactorAt < row.createdAt) return null;
  return cipher.decrypt(row.display);
}

/** 'stored' after "Gereed", 'unconfirmed' while the code waits for it, null when there is none. */
export async function backupCodeState(db: Db, userId: string): Promise<'stored' | 'unconfirmed' | null> {
  const [row] = await db.select({ display: backupCodes.displayEncrypted }).from(backupCodes).where(eq(backupCodes.userId, userId));
  if (!row) return null;
  return row.display === null ? 'stored' : 'unconfirmed';
}

/** "Gereed": the user stored the code; from now on only its hash remains. */
export async function backupCodeStored(db: Db, userId: string): Promise<void> {
  await db.update(backupCodes).set({ displayEncrypted: null }).where(eq(backupCodes.userId, userId));
}

/** Checks the code and, when right, deletes it in the same transaction (single use). */
export async function consumeBackupCode(tx: Db, userId: string, input: string): Promise<boolean> {
  const [row] = await tx.select().from(backupCodes).where(eq(backupCodes.userId, userId)).for('update').limit(1);
  if (!row || !(await verifyPassword(row.codeHash, normaliseBackupCode(input)))) return false;
  await tx.delete(backupCodes).where(eq(backupCodes.userId, userId));
  return true;
}
