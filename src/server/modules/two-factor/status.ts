// What the account settings show about 2FA, and the methods offered at the sign-in step.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { backupCodes, passkeys, smsPhones, totpCredentials } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { ActiveSession } from '../identity/sessions/sessions.ts';
import { backupCodeState, pendingBackupCode } from './backup-code/backup-code.ts';
import { listTrustedDevices } from '../identity/devices/trusted-device.ts';
import { twoFactorOf } from '../identity/two-factor/policy.ts';

export async function methodsOf(db: Db, userId: string) {
  const [totp] = await db.select({ at: totpCredentials.createdAt }).from(totpCredentials).where(eq(totpCredentials.userId, userId));
  const [backup] = await db.select({ at: backupCodes.createdAt }).from(backupCodes).where(eq(backupCodes.userId, userId));
  const [phone] = await db.select().from(smsPhones).where(eq(smsPhones.userId, userId));
  const keys = await db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId));
  return {
    totp: totp !== undefined,
    backupCode: backup !== undefined,
    sms: phone ? { phone: phone.phone, verified: phone.verifiedAt !== null } : null,
    passkeys: keys,
  };
}

export async function twoFactorStatus(deps: Deps, session: ActiveSession) {
  const { db } = deps;
  const user = session.user;
  const [policy, methods, devices, newBackupCode, backupState] = await Promise.all([
    twoFactorOf(db, user),
    methodsOf(db, user.id),
    listTrustedDevices(db, user.id, deps.clock.now()),
    pendingBackupCode(db, deps.cipher, user.id, session.secondFactorAt),
    backupCodeState(db, user.id),
  ]);
  return {
    required: policy.required,
    reason: policy.reason,
    /** On until turned off on purpose, also while a factor is being set up again after a reset. */
    enabled: policy.enabled,
    ...methods,
    /** A new backup code not yet confirmed as stored ("Gereed"): shown until then. */
    newBackupCode,
    /**
     * "Bewaard" only after "Gereed"; 'unconfirmed' also when this session may not see the code
     * (a step-up shows it).
     */
    backupCodeState: backupState,
    /** Set-up after a reset: the code mailed to the account must be entered first. */
    emailCodeRequired: session.stage === 'enrolment' && policy.needsEmailProof && !session.emailProvenAt,
    trustedDevices: devices,
  };
}
