// Aanslagen: the municipality records and imports them and sees them over a period; the owner
// sees those over a return period and asks for ambtshalve vermindering of the definitive one.
import type { OwnTaxAssessments, TaxAssessment, TaxAssessmentInput, TaxReductionRequest, TaxReductionRequestInput } from '../../shared/schemas/tourist-tax.ts';
import { apiRequest } from './client.ts';

export type { OwnTaxAssessments, TaxAssessment, TaxAssessmentInput, TaxReductionRequest, TaxReductionRequestInput } from '../../shared/schemas/tourist-tax.ts';

export function getMunicipalityAssessments(period: string): Promise<{ period: string; assessments: TaxAssessment[] }> {
  return apiRequest('GET', `/api/municipality/tax/assessments?period=${encodeURIComponent(period)}`);
}

export function recordAssessment(input: TaxAssessmentInput): Promise<{ assessment: TaxAssessment }> {
  return apiRequest('POST', '/api/municipality/tax/assessments', input);
}

export function importAssessmentsCsv(csv: string): Promise<{ assessments: TaxAssessment[] }> {
  return apiRequest('POST', '/api/municipality/tax/assessments/import-csv', { csv });
}

export function getOwnAssessments(period: string): Promise<OwnTaxAssessments> {
  return apiRequest('GET', `/api/tax/returns/${encodeURIComponent(period)}/assessments`);
}

export function requestReduction(period: string, input: TaxReductionRequestInput): Promise<{ request: TaxReductionRequest }> {
  return apiRequest('POST', `/api/tax/returns/${encodeURIComponent(period)}/reduction-requests`, input);
}
