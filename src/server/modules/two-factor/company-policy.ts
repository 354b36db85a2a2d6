// The owner's choice to make 2FA mandatory for their company (seed: "Als de gemeente het niet
// verplicht stelt, kun je ervoor kiezen om het toch voor je bedrijf te activeren").
import { eq } from 'drizzle-orm';
import { accommodations, type User } from '../../db/schema.ts';
import type { Deps, RequestMeta } from '../../deps.ts';
import { recordAudit } from '../../platform/audit.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { twoFactorOf } from '../identity/two-factor/policy.ts';

export async function setCompanyPolicy(deps: Deps, actor: User, required: boolean, meta: RequestMeta) {
  if (!actor.accommodationId) throw notFound();
  if (actor.role !== 'owner') throw forbidden();
  const accommodationId = actor.accommodationId;
  await deps.db.transaction(async (tx) => {
    await tx.update(accommodations).set({ twoFactorRequired: required }).where(eq(accommodations.id, accommodationId));
    await recordAudit(tx, {
      action: 'two_factor.policy_changed',
      occurredAt: deps.clock.now(),
      actorUserId: actor.id,
      accommodationId,
      ip: meta.ip,
      details: { scope: 'company', required },
    });
  });
  const { required: nowRequired, reason } = await twoFactorOf(deps.db, actor);
  return { required: nowRequired, reason };
}
