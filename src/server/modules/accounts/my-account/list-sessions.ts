// "Actieve sessies": where the user is signed in. Only the public id leaves the server; the
// token hash identifies the session to the cookie and is never shown.
import type { Deps } from '../../../deps.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { listFullSessions } from './repository.ts';

export interface SessionView {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export async function listSessions(deps: Deps, actor: ActiveSession): Promise<SessionView[]> {
  const now = deps.clock.now();
  const idleSince = new Date(now.getTime() - deps.config.sessionIdleMs);
  const rows = await listFullSessions(deps.db, actor.user.id, now, idleSince);
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    ip: row.ip,
    userAgent: row.userAgent,
    current: row.id === actor.id,
  }));
}
