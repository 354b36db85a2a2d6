// An aanslag as the API shows it: with the last day for bezwaar and the requests for ambtshalve
// vermindering made against it.
import type { TaxAssessment } from '../../../../shared/schemas/tourist-tax.ts';
import type { TaxAssessmentRow, TaxReductionRequestRow } from '../../../db/schema.ts';
import { objectionDeadline } from './objection-deadline.ts';

export function assessmentView(row: TaxAssessmentRow, companyName: string, requests: readonly TaxReductionRequestRow[]): TaxAssessment {
  return {
    id: row.id,
    accommodationId: row.accommodationId,
    companyName,
    period: row.period,
    kind: row.kind,
    number: row.number,
    amountCents: row.amountCents,
    datedOn: row.datedOn,
    objectionDeadline: objectionDeadline(row.datedOn),
    source: row.source,
    recordedAt: row.recordedAt.toISOString(),
    reductionRequests: requests
      .filter((r) => r.assessmentId === row.id)
      .map((r) => ({
        id: r.id,
        assessmentId: r.assessmentId,
        assessmentNumber: row.number,
        reductionCents: r.reductionCents,
        reason: r.reason,
        submittedAt: r.submittedAt.toISOString(),
      })),
  };
}

/** The aanslag that counts: the definitive one with the latest dagtekening, if any. */
export function latestDefinitive<T extends { kind: string; datedOn: string }>(rows: readonly T[]): T | undefined {
  return rows.filter((r) => r.kind === 'definitief').reduce<T | undefined>((latest, r) => (!latest || r.datedOn >= latest.datedOn ? r : latest), undefined);
}
