// The municipality's overview of the aanslagen over a period, with the requests for ambtshalve
// vermindering its accommodations made against them.
import type { TaxAssessment } from '../../../../shared/schemas/tourist-tax.ts';
import type { Deps } from '../../../deps.ts';
import { parsePeriod } from '../periods.ts';
import { assessmentsOfMunicipality, companyNames, reductionRequestsOf } from './assessment-queries.ts';
import { assessmentView } from './assessment-view.ts';

export async function municipalityAssessments(deps: Deps, municipalityId: string, key: string): Promise<{ period: string; assessments: TaxAssessment[] }> {
  const period = parsePeriod(key);
  const rows = await assessmentsOfMunicipality(deps.db, municipalityId, period);
  const names = await companyNames(deps.db, [...new Set(rows.map((r) => r.accommodationId))]);
  const requests = await reductionRequestsOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return { period: period.key, assessments: rows.map((row) => assessmentView(row, names.get(row.accommodationId) ?? '', requests)) };
}
