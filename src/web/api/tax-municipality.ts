// Tourist tax for municipality users: the rules (tarieven) and return period, the returns of all
// accommodations per period with their exports, and the statistics of overnight stays.
import type { MunicipalityTaxOverview, TaxRule, TaxRuleInput, TaxSettings, TaxStatistics } from '../../shared/schemas/tourist-tax.ts';
import { apiRequest } from './client.ts';

export type { MunicipalityTaxOverview, MunicipalityTaxRow, TaxRule, TaxRuleInput, TaxSettings, TaxStatistics } from '../../shared/schemas/tourist-tax.ts';

export interface TaxConfiguration {
  settings: TaxSettings;
  /** Sorted by accommodation type, stars and start date. */
  rules: TaxRule[];
}

export function getTaxConfiguration(): Promise<TaxConfiguration> {
  return apiRequest('GET', '/api/municipality/tax/settings');
}

export function saveTaxSettings(settings: TaxSettings): Promise<{ settings: TaxSettings }> {
  return apiRequest('PUT', '/api/municipality/tax/settings', settings);
}

export function addTaxRule(rule: TaxRuleInput): Promise<{ rule: TaxRule }> {
  return apiRequest('POST', '/api/municipality/tax/rules', rule);
}

/** Only a version that has not started yet can be withdrawn (409 TAX_RULE_IN_EFFECT otherwise). */
export function withdrawTaxRule(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/municipality/tax/rules/${encodeURIComponent(id)}`);
}

/** `period` is of the municipality's period kind: '2026', '2026-Q1' or '2026-03'. */
export function getTaxReturns(period: string): Promise<MunicipalityTaxOverview> {
  return apiRequest('GET', `/api/municipality/tax/returns?period=${encodeURIComponent(period)}`);
}

/** The address of a period's returns as a file for the municipality's tax system. */
export function taxReturnsExportHref(period: string, format: 'csv' | 'xlsx'): string {
  return `/api/municipality/tax/returns.${format}?period=${encodeURIComponent(period)}`;
}

export function getTaxStatistics(year: number): Promise<TaxStatistics> {
  return apiRequest('GET', `/api/municipality/tax/statistics?year=${year}`);
}
