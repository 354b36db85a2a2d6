// Removing one of the user's own passkeys, right after a fresh second factor (step-up). A user who
// must have 2FA keeps at least one primary factor: they add another one before removing the last.
import { and, eq } from 'drizzle-orm';
import { passkeys } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { assertRecentSecondFactor } from '../../identity/two-factor/step-up.ts';
import { twoFactorOf } from '../../identity/two-factor/policy.ts';

export async function removePasskey(deps: Deps, session: ActiveSession, passkeyId: string, meta: RequestMeta): Promise<void> {
  const user = session.user;
  await deps.db.transaction(async (tx) => {
    // Locking all of the user's passkeys makes two removals at once see each other, so together
    // they cannot take away the last one.
    const own = await tx.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, user.id)).for('update');
    if (!own.some((p) => p.id === passkeyId)) throw notFound();
    await tx.delete(passkeys).where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, user.id)));
    // Asked after the delete so the one place that knows what counts as a primary factor decides;
    // throwing rolls the delete back. Before the step-up: no point confirming what is refused.
    if ((await twoFactorOf(tx, user)).primaryFactorMissing) {
      throw new AppError('TWO_FACTOR_MANDATORY');
    }
    assertRecentSecondFactor(deps, session, true);
    await recordAudit(tx, {
      action: 'two_factor.passkey_removed',
      occurredAt: deps.clock.now(),
      ...ownAction(user),
      ip: meta.ip,
      details: { passkeyId },
    });
  });
}
