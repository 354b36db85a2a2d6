// "Mijn account": what the signed-in user sees of their own account, including an email change
// that waits for confirmation from the new address.
import type { Deps } from '../../../deps.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { findPendingEmail } from './repository.ts';

export interface AccountView {
  name: string | null;
  email: string;
  pendingEmail: string | null;
}

export async function getAccount(deps: Deps, actor: ActiveSession): Promise<AccountView> {
  const { user } = actor;
  return { name: user.name, email: user.email, pendingEmail: await findPendingEmail(deps.db, user.id, deps.clock.now()) };
}
