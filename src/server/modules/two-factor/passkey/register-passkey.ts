// Adding a passkey: checks the browser's answer against the stored challenge, keeps the public
// key, tells the user by mail and, the first time, issues the backup code (shown once). In the
// forced set-up this is the moment the user becomes signed in.
import { verifyRegistrationResponse, type VerifiedRegistrationResponse } from '@simplewebauthn/server';
import { eq } from 'drizzle-orm';
import type { RegistrationResponseInput } from '../../../../shared/schemas/two-factor.ts';
import { backupCodes, passkeys } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { securityNoticeMail } from '../../../platform/mail/templates.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { newBackupCode, storeBackupCode } from '../backup-code/backup-code.ts';
import { markTwoFactorEnabled } from '../../identity/two-factor/policy.ts';
import { factorProven } from '../challenge.ts';
import type { Issued } from '../../identity/sessions/cookies.ts';
import { takeChallenge } from './challenges.ts';
import { knownTransports, relyingParty, toBase64url, toRegistrationResponse } from './relying-party.ts';

export interface RegisteredPasskey {
  passkey: { id: string; name: string; createdAt: string };
  /** Only when the user had none yet. */
  backupCode?: string;
  /** The credentials to set as cookies when this ended a forced set-up. */
  issued: Issued;
}

const passkeyFailed = () => new AppError('PASSKEY_FAILED');

export async function registerPasskey(
  deps: Deps,
  session: ActiveSession,
  input: { name: string; response: RegistrationResponseInput },
  meta: RequestMeta,
): Promise<RegisteredPasskey> {
  const user = session.user;
  const now = deps.clock.now();
  const challenge = await takeChallenge(deps.db, session.tokenHash, 'register', now);
  if (challenge === undefined) throw passkeyFailed();
  const credential = await verifiedCredential(deps, input.response, challenge);

  const [existingBackup] = await deps.db.select({ userId: backupCodes.userId }).from(backupCodes).where(eq(backupCodes.userId, user.id)).limit(1);
  // Hashed before the transaction: argon2 takes a while.
  const backup = existingBackup ? undefined : await newBackupCode();

  const audit = {
    occurredAt: now,
    ...ownAction(user),
    ip: meta.ip,
  };
  const stored = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(passkeys)
      .values({
        userId: user.id,
        credentialId: credential.id,
        publicKey: toBase64url(credential.publicKey),
        counter: credential.counter,
        transports: knownTransports(credential.transports),
        name: input.name,
        createdAt: now,
      })
      // A credential already registered (to anyone) is refused rather than moved.
      .onConflictDoNothing({ target: passkeys.credentialId })
      .returning({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt });
    if (!row) throw passkeyFailed();
    await markTwoFactorEnabled(tx, user.id, now);
    if (backup) {
      await storeBackupCode(tx, deps.cipher, user.id, backup, now);
      await recordAudit(tx, { ...audit, action: 'two_factor.backup_code_issued' });
    }
    await sendMail(tx, deps.cipher, securityNoticeMail(user.email, 'passkey_added', `${deps.config.publicUrl}/inloggen`));
    await recordAudit(tx, { ...audit, action: 'two_factor.passkey_added', details: { passkeyId: row.id } });
    return row;
  });
  deps.jobs.kick();
  // Registering with user verification proves the new passkey: it ends a forced set-up, and in a
  // signed-in session it counts as a fresh second factor (as confirming a new app code does).
  const { issued } = await factorProven(deps, session, 'passkey', meta);
  return {
    passkey: { id: stored.id, name: stored.name, createdAt: stored.createdAt.toISOString() },
    ...(backup ? { backupCode: backup.code } : {}),
    issued,
  };
}

type Credential = NonNullable<VerifiedRegistrationResponse['registrationInfo']>['credential'];

/** The new credential, or PASSKEY_FAILED for anything the library refuses or cannot read. */
async function verifiedCredential(deps: Deps, response: RegistrationResponseInput, challenge: string): Promise<Credential> {
  const rp = relyingParty(deps.config);
  let result: VerifiedRegistrationResponse;
  try {
    result = await verifyRegistrationResponse({
      response: toRegistrationResponse(response),
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch (error) {
    // Malformed or forged input lands here as well as honest mismatches; the details are for the log.
    deps.log.info({ err: error }, 'passkey registration refused');
    throw passkeyFailed();
  }
  if (!result.verified) throw passkeyFailed();
  return result.registrationInfo.credential;
}
