// The one place that decides who must have two-factor authentication, what happens after the
// password and what a user may skip: the facts of an account are read in one query
// (twoFactorFacts) and a pure function decides (decide). Every entry point (sign-in, set-up,
// removing a factor, turning off, step-up, reset) asks here.
//
// - Municipality users, inspectors and admins always need 2FA.
// - Entrepreneurs (owner, staff) need it when the municipality or the company of any accommodation
//   they work for says so: the strictest of them, so switching accommodations never gets around it.
// - Whoever has 2FA keeps using it: once a second factor is bound (users.two_factor_enabled_at)
//   the account never reaches a full session on the password alone, until its user turns 2FA off
//   on purpose. With no factor left (after a reset) it sets one up again, after a code mailed to
//   its address.
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/client.ts';
import { users, type Role, type User } from '../../../db/schema.ts';

export type FactorMethod = 'totp' | 'backup_code' | 'sms' | 'passkey';

const ROLES_ALWAYS_REQUIRED = new Set<Role>(['admin', 'municipality', 'inspector']);

/** What the decision rests on: the account, the factors it holds, its organisations' policies. */
export interface TwoFactorFacts {
  role: Role;
  /** When a factor was first bound; cleared only by turning 2FA off. */
  enabledAt: Date | null;
  totp: boolean;
  passkey: boolean;
  /** A confirmed phone. */
  sms: boolean;
  backupCode: boolean;
  municipalityRequires: boolean;
  companyRequires: boolean;
}

export interface TwoFactorDecision {
  /** 2FA is mandatory for this user. */
  required: boolean;
  /** Why, for the UI. */
  reason: 'role' | 'municipality' | 'company' | null;
  /** An authenticator app or a passkey (SMS and the backup code are backups). */
  hasPrimaryFactor: boolean;
  /** On: bound once and not turned off, or a primary factor in place. */
  enabled: boolean;
  /** Mandatory, and no app or passkey: it must be set up before one can be taken away. */
  primaryFactorMissing: boolean;
  /** After a reset (on, nothing left) a new factor is bound only after a code mailed to the account. */
  needsEmailProof: boolean;
  /** After a correct password: the 2FA step, the forced set-up, or signed in. */
  afterPassword: 'challenge' | 'enrolment' | 'full';
  /** The methods offered at the sign-in step, in the order they are offered. */
  challengeMethods: FactorMethod[];
}

export function decide(facts: TwoFactorFacts): TwoFactorDecision {
  const reason = ROLES_ALWAYS_REQUIRED.has(facts.role) ? 'role' : facts.municipalityRequires ? 'municipality' : facts.companyRequires ? 'company' : null;
  const required = reason !== null;
  const hasPrimaryFactor = facts.totp || facts.passkey;
  const challengeMethods: FactorMethod[] = [
    ...(facts.totp ? (['totp'] as const) : []),
    ...(facts.passkey ? (['passkey'] as const) : []),
    ...(facts.sms ? (['sms'] as const) : []),
    ...(facts.backupCode ? (['backup_code'] as const) : []),
  ];
  const enabled = facts.enabledAt !== null || hasPrimaryFactor;
  return {
    required,
    reason,
    hasPrimaryFactor,
    enabled,
    primaryFactorMissing: required && !hasPrimaryFactor,
    needsEmailProof: facts.enabledAt !== null,
    // Any factor the user can still prove, backups included, leads to the 2FA step.
    afterPassword: challengeMethods.length > 0 ? 'challenge' : required || facts.enabledAt !== null ? 'enrolment' : 'full',
    challengeMethods,
  };
}

/** The facts of one account, in one query (it is on the sign-in path). */
export async function twoFactorFacts(db: Db, user: User): Promise<TwoFactorFacts> {
  const [row] = await queryRows<{
    enabled_at: Date | string | null;
    totp: boolean;
    passkey: boolean;
    sms: boolean;
    backup_code: boolean;
    municipality: boolean;
    company: boolean;
  }>(
    db,
    sql`SELECT
      (SELECT two_factor_enabled_at FROM users WHERE id = ${user.id}) AS enabled_at,
      EXISTS (SELECT 1 FROM totp_credentials WHERE user_id = ${user.id}) AS totp,
      EXISTS (SELECT 1 FROM passkeys WHERE user_id = ${user.id}) AS passkey,
      EXISTS (SELECT 1 FROM sms_phones WHERE user_id = ${user.id} AND verified_at IS NOT NULL) AS sms,
      EXISTS (SELECT 1 FROM backup_codes WHERE user_id = ${user.id}) AS backup_code,
      COALESCE((SELECT bool_or(m.two_factor_required) FROM accommodation_members am
        JOIN accommodations a ON a.id = am.accommodation_id
        JOIN municipalities m ON m.id = a.municipality_id
        WHERE am.user_id = ${user.id}), false) AS municipality,
      COALESCE((SELECT bool_or(a.two_factor_required) FROM accommodation_members am
        JOIN accommodations a ON a.id = am.accommodation_id
        WHERE am.user_id = ${user.id}), false) AS company`,
  );
  return {
    role: user.role,
    enabledAt: row?.enabled_at ? new Date(row.enabled_at) : null,
    totp: row?.totp === true,
    passkey: row?.passkey === true,
    sms: row?.sms === true,
    backupCode: row?.backup_code === true,
    municipalityRequires: row?.municipality === true,
    companyRequires: row?.company === true,
  };
}

/** The decision for one account, from its facts as they are now. */
export async function twoFactorOf(db: Db, user: User): Promise<TwoFactorDecision> {
  return decide(await twoFactorFacts(db, user));
}

/** A factor was bound: from now on the account has 2FA (kept when it was already on). */
export async function markTwoFactorEnabled(tx: Db, userId: string, now: Date): Promise<void> {
  await tx
    .update(users)
    .set({ twoFactorEnabledAt: sql`COALESCE(${users.twoFactorEnabledAt}, ${now})` })
    .where(eq(users.id, userId));
}
