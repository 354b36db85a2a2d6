// Reports as a table: when reported, (which accommodation,) what, from when, the details and who
// reported it.
import { useTranslation } from 'react-i18next';
import type { AccommodationReport } from '../../api/reports.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate, formatDateTime } from '../../i18n/format-date.ts';

export function ReportsTable({ reports, withAccommodation = false }: { reports: readonly AccommodationReport[]; withAccommodation?: boolean }) {
  const { t } = useTranslation();
  const none = t('reports.none');
  return (
    <DataTable
      caption={t('reports.caption')}
      columns={[
        t('reports.columns.reportedAt'),
        withAccommodation && t('reports.columns.accommodation'),
        t('reports.columns.kind'),
        t('reports.columns.effectiveDate'),
        t('reports.columns.details'),
        t('reports.columns.reportedBy'),
      ]}
    >
      {reports.map((report) => (
        <tr key={report.id} className="utrecht-table__row">
          <td className="utrecht-table__cell">
            <time dateTime={report.reportedAt}>{formatDateTime(report.reportedAt)}</time>
          </td>
          {withAccommodation && (
            <td className="utrecht-table__cell">
              {report.accommodation.companyName}
              <br />
              {report.accommodation.address}, {report.accommodation.city}
            </td>
          )}
          <td className="utrecht-table__cell">{t(`reports.kinds.${report.kind}`)}</td>
          <td className="utrecht-table__cell">{formatDate(report.effectiveDate)}</td>
          <td className="utrecht-table__cell nr-preserve-lines">{report.details || none}</td>
          <td className="utrecht-table__cell">{report.reportedBy ?? none}</td>
        </tr>
      ))}
    </DataTable>
  );
}
