// "Naam": the user's own display name (shown in the user menu and to those who manage the account).
import type { Deps, RequestMeta } from '../../../deps.ts';
import { ownAction, recordAudit } from '../../../platform/audit.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { updateName } from './repository.ts';

export async function changeName(deps: Deps, actor: ActiveSession, input: { name: string }, meta: RequestMeta): Promise<{ name: string }> {
  const { user } = actor;
  if (user.name === input.name) return { name: input.name };
  await deps.db.transaction(async (tx) => {
    await updateName(tx, user.id, input.name);
    await recordAudit(tx, { action: 'account.name_changed', occurredAt: deps.clock.now(), ...ownAction(user), ip: meta.ip });
  });
  return { name: input.name };
}
