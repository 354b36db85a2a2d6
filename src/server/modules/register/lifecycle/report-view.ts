// A report as the API shows it to the accommodation and to its municipality.
import type { ReportRow } from './repository.ts';

export function reportView(row: Omit<ReportRow, 'accommodation'> & { accommodation: { id: string; companyName: string; address: string; city: string } }) {
  return {
    id: row.id,
    kind: row.kind,
    effectiveDate: row.effectiveDate,
    details: row.details,
    reportedAt: row.reportedAt.toISOString(),
    reportedBy: row.reportedBy,
    accommodation: { id: row.accommodation.id, companyName: row.accommodation.companyName, address: row.accommodation.address, city: row.accommodation.city },
  };
}
