// "Emailadres bevestigen": the code mailed to the new address changes the account's address. The
// old address is told, so a change made by someone else does not go unnoticed. Needs no session:
// the link may be opened on another device than the one that asked for the change.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError, isUniqueViolation } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { emailChangedMail } from '../../../platform/mail/templates.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { consumeEmailChangeCode } from '../../identity/one-time-codes.ts';
import { findUserByEmail, findUserById } from '../../identity/users.repository.ts';
import { updateEmail } from './repository.ts';

export async function confirmEmailChange(deps: Deps, input: { code: string }, meta: RequestMeta): Promise<{ email: string }> {
  await enforceLimit(deps.limiter, `code-submit:${meta.ip}`, deps.limits.codeSubmitPerIp);
  const now = deps.clock.now();
  let result: { email: string };
  try {
    result = await deps.db.transaction(async (tx) => {
      const { userId, newEmail } = await consumeEmailChangeCode(tx, input.code, now);
      const user = await findUserById(tx, userId);
      if (!user) throw new Error('code without user');
      // Someone registered the address after the code was sent; the rollback keeps the code unused.
      const holder = await findUserByEmail(tx, newEmail);
      if (holder && holder.id !== userId) throw new AppError('EMAIL_TAKEN');
      await updateEmail(tx, userId, newEmail, now);
      await sendMail(tx, deps.cipher, emailChangedMail(user.email, newEmail));
      await recordAudit(tx, {
        action: 'account.email_changed',
        occurredAt: now,
        ...ownAction(user),
        ip: meta.ip,
        details: { from: user.email, to: newEmail },
      });
      return { email: newEmail };
    });
  } catch (error) {
    // The same address taken at the very same moment by a registration.
    if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN');
    throw error;
  }
  deps.jobs.kick();
  return result;
}
