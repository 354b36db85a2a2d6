// "Forfait per plaats": the jaarplaatsen and seizoensplaatsen marked in "Kamers en plaatsen" with
// the months of the period they pay for and their amount (decision 0013). Nights spent on them in
// that time are counted as forfait nights, not per person.
import { useTranslation } from 'react-i18next';
import type { TaxTotals } from '../../api/tax-returns.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { formatCount, formatMoney } from '../../tourist-tax/figures.ts';

export function ForfaitLines({ totals }: { totals: TaxTotals }) {
  const { t } = useTranslation();
  const lines = totals.forfaits ?? [];
  if (lines.length === 0) return null;
  const column = (key: 'unit' | 'kind' | 'months' | 'amount') => t(`taxReturn.forfaits.columns.${key}`);
  return (
    <Section title={t('taxReturn.forfaits.heading')}>
      <Paragraph>{t('taxReturn.forfaits.intro', { count: totals.forfaitPersonNights ?? 0 })}</Paragraph>
      <DataTable caption={t('taxReturn.forfaits.caption')} columns={[column('unit'), column('kind'), column('months'), column('amount')]}>
        {lines.map((line) => (
          <tr key={line.unitId} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              {line.unitName}
            </th>
            <td className="utrecht-table__cell">
              {t(`taxReturn.forfaits.kinds.${line.kind}`)}
              {line.beds === null ? '' : ` (${t('taxReturn.forfaits.beds', { count: line.beds })})`}
            </td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatCount(line.months)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatMoney(line.amountCents)}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
