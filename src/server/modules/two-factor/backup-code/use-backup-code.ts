// Signing in (or stepping up) with the backup code when the phone is lost (seed 000: "om u aan te
// melden of om 2FA uit te schakelen"). The code signs in once; a new one is issued at once and
// shown after the sign-in (refresh-safe, backup-code.ts). Every other factor stays: an account
// with 2FA never falls back to the password alone unless its user turns 2FA off on purpose.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { securityNoticeMail } from '../../../platform/mail/templates.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { assertMayTry, factorFailed, factorProven, type Proven } from '../challenge.ts';
import { consumeBackupCode, newBackupCode, storeBackupCode } from './backup-code.ts';

export async function useBackupCode(deps: Deps, session: ActiveSession, code: string, meta: RequestMeta): Promise<Proven> {
  await assertMayTry(deps, session, meta);
  const user = session.user;
  // Hashed before the transaction (argon2 takes a while); used only when the code was right.
  const next = await newBackupCode();
  const now = deps.clock.now();
  const used = await deps.db.transaction(async (tx) => {
    if (!(await consumeBackupCode(tx, user.id, code))) return false;
    await storeBackupCode(tx, deps.cipher, user.id, next, now);
    await sendMail(tx, deps.cipher, securityNoticeMail(user.email, 'backup_code_used', `${deps.config.publicUrl}/inloggen`));
    await recordAudit(tx, { action: 'two_factor.backup_code_used', occurredAt: now, ...ownAction(user), ip: meta.ip });
    await recordAudit(tx, { action: 'two_factor.backup_code_issued', occurredAt: now, ...ownAction(user), ip: meta.ip });
    return true;
  });
  if (!used) return factorFailed(deps, session, 'backup_code', meta);
  deps.jobs.kick();
  return factorProven(deps, session, 'backup_code', meta);
}
