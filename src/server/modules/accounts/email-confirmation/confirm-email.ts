// "Code invullen": confirms the email address with the emailed code.
import { eq } from 'drizzle-orm';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { users } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { consumeCode } from '../../identity/one-time-codes.ts';
import { findUserById } from '../../identity/users.repository.ts';

export async function confirmEmail(deps: Deps, code: string, meta: RequestMeta): Promise<void> {
  await enforceLimit(deps.limiter, `code-submit:${meta.ip}`, deps.limits.codeSubmitPerIp);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const userId = await consumeCode(tx, 'email_confirmation', code, now);
    const user = await findUserById(tx, userId);
    await tx.update(users).set({ emailConfirmedAt: now }).where(eq(users.id, userId));
    await recordAudit(tx, {
      action: 'email.confirmed',
      occurredAt: now,
      actorUserId: userId,
      subjectUserId: userId,
      accommodationId: user?.accommodationId,
      municipalityId: user?.municipalityId,
      ip: meta.ip,
    });
  });
}
