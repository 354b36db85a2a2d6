// The owner's tourist tax returns (aangifte toeristenbelasting): the periods of a year, one
// period with the register's figures, submitting it, and the PDF copy of a submitted return.
import type { SubmittedTaxReturn, TaxPeriodSummary, TaxReturnSubmission, TaxReturnView, TaxSettings } from '../../shared/schemas/tourist-tax.ts';
import { apiRequest } from './client.ts';

export type { SubmittedTaxReturn, TaxLine, TaxPeriodSummary, TaxReturnStatus, TaxReturnView, TaxRule, TaxTotals } from '../../shared/schemas/tourist-tax.ts';

export interface TaxYear {
  /** Null while the municipality has set no rates: there is nothing to declare yet. */
  settings: TaxSettings | null;
  /** Newest first. */
  periods: TaxPeriodSummary[];
}

export function listTaxReturns(year: number): Promise<TaxYear> {
  return apiRequest('GET', `/api/tax/returns?year=${encodeURIComponent(String(year))}`);
}

export function getTaxReturn(period: string): Promise<TaxReturnView> {
  return apiRequest('GET', `/api/tax/returns/${encodeURIComponent(period)}`);
}

export function submitTaxReturn(period: string, submission: TaxReturnSubmission): Promise<{ submission: SubmittedTaxReturn }> {
  return apiRequest('POST', `/api/tax/returns/${encodeURIComponent(period)}`, submission);
}

/** The age under which the municipality's rate on a day exempts children, or null (owner and staff). */
export function getChildExemption(on: string): Promise<{ underAge: number | null }> {
  return apiRequest('GET', `/api/tax/child-exemption?on=${encodeURIComponent(on)}`);
}

/** A plain link (not fetched): the browser downloads the PDF with the session cookie. */
export function taxReturnDocumentUrl(submissionId: string): string {
  return `/api/tax/return-documents/${encodeURIComponent(submissionId)}.pdf`;
}
