// "Uitloggen" next to one session in "Actieve sessies": ends that session at once. Someone
// else's session id answers the same 404 as an unknown one.
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import { notFound } from '../../../platform/errors.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { deleteOwnSession } from './repository.ts';

export async function revokeSession(deps: Deps, actor: ActiveSession, input: { sessionId: string }, meta: RequestMeta): Promise<void> {
  const { user } = actor;
  await deps.db.transaction(async (tx) => {
    if (!(await deleteOwnSession(tx, user.id, input.sessionId))) throw notFound();
    await recordAudit(tx, {
      action: 'session.revoked',
      occurredAt: deps.clock.now(),
      ...ownAction(user),
      ip: meta.ip,
      details: { sessionId: input.sessionId, current: input.sessionId === actor.id },
    });
  });
}
