// The owner's side of the aanslagen: those over a return period of the session's accommodation,
// and the "Verzoek om ambtshalve vermindering" against the definitive one. Before a definitive
// aanslag a correction is a correctie-aangifte (owner-returns.ts); after it a lower amount is
// asked for here, with its reason, and the municipality decides.
import { eq } from 'drizzle-orm';
import type { OwnTaxAssessments, TaxReductionRequest, TaxReductionRequestInput } from '../../../../shared/schemas/tourist-tax.ts';
import type { Db } from '../../../db/client.ts';
import { accommodations } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import { periodOfKind, type Period } from '../periods.ts';
import { findTaxedAccommodation, settingsOf } from '../repository.ts';
import { assessmentsOfAccommodation, insertReductionRequest, reductionRequestsOf } from './assessment-queries.ts';
import { assessmentView, latestDefinitive } from './assessment-view.ts';

export interface AssessedOwner {
  userId: string;
  accommodationId: string;
}

async function ownPeriod(deps: Deps, owner: AssessedOwner, key: string) {
  const accommodation = await findTaxedAccommodation(deps.db, owner.accommodationId);
  if (!accommodation) throw notFound();
  const settings = await settingsOf(deps.db, accommodation.municipalityId);
  return { accommodation, period: periodOfKind(key, settings.period) };
}

/** Whether a definitive aanslag covers (part of) the period: then lowering is a request, not a return. */
export async function hasDefinitiveAssessment(db: Db, accommodationId: string, period: Period): Promise<boolean> {
  return latestDefinitive(await assessmentsOfAccommodation(db, accommodationId, period)) !== undefined;
}

export async function ownAssessments(deps: Deps, owner: AssessedOwner, key: string): Promise<OwnTaxAssessments> {
  const { accommodation, period } = await ownPeriod(deps, owner, key);
  const rows = await assessmentsOfAccommodation(deps.db, accommodation.id, period);
  const requests = await reductionRequestsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return {
    period: period.key,
    assessments: rows.map((row) => assessmentView(row, accommodation.companyName, requests)),
    definitive: latestDefinitive(rows) !== undefined,
  };
}

/** Files a request for ambtshalve vermindering of the period's latest definitive aanslag. */
export async function requestReduction(
  deps: Deps,
  owner: AssessedOwner,
  key: string,
  input: TaxReductionRequestInput,
  meta: RequestMeta,
): Promise<TaxReductionRequest> {
  const { accommodation, period } = await ownPeriod(deps, owner, key);
  return deps.db.transaction(async (tx) => {
    await tx.select({ id: accommodations.id }).from(accommodations).where(eq(accommodations.id, accommodation.id)).for('update');
    const assessment = latestDefinitive(await assessmentsOfAccommodation(tx, accommodation.id, period));
    if (!assessment) throw new AppError('TAX_NO_DEFINITIVE_ASSESSMENT');
    // Together the requests cannot ask for more than the aanslag came to.
    const asked = (await reductionRequestsOf(tx, [assessment.id])).reduce((sum, r) => sum + r.reductionCents, 0);
    if (asked + input.reductionCents > assessment.amountCents) throw fieldError('reductionCents', 'REDUCTION_TOO_HIGH');
    const stored = await insertReductionRequest(tx, {
      municipalityId: accommodation.municipalityId,
      accommodationId: accommodation.id,
      assessmentId: assessment.id,
      reductionCents: input.reductionCents,
      reason: input.reason,
      submittedAt: deps.clock.now(),
      submittedBy: owner.userId,
    });
    await recordAudit(tx, {
      action: 'tax.reduction_requested',
      occurredAt: deps.clock.now(),
      actorUserId: owner.userId,
      accommodationId: accommodation.id,
      municipalityId: accommodation.municipalityId,
      ip: meta.ip,
      details: { assessmentNumber: assessment.number, period: period.key, reductionCents: input.reductionCents },
    });
    return {
      id: stored.id,
      assessmentId: assessment.id,
      assessmentNumber: assessment.number,
      reductionCents: stored.reductionCents,
      reason: stored.reason,
      submittedAt: stored.submittedAt.toISOString(),
    };
  });
}
