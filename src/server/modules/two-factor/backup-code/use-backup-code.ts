// Signing in (or stepping up) with the backup code when the phone is lost. The code is used up,
// and so is the authenticator app it stood in for: the user sets the app up again (and gets a new
// backup code) or, where 2FA is not mandatory, may turn 2FA off.
import { eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { totpCredentials } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { securityNoticeMail } from '../../../platform/mail/templates.ts';
import type { ActiveSession } from '../../accounts/sessions/sessions.ts';
import { assertMayTry, factorFailed, factorProven, type FactorProven } from '../challenge.ts';
import { hasPrimaryFactor, policyFor } from '../policy.ts';
import { consumeBackupCode } from './backup-code.ts';

export async function useBackupCode(
  deps: Deps,
  reply: FastifyReply,
  session: ActiveSession,
  code: string,
  meta: RequestMeta,
): Promise<FactorProven> {
  await assertMayTry(deps, session);
  const user = session.user;
  const used = await deps.db.transaction(async (tx) => {
    if (!(await consumeBackupCode(tx, user.id, code))) return false;
    await tx.delete(totpCredentials).where(eq(totpCredentials.userId, user.id));
    await sendMail(tx, deps.cipher, securityNoticeMail(user.email, 'backup_code_used', `${deps.config.publicUrl}/inloggen`));
    await recordAudit(tx, {
      action: 'two_factor.backup_code_used',
      occurredAt: deps.clock.now(),
      ...ownAction(user),
      ip: meta.ip,
    });
    return true;
  });
  if (!used) return factorFailed(deps, session, 'backup_code', meta);
  deps.jobs.kick();
  const mustSetUp = !(await hasPrimaryFactor(deps.db, user.id)) && (await policyFor(deps.db, user)).required;
  return factorProven(deps, reply, session, 'backup_code', meta, { next: mustSetUp ? 'enrolment' : 'full' });
}
