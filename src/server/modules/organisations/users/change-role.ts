// An owner makes a user of their accommodation owner or staff (admins may too). The last active
// owner cannot be made staff, so a company never locks itself out. An owner made staff can no
// longer make API tokens, so the ones they made are revoked.
import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { revokeTokensOfMaker } from './revoke-maker-tokens.ts';
import type { Actor } from '../../identity/access.ts';
import { assertNotLastOwner } from './owners.ts';
import { controlsEveryMembership, userInReach } from './reach.ts';

export async function changeRole(deps: Deps, actor: Actor, input: { userId: string; role: 'owner' | 'staff' }, meta: RequestMeta) {
  const target = await userInReach(deps.db, actor.user, input.userId);
  if (!target) throw notFound();
  if (target.role !== 'owner' && target.role !== 'staff') throw new AppError('ROLE_INVALID');
  if (target.role !== input.role) {
    await deps.db.transaction(async (tx) => {
      if (input.role === 'staff') await assertNotLastOwner(tx, target.id);
      if (!(await controlsEveryMembership(tx, actor.user, target.id))) throw new AppError('MEMBER_ELSEWHERE');
      await tx.update(users).set({ role: input.role }).where(eq(users.id, target.id));
      await recordAudit(tx, {
        action: 'user.role_changed',
        occurredAt: deps.clock.now(),
        actorUserId: actor.user.id,
        subjectUserId: target.id,
        accommodationId: target.accommodationId,
        municipalityId: target.municipalityId,
        ip: meta.ip,
        details: { from: target.role, to: input.role },
      });
      if (input.role === 'staff') await revokeTokensOfMaker(tx, deps, { maker: target, actorUserId: actor.user.id, loss: 'no_longer_owner' }, meta);
    });
    deps.jobs.kick();
  }
  return userInReach(deps.db, actor.user, target.id);
}
