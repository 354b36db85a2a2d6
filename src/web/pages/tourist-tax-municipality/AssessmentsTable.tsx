// The aanslagen of a period as a table: accommodation (for the municipality), number, kind,
// dagtekening, amount, the last day for bezwaar and the requests for ambtshalve vermindering.
import { useTranslation } from 'react-i18next';
import type { TaxAssessment } from '../../api/tax-assessments.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate, formatDateTime } from '../../i18n/format-date.ts';
import { formatMoney } from '../../tourist-tax/figures.ts';

type Column = 'accommodation' | 'number' | 'kind' | 'datedOn' | 'amount' | 'objectionDeadline' | 'requests';

export function AssessmentsTable({
  assessments,
  caption,
  withAccommodation,
}: {
  assessments: readonly TaxAssessment[];
  caption: string;
  withAccommodation: boolean;
}) {
  const { t } = useTranslation();
  const columns: Column[] = [
    ...(withAccommodation ? (['accommodation'] as const) : []),
    'number',
    'kind',
    'datedOn',
    'amount',
    'objectionDeadline',
    'requests',
  ];
  return (
    <DataTable caption={caption} columns={columns.map((c) => t(`taxAssessments.columns.${c}`))}>
      {assessments.map((a) => (
        <tr key={a.id} className="utrecht-table__row">
          {withAccommodation && <td className="utrecht-table__cell">{a.companyName}</td>}
          <th className="utrecht-table__header-cell" scope="row">
            {a.number}
          </th>
          <td className="utrecht-table__cell">{t(`taxAssessments.kinds.${a.kind}`)}</td>
          <td className="utrecht-table__cell">{formatDate(a.datedOn)}</td>
          <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatMoney(a.amountCents)}</td>
          <td className="utrecht-table__cell">{formatDate(a.objectionDeadline)}</td>
          <td className="utrecht-table__cell">
            {a.reductionRequests.length === 0
              ? t('taxAssessments.reduction.none')
              : a.reductionRequests.map((r) => (
                  <p key={r.id} className="utrecht-paragraph">
                    {t('taxAssessments.reduction.requested', { amount: formatMoney(r.reductionCents), date: formatDateTime(r.submittedAt), reason: r.reason })}
                  </p>
                ))}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
