// The return periods of one year: period, status, return number, declared amount and the link to
// the period. The link's visible word is short ("Bekijken", "Aangifte doen"); the period is added
// for screen readers, so a list of links still says where each one goes.
import { useTranslation } from 'react-i18next';
import type { TaxPeriodSummary } from '../../api/tax-returns.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../components/Link.tsx';
import { formatMoney } from '../../tourist-tax/figures.ts';
import { usePeriodLabel } from '../../tourist-tax/usePeriodLabel.ts';
import { TaxStatus } from './TaxStatus.tsx';

/** A period that waits for its (first) return invites the owner to file it. */
function needsReturn(summary: TaxPeriodSummary): boolean {
  return summary.status === 'due' || summary.status === 'overdue';
}

export function TaxPeriodsTable({ year, periods }: { year: number; periods: readonly TaxPeriodSummary[] }) {
  const { t } = useTranslation();
  const column = (key: 'period' | 'status' | 'number' | 'declared' | 'action') => t(`taxReturn.overview.columns.${key}`);
  const none = t('taxReturn.overview.none');
  const periodLabel = usePeriodLabel();
  return (
    <DataTable
      caption={t('taxReturn.overview.caption', { year })}
      columns={[column('period'), column('status'), column('number'), column('declared'), column('action')]}
    >
      {periods.map((summary) => {
        const label = periodLabel(summary.period);
        return (
          <tr key={summary.period} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              {label}
            </th>
            <td className="utrecht-table__cell">
              <TaxStatus summary={summary} />
            </td>
            <td className="utrecht-table__cell">{summary.returnNumber ?? none}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
              {summary.declaredCents === null ? none : formatMoney(summary.declaredCents)}
            </td>
            <td className="utrecht-table__cell">
              <Link to={`/app/aangifte/${summary.period}`}>
                {needsReturn(summary) ? t('taxReturn.overview.submit') : t('taxReturn.overview.view')}
                <span className="nr-visually-hidden"> {label}</span>
              </Link>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
