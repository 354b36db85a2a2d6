// Deactivating a user ends their sessions at once, keeps them from signing in and revokes the API
// tokens they made; reactivating lets them sign in again (the tokens stay revoked). An owner
// cannot deactivate the last active owner of an accommodation.
import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { forgetSignInDevices } from '../../identity/devices/sign-in-device.ts';
import { deleteUserSessions } from '../../identity/sessions/sessions.ts';
import { revokeTokensOfMaker } from './revoke-maker-tokens.ts';
import { forgetAllDevices } from '../../identity/devices/trusted-device.ts';
import type { Actor } from '../../identity/access.ts';
import { assertNotLastOwner } from './owners.ts';
import { controlsEveryMembership, userInReach } from './reach.ts';

export async function setUserActive(deps: Deps, actor: Actor, input: { userId: string; active: boolean }, meta: RequestMeta): Promise<void> {
  const target = await userInReach(deps.db, actor.user, input.userId);
  if (!target) throw notFound();
  if (target.active === input.active) return;
  await deps.db.transaction(async (tx) => {
    if (!input.active && target.role === 'owner' && actor.user.role === 'owner') await assertNotLastOwner(tx, target.id);
    if (!(await controlsEveryMembership(tx, actor.user, target.id))) throw new AppError('MEMBER_ELSEWHERE');
    await tx.update(users).set({ active: input.active }).where(eq(users.id, target.id));
    if (!input.active) {
      await deleteUserSessions(tx, target.id);
      // A reactivated account starts without remembered browsers.
      await forgetAllDevices(tx, target.id);
      await forgetSignInDevices(tx, target.id);
      await revokeTokensOfMaker(tx, deps, { maker: target, actorUserId: actor.user.id, loss: 'deactivated' }, meta);
    }
    await recordAudit(tx, {
      action: input.active ? 'user.reactivated' : 'user.deactivated',
      occurredAt: deps.clock.now(),
      actorUserId: actor.user.id,
      subjectUserId: target.id,
      accommodationId: target.accommodationId,
      municipalityId: target.municipalityId,
      ip: meta.ip,
    });
  });
  deps.jobs.kick();
}
