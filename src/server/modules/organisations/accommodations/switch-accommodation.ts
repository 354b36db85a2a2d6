// An owner or staff member with several accommodations chooses the one to work in; the choice
// belongs to the session, so two browser tabs of two devices can work in different ones.
import { eq } from 'drizzle-orm';
import { sessions } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { isMember } from './repository.ts';

export async function switchAccommodation(deps: Deps, session: ActiveSession, accommodationId: string) {
  if (!(await isMember(deps.db, session.user.id, accommodationId))) throw notFound();
  await deps.db.update(sessions).set({ accommodationId }).where(eq(sessions.tokenHash, session.tokenHash));
  return { ...session.user, accommodationId };
}
