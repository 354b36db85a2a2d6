// A browser's proof that it signed in to an account before: a random token in its own cookie,
// stored hashed per account, set at each successful sign-in. It only exempts the browser from the
// slow-downs that anyone could set off (throttle.ts); it skips no step of the sign-in. A new or
// reset password voids every proof of the account (an attacker who once knew the old password
// had one too), and so does deactivation.
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { signInDevices } from '../../../db/schema.ts';
import type { RequestMeta } from '../../../deps.ts';
import { randomToken, sha256 } from '../../../platform/crypto.ts';
import type { Client } from '../attempts/throttle.ts';

export { SIGN_IN_DEVICE_COOKIE } from '../../../platform/http/request-meta.ts';
export const SIGN_IN_DEVICE_LIFETIME_MS = 180 * 24 * 60 * 60_000;
/** Compared against when there is no account, so a known and an unknown address cost the same. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/** The client of an attempt on this account: its vouched device, or else its IP address. */
export async function clientOf(db: Db, userId: string | undefined, meta: RequestMeta, now: Date): Promise<Client> {
  if (!meta.signInDevice) return { ip: meta.ip };
  const tokenHash = sha256(meta.signInDevice);
  const [row] = await db
    .select({ userId: signInDevices.userId })
    .from(signInDevices)
    .where(and(eq(signInDevices.tokenHash, tokenHash), eq(signInDevices.userId, userId ?? NO_USER), gt(signInDevices.expiresAt, now)))
    .limit(1);
  return row ? { ip: meta.ip, vouchedDevice: tokenHash } : { ip: meta.ip };
}

/** Records that this browser signed in to the account; the cookie's value (kept when it has one). */
export async function vouchForDevice(tx: Db, userId: string, meta: RequestMeta, now: Date): Promise<string> {
  const value = meta.signInDevice && /^[A-Za-z0-9_-]{43}$/.test(meta.signInDevice) ? meta.signInDevice : randomToken(32);
  const expiresAt = new Date(now.getTime() + SIGN_IN_DEVICE_LIFETIME_MS);
  await tx
    .insert(signInDevices)
    .values({ tokenHash: sha256(value), userId, createdAt: now, expiresAt })
    .onConflictDoUpdate({ target: [signInDevices.tokenHash, signInDevices.userId], set: { expiresAt } });
  return value;
}

export async function forgetSignInDevices(tx: Db, userId: string): Promise<void> {
  await tx.delete(signInDevices).where(eq(signInDevices.userId, userId));
}
