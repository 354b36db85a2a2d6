// The one place that decides who must have two-factor authentication and what a user may skip.
// Every entry point (sign-in, set-up, turning off, reset) asks here.
//
// - Municipality users, inspectors and admins always need 2FA.
// - Entrepreneurs (owner, staff) need it when the municipality or the company of any accommodation
//   they work for says so.
// - Whoever has 2FA keeps using it: once a second factor is bound (users.two_factor_enabled_at)
//   the account never reaches a full session on the password alone, until its user turns 2FA off
//   on purpose. With no factor left (after a reset) it sets one up again, after a code mailed to
//   its address.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
import { passkeys, totpCredentials, users, type User } from '../../db/schema.ts';

const ROLES_ALWAYS_REQUIRED = new Set<User['role']>(['admin', 'municipality', 'inspector']);

export interface TwoFactorPolicy {
  /** 2FA is mandatory for this user. */
  required: boolean;
  /** Why, for the UI: 'role' | 'municipality' | 'company' | null. */
  reason: 'role' | 'municipality' | 'company' | null;
}

export async function policyFor(db: Db, user: User): Promise<TwoFactorPolicy> {
  if (ROLES_ALWAYS_REQUIRED.has(user.role)) {
    return { required: true, reason: 'role' };
  }
  // One account may work for several accommodations; the strictest of them applies, so switching
  // between them never gets around a municipality's or company's requirement.
  const [row] = await queryRows<{ municipality: boolean; company: boolean }>(
    db,
    sql`SELECT COALESCE(bool_or(m.two_factor_required), false) AS municipality,
               COALESCE(bool_or(a.two_factor_required), false) AS company
        FROM accommodation_members am
        JOIN accommodations a ON a.id = am.accommodation_id
        JOIN municipalities m ON m.id = a.municipality_id
        WHERE am.user_id = ${user.id}`,
  );
  if (row?.municipality) return { required: true, reason: 'municipality' };
  if (row?.company) return { required: true, reason: 'company' };
  return { required: false, reason: null };
}

/** A primary second factor: the authenticator app or a passkey. SMS and the backup code are backups. */
export async function hasPrimaryFactor(db: Db, userId: string): Promise<boolean> {
  const [totp] = await db.select({ id: totpCredentials.userId }).from(totpCredentials).where(eq(totpCredentials.userId, userId)).limit(1);
  if (totp) return true;
  const [passkey] = await db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId)).limit(1);
  return passkey !== undefined;
}

/** A factor was bound: from now on the account has 2FA (kept when it was already on). */
export async function markTwoFactorEnabled(tx: Db, userId: string, now: Date): Promise<void> {
  await tx.update(users).set({ twoFactorEnabledAt: sql`COALESCE(${users.twoFactorEnabledAt}, ${now})` }).where(eq(users.id, userId));
}

/** After a reset (2FA on, no factor left) a new factor is bound only after a code mailed to the account. */
export function needsEmailProof(user: User): boolean {
  return user.twoFactorEnabledAt !== null;
}

export type AfterPassword = 'challenge' | 'enrolment' | 'full';

/**
 * What happens after a correct password: the 2FA step, the forced set-up, or signed in. On the
 * sign-in path, so asked in one query (the same facts as hasPrimaryFactor and policyFor). Any
 * factor the user can still prove, backups included, leads to the 2FA step.
 */
export async function stageAfterPassword(db: Db, user: User): Promise<AfterPassword> {
  const [facts] = await queryRows<{ has_factor: boolean; required: boolean }>(
    db,
    sql`SELECT
      EXISTS (SELECT 1 FROM totp_credentials WHERE user_id = ${user.id})
        OR EXISTS (SELECT 1 FROM passkeys WHERE user_id = ${user.id})
        OR EXISTS (SELECT 1 FROM sms_phones WHERE user_id = ${user.id} AND verified_at IS NOT NULL)
        OR EXISTS (SELECT 1 FROM backup_codes WHERE user_id = ${user.id}) AS has_factor,
      EXISTS (SELECT 1 FROM accommodation_members am
        JOIN accommodations a ON a.id = am.accommodation_id
        JOIN municipalities m ON m.id = a.municipality_id
        WHERE am.user_id = ${user.id} AND (a.two_factor_required OR m.two_factor_required)) AS required`,
  );
  if (facts?.has_factor) return 'challenge';
  const required = user.twoFactorEnabledAt !== null || facts?.required === true || ROLES_ALWAYS_REQUIRED.has(user.role);
  return required ? 'enrolment' : 'full';
}
