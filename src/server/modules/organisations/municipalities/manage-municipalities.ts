// The platform operator's list of participating municipalities: adding one by its CBS code,
// renaming it, and taking it out of (or back into) the registration form.
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { municipalityUpdateSchema, newMunicipalitySchema } from '../../../../shared/schemas/organisations.ts';
import { municipalities } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { errorMessages } from '../../../platform/messages.ts';
import type { Actor } from '../../identity/access.ts';

const overview = {
  id: municipalities.id,
  code: municipalities.cbsCode,
  name: municipalities.name,
  active: municipalities.active,
  approvalRequired: municipalities.approvalRequired,
  twoFactorRequired: municipalities.twoFactorRequired,
  // Written out: Drizzle leaves column names unqualified in single-table selects.
  accommodationCount: sql<number>`(SELECT count(*)::int FROM accommodations a WHERE a.municipality_id = municipalities.id)`,
  userCount: sql<number>`(SELECT count(*)::int FROM users u WHERE u.municipality_id = municipalities.id)`,
};

export async function listMunicipalities(deps: Deps, id?: string) {
  return deps.db
    .select(overview)
    .from(municipalities)
    .where(id ? eq(municipalities.id, id) : undefined)
    .orderBy(asc(municipalities.name));
}

export async function createMunicipality(deps: Deps, actor: Actor, input: z.output<typeof newMunicipalitySchema>, meta: RequestMeta) {
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(municipalities)
      .values({ cbsCode: input.code, name: input.name })
      .onConflictDoNothing({ target: municipalities.cbsCode })
      .returning({ id: municipalities.id });
    if (!row) throw new AppError('MUNICIPALITY_EXISTS', { fields: { code: { code: 'MUNICIPALITY_EXISTS', message: errorMessages.MUNICIPALITY_EXISTS } } });
    await recordAudit(tx, {
      action: 'municipality.created',
      occurredAt: deps.clock.now(),
      actorUserId: actor.user.id,
      municipalityId: row.id,
      ip: meta.ip,
      details: { code: input.code, name: input.name },
    });
    return row.id;
  });
  const [municipality] = await listMunicipalities(deps, id);
  return municipality;
}

export async function updateMunicipality(deps: Deps, actor: Actor, id: string, input: z.output<typeof municipalityUpdateSchema>, meta: RequestMeta) {
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.update(municipalities).set(input).where(eq(municipalities.id, id)).returning({ id: municipalities.id });
    if (!row) throw notFound();
    await recordAudit(tx, {
      action: 'municipality.updated',
      occurredAt: deps.clock.now(),
      actorUserId: actor.user.id,
      municipalityId: id,
      ip: meta.ip,
      details: input,
    });
  });
  const [municipality] = await listMunicipalities(deps, id);
  return municipality;
}
