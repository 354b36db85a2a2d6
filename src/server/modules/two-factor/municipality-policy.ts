// A municipality decides whether 2FA is mandatory for the entrepreneurs in it (seed:
// "2FA-verplichting ondernemers vanuit gemeente").
import { eq } from 'drizzle-orm';
import { municipalities, type User } from '../../db/schema.ts';
import type { Deps, RequestMeta } from '../../deps.ts';
import { recordAudit } from '../../platform/audit.ts';
import { forbidden } from '../../platform/errors.ts';

export async function municipalityPolicy(deps: Deps, actor: User) {
  if (actor.role !== 'municipality' || !actor.municipalityId) throw forbidden();
  const [row] = await deps.db.select({ required: municipalities.twoFactorRequired }).from(municipalities).where(eq(municipalities.id, actor.municipalityId));
  return { required: row?.required ?? false };
}

export async function setMunicipalityPolicy(deps: Deps, actor: User, required: boolean, meta: RequestMeta) {
  if (actor.role !== 'municipality' || !actor.municipalityId) throw forbidden();
  const municipalityId = actor.municipalityId;
  await deps.db.transaction(async (tx) => {
    await tx.update(municipalities).set({ twoFactorRequired: required }).where(eq(municipalities.id, municipalityId));
    await recordAudit(tx, {
      action: 'two_factor.policy_changed',
      occurredAt: deps.clock.now(),
      actorUserId: actor.id,
      municipalityId,
      ip: meta.ip,
      details: { scope: 'municipality', required },
    });
  });
  return { required };
}
