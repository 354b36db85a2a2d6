// "Nieuwe backupcode maken": a new backup code replaces the old one (lost, or never confirmed as
// stored), after a step-up like every sensitive 2FA change. It is shown until "Gereed", like the
// code of the set-up.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { twoFactorOf } from '../../identity/two-factor/policy.ts';
import { assertRecentSecondFactor } from '../../identity/two-factor/step-up.ts';
import { newBackupCode, storeBackupCode } from './backup-code.ts';

export async function renewBackupCode(deps: Deps, session: ActiveSession, meta: RequestMeta): Promise<{ backupCode: string }> {
  const user = session.user;
  if (!(await twoFactorOf(deps.db, user)).enabled) throw new AppError('TWO_FACTOR_NOT_ENABLED');
  assertRecentSecondFactor(deps, session, true);
  // Hashed before the transaction (argon2 takes a while).
  const next = await newBackupCode();
  const now = deps.clock.now();
  // Issued on the step-up that allowed it: this session (and one that proves a factor later) sees
  // it after a reload; a session whose last proof is older does not (backup-code.ts).
  // assertRecentSecondFactor has just checked that the step-up exists.
  const issuedOn = session.secondFactorAt ?? now;
  await deps.db.transaction(async (tx) => {
    await storeBackupCode(tx, deps.cipher, user.id, next, issuedOn);
    await recordAudit(tx, {
      action: 'two_factor.backup_code_issued',
      occurredAt: now,
      ...ownAction(user),
      ip: meta.ip,
      details: { reason: 'renewed' },
    });
  });
  return { backupCode: next.code };
}
