// "Ingediende aangiften": the returns submitted for the period (the first return and any
// correction returns), each with its PDF copy.
import { useTranslation } from 'react-i18next';
import { taxReturnDocumentUrl, type SubmittedTaxReturn } from '../../api/tax-returns.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ExternalLink } from '../../components/Link.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';
import { formatMoney } from '../../tourist-tax/figures.ts';

export function SubmissionsTable({ submissions }: { submissions: readonly SubmittedTaxReturn[] }) {
  const { t } = useTranslation();
  const column = (key: 'number' | 'kind' | 'submittedAt' | 'amount' | 'document') => t(`taxReturn.submissions.columns.${key}`);
  return (
    <Section title={t('taxReturn.submissions.heading')}>
      <DataTable
        caption={t('taxReturn.submissions.caption')}
        columns={[column('number'), column('kind'), column('submittedAt'), column('amount'), column('document')]}
      >
        {submissions.map((submission) => (
          <tr key={submission.id} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              {submission.number}
            </th>
            <td className="utrecht-table__cell">{t(`taxReturn.submissions.kinds.${submission.kind}`)}</td>
            <td className="utrecht-table__cell">
              <time dateTime={submission.submittedAt}>{formatDateTime(submission.submittedAt)}</time>
            </td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatMoney(submission.amountDueCents)}</td>
            <td className="utrecht-table__cell">
              <ExternalLink href={taxReturnDocumentUrl(submission.id)}>
                {t('taxReturn.submissions.download')}
                <span className="nr-visually-hidden"> {t('taxReturn.submissions.downloadOf', { number: submission.number })}</span>
              </ExternalLink>
            </td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
