// The period's figures per stay: its number (a link to the stay in the register), the nights
// that fall in the period, persons (and those without a known age), exempt and taxable
// person-nights, revenue, its base without VAT (with the VAT rates of its nights) and amount.
import { useTranslation } from 'react-i18next';
import { TAX_EXEMPTIONS } from '../../../shared/schemas/tourist-tax.ts';
import type { TaxLine } from '../../api/tax-returns.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../components/Link.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { formatBasisPoints, formatCount, formatMoney } from '../../tourist-tax/figures.ts';

function exemptOf(line: TaxLine): number {
  return TAX_EXEMPTIONS.reduce((sum, reason) => sum + (line.exempt[reason] ?? 0), 0);
}

export function TaxLinesTable({ lines }: { lines: readonly TaxLine[] }) {
  const { t } = useTranslation();
  const column = (key: 'number' | 'nights' | 'nightCount' | 'persons' | 'exempt' | 'taxable' | 'revenue' | 'amount') => t(`taxReturn.lines.columns.${key}`);
  const numeric = 'utrecht-table__cell utrecht-table__cell--numeric-data';
  return (
    <DataTable
      caption={t('taxReturn.lines.caption')}
      columns={[
        column('number'),
        column('nights'),
        column('nightCount'),
        column('persons'),
        column('exempt'),
        column('taxable'),
        column('revenue'),
        t('taxBase.lines.base'),
        column('amount'),
      ]}
    >
      {lines.map((line, index) => (
        <tr key={line.stayId ?? `line-${index}`} className="utrecht-table__row">
          <th className="utrecht-table__header-cell utrecht-table__cell--numeric-data" scope="row">
            {line.stayId !== null && line.stayNumber !== null ? (
              <Link to={`/app/register/${line.stayId}`}>{line.stayNumber}</Link>
            ) : (
              (line.stayNumber ?? t('taxReturn.lines.noNumber'))
            )}
          </th>
          <td className="utrecht-table__cell">{t('taxReturn.lines.range', { from: formatDate(line.from), to: formatDate(line.to) })}</td>
          <td className={numeric}>{formatCount(line.nights)}</td>
          <td className={numeric}>
            {formatCount(line.persons)}
            {(line.personsWithoutAge ?? 0) > 0 && <span className="nr-tax-line-note">{t('taxBase.unknownAges.line', { count: line.personsWithoutAge })}</span>}
          </td>
          <td className={numeric}>{formatCount(exemptOf(line))}</td>
          <td className={numeric}>{formatCount(line.taxablePersonNights)}</td>
          <td className={numeric}>
            {line.revenueCents === null ? (
              <span className={line.priceMissing ? 'nr-tax-badge nr-tax-badge--proposed' : undefined}>{t('taxReturn.lines.noPrice')}</span>
            ) : (
              formatMoney(line.revenueCents)
            )}
          </td>
          <td className={numeric}>
            {line.baseCents === undefined || line.baseCents === null ? '—' : formatMoney(line.baseCents)}
            {line.baseCents != null && line.vatBasisPoints && line.vatBasisPoints.length > 0 && (
              <span className="nr-tax-line-note">{t('taxBase.lines.vat', { rates: line.vatBasisPoints.map((bp) => formatBasisPoints(bp)).join(' / ') })}</span>
            )}
          </td>
          <td className={numeric}>{formatMoney(line.amountCents)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
