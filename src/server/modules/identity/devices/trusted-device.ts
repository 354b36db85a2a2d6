// "Dit apparaat 30 dagen onthouden": a random token in its own cookie lets this browser skip the
// 2FA step for 30 days. Listed and revocable; void after a password change or a 2FA reset.
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { trustedDevices } from '../../../db/schema.ts';
import type { RequestMeta } from '../../../deps.ts';
import { randomToken, sha256 } from '../../../platform/crypto.ts';

export const DEVICE_COOKIE = 'nr_device';
export const TRUSTED_DEVICE_LIFETIME_MS = 30 * 24 * 60 * 60_000;

/** Remembers this browser for the user; the cookie's value. */
export async function rememberDevice(tx: Db, userId: string, meta: RequestMeta, now: Date): Promise<string> {
  const value = randomToken(32);
  await tx.insert(trustedDevices).values({
    tokenHash: sha256(value),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + TRUSTED_DEVICE_LIFETIME_MS),
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
    ip: meta.ip,
  });
  return value;
}

/** True when the cookie belongs to this user and is still valid; refreshes its last use. */
export async function isTrustedDevice(db: Db, userId: string, cookieValue: string | undefined, now: Date): Promise<boolean> {
  if (!cookieValue) return false;
  const [row] = await db
    .update(trustedDevices)
    .set({ lastUsedAt: now })
    .where(and(eq(trustedDevices.tokenHash, sha256(cookieValue)), eq(trustedDevices.userId, userId), gt(trustedDevices.expiresAt, now)))
    .returning({ id: trustedDevices.id });
  return row !== undefined;
}

export async function listTrustedDevices(db: Db, userId: string, now: Date) {
  return db
    .select({
      id: trustedDevices.id,
      createdAt: trustedDevices.createdAt,
      lastUsedAt: trustedDevices.lastUsedAt,
      expiresAt: trustedDevices.expiresAt,
      userAgent: trustedDevices.userAgent,
    })
    .from(trustedDevices)
    .where(and(eq(trustedDevices.userId, userId), gt(trustedDevices.expiresAt, now)));
}

export async function forgetDevice(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(trustedDevices)
    .where(and(eq(trustedDevices.id, id), eq(trustedDevices.userId, userId)))
    .returning({ id: trustedDevices.id });
  return rows.length > 0;
}

export async function forgetAllDevices(db: Db, userId: string): Promise<void> {
  await db.delete(trustedDevices).where(eq(trustedDevices.userId, userId));
}
