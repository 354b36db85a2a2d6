// The set-up after a reset: the password alone never binds a new factor to an account that had
// 2FA. Signing in sends a code to the account's address (issueRecoveryCode); entering it in the
// same set-up session (proveEmail) lets that session bind a factor (challenge.ts,
// assertMayAddFactor). Someone who has only the password gets no further than this page.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessions, type User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { twoFactorRecoveryMail } from '../../../platform/mail/templates.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { consumeCode, issueCode } from '../one-time-codes.ts';
import type { ActiveSession } from '../sessions/sessions.ts';

export const SET_UP_PATH = '/app/tweefactor/instellen';

/** Mails a new code (revoking the earlier one), in the transaction of the sign-in that needs it. */
export async function issueRecoveryCode(tx: Db, deps: Pick<Deps, 'cipher' | 'config'>, user: User, now: Date): Promise<void> {
  const code = await issueCode(tx, user.id, 'two_factor_recovery', now);
  const url = `${deps.config.publicUrl}${SET_UP_PATH}?code=${code}`;
  await sendMail(tx, deps.cipher, twoFactorRecoveryMail(user.email, url, code));
}

/** "Ik heb geen code ontvangen.": a new code, within the per-account limit of mailed requests. */
export async function resendRecoveryCode(deps: Deps, session: ActiveSession): Promise<void> {
  await enforceLimit(deps.limiter, `recovery-code:${session.user.id}`, deps.limits.emailRequestPerAccount);
  await deps.db.transaction((tx) => issueRecoveryCode(tx, deps, session.user, deps.clock.now()));
  deps.jobs.kick();
}

export async function proveEmail(deps: Deps, session: ActiveSession, code: string, meta: RequestMeta): Promise<void> {
  await enforceLimit(deps.limiter, `code-submit:${meta.ip}`, deps.limits.codeSubmitPerIp);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const userId = await consumeCode(tx, 'two_factor_recovery', code, now);
    // Another account's code is no code at all here; throwing rolls its use back.
    if (userId !== session.user.id) throw new AppError('CODE_INVALID');
    await tx.update(sessions).set({ emailProvenAt: now }).where(eq(sessions.tokenHash, session.tokenHash));
    await recordAudit(tx, { action: 'two_factor.email_proven', occurredAt: now, ...ownAction(session.user), ip: meta.ip });
  });
}
