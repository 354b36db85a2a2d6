// Setting up the authenticator app: a pending secret that stays the same for 15 minutes (so the
// QR code does not change while the user scans, unlike the seed's), confirmed by a code from the
// app. Confirming turns 2FA on and issues the backup code, shown once.
import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { totpCredentials, totpEnrolments } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { securityNoticeMail } from '../../../platform/mail/templates.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { newBackupCode, storeBackupCode } from '../backup-code/backup-code.ts';
import { assertMayTry, factorFailed, factorProven } from '../challenge.ts';
import { assertMayAddFactor } from '../../identity/two-factor/step-up.ts';
import type { Issued } from '../../identity/sessions/cookies.ts';
import { markTwoFactorEnabled } from '../../identity/two-factor/policy.ts';
import { matchingStep, newSecret, totpFor } from './totp.ts';

const ENROLMENT_TTL_MS = 15 * 60_000;

export interface TotpSetup {
  uri: string;
  secret: string;
  qrCode: string;
}

export async function startTotpSetup(deps: Deps, session: ActiveSession): Promise<TotpSetup> {
  await assertMayAddFactor(deps, session);
  const now = deps.clock.now();
  const userId = session.user.id;
  const [pending] = await deps.db.select().from(totpEnrolments).where(eq(totpEnrolments.userId, userId)).limit(1);
  let secret: string;
  if (pending && now.getTime() - pending.createdAt.getTime() < ENROLMENT_TTL_MS) {
    secret = deps.cipher.decrypt(pending.secretEncrypted);
  } else {
    secret = newSecret();
    const values = { userId, secretEncrypted: deps.cipher.encrypt(secret), createdAt: now };
    await deps.db.insert(totpEnrolments).values(values).onConflictDoUpdate({ target: totpEnrolments.userId, set: values });
  }
  const uri = totpFor(session.user.email, secret).toString();
  return { uri, secret, qrCode: await QRCode.toDataURL(uri, { margin: 2, width: 240, errorCorrectionLevel: 'M' }) };
}

export async function confirmTotpSetup(deps: Deps, session: ActiveSession, code: string, meta: RequestMeta): Promise<{ backupCode: string; issued: Issued }> {
  await assertMayTry(deps, session, meta);
  await assertMayAddFactor(deps, session);
  const now = deps.clock.now();
  const user = session.user;
  const [pending] = await deps.db.select().from(totpEnrolments).where(eq(totpEnrolments.userId, user.id)).limit(1);
  if (!pending || now.getTime() - pending.createdAt.getTime() >= ENROLMENT_TTL_MS) {
    // The set-up was confirmed already (another tab, a second click): that code is used.
    if (await isUsedCode(deps, user.id, user.email, code, now)) {
      return factorFailed(deps, session, 'totp', meta, new AppError('TOTP_CODE_USED'));
    }
    throw new AppError('CODE_EXPIRED');
  }
  const secret = deps.cipher.decrypt(pending.secretEncrypted);
  const step = matchingStep(totpFor(user.email, secret), code, now);
  if (step === undefined) return factorFailed(deps, session, 'totp', meta);

  const backup = await newBackupCode();
  await deps.db.transaction(async (tx) => {
    const values = { userId: user.id, secretEncrypted: pending.secretEncrypted, createdAt: now, lastUsedStep: step };
    await tx.insert(totpCredentials).values(values).onConflictDoUpdate({ target: totpCredentials.userId, set: values });
    await tx.delete(totpEnrolments).where(eq(totpEnrolments.userId, user.id));
    await storeBackupCode(tx, deps.cipher, user.id, backup, now);
    await markTwoFactorEnabled(tx, user.id, now);
    await sendMail(tx, deps.cipher, securityNoticeMail(user.email, 'two_factor_enabled', `${deps.config.publicUrl}/inloggen`));
    await recordAudit(tx, {
      action: 'two_factor.enabled',
      occurredAt: now,
      ...ownAction(user),
      ip: meta.ip,
      details: { method: 'totp' },
    });
  });
  deps.jobs.kick();
  // A forced set-up ends here: the user is now signed in; otherwise it counts as a step-up.
  const { issued } = await factorProven(deps, session, 'totp', meta);
  return { backupCode: backup.code, issued };
}

/** The code belongs to the app already set up, at a time step that was used. */
async function isUsedCode(deps: Deps, userId: string, email: string, code: string, now: Date): Promise<boolean> {
  const [credential] = await deps.db.select().from(totpCredentials).where(eq(totpCredentials.userId, userId)).limit(1);
  if (!credential) return false;
  const step = matchingStep(totpFor(email, deps.cipher.decrypt(credential.secretEncrypted)), code, now);
  return step !== undefined && step <= credential.lastUsedStep;
}
