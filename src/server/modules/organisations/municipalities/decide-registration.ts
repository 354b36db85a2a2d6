// A municipality that requires approval decides on a new accommodation: approved (the owners may
// register guests from then on) or rejected with a reason. The owners get an email either way.
import { and, eq } from 'drizzle-orm';
import { accommodations } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { accommodationDecisionMail } from '../../../platform/mail/templates.ts';
import type { Actor } from '../../identity/access.ts';
import { activeOwnersOf } from '../users/owners.ts';
import { findAccommodationInScope } from './accommodation-directory.ts';

export async function decideRegistration(deps: Deps, actor: Actor, input: { accommodationId: string; approved: boolean; reason?: string }, meta: RequestMeta) {
  const accommodation = await findAccommodationInScope(deps.db, actor.scope, input.accommodationId);
  if (!accommodation) throw notFound();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [changed] = await tx
      .update(accommodations)
      .set({ status: input.approved ? 'approved' : 'rejected', rejectionReason: input.approved ? null : (input.reason ?? null), decidedAt: now })
      .where(and(eq(accommodations.id, accommodation.id), eq(accommodations.status, 'pending')))
      .returning({ id: accommodations.id });
    if (!changed) throw new AppError('ALREADY_DECIDED');
    for (const owner of await activeOwnersOf(tx, accommodation.id)) {
      await sendMail(
        tx,
        deps.cipher,
        accommodationDecisionMail(owner.email, {
          approved: input.approved,
          companyName: accommodation.companyName,
          municipality: accommodation.municipality.name,
          reason: input.reason,
          loginUrl: `${deps.config.publicUrl}/inloggen`,
        }),
      );
    }
    await recordAudit(tx, {
      action: input.approved ? 'accommodation.approved' : 'accommodation.rejected',
      occurredAt: now,
      actorUserId: actor.user.id,
      accommodationId: accommodation.id,
      municipalityId: accommodation.municipality.id,
      ip: meta.ip,
      details: input.approved ? {} : { reason: input.reason },
    });
  });
  deps.jobs.kick();
  return findAccommodationInScope(deps.db, actor.scope, accommodation.id);
}
