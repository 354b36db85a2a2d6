// "Meldingen": an accommodation's reports of its start, takeover, move or closure to the
// municipality; the owner makes them, the municipality reads those of all its accommodations.
import type { AccommodationReportInput, ReportKind } from '../../shared/schemas/inspection.ts';
import { apiRequest } from './client.ts';

export interface AccommodationReport {
  id: string;
  kind: ReportKind;
  effectiveDate: string;
  details: string;
  reportedAt: string;
  reportedBy: string | null;
  accommodation: { id: string; companyName: string; address: string; city: string };
}

export interface ReportPage {
  total: number;
  page: number;
  pageSize: number;
  reports: AccommodationReport[];
}

export function listOwnReports(): Promise<{ reports: AccommodationReport[] }> {
  return apiRequest('GET', '/api/accommodation/reports');
}

export function submitReport(input: AccommodationReportInput): Promise<{ report: AccommodationReport }> {
  return apiRequest('POST', '/api/accommodation/reports', input);
}

export function listMunicipalityReports(page: number): Promise<ReportPage> {
  return apiRequest('GET', page > 1 ? `/api/municipality/reports?page=${page}` : '/api/municipality/reports');
}
