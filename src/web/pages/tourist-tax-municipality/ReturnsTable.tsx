// The returns of one period, a row per accommodation: status (with "Gecorrigeerd" when a
// correction return followed), number, the register's figures and the amount — declared, or
// computed from the register and marked "berekend" while no return is in — and the PDF copy of
// the latest submission.
import { useTranslation } from 'react-i18next';
import type { MunicipalityTaxRow } from '../../api/tax-municipality.ts';
import { taxReturnDocumentUrl } from '../../api/tax-returns.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ExternalLink, Link } from '../../components/Link.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';
import { DUTCH, formatCount, formatMoney } from '../../tourist-tax/figures.ts';

type Column = 'accommodation' | 'type' | 'status' | 'number' | 'submittedAt' | 'personNights' | 'taxablePersonNights' | 'revenue' | 'amount' | 'document';
const COLUMNS: readonly Column[] = [
  'accommodation',
  'type',
  'status',
  'number',
  'submittedAt',
  'personNights',
  'taxablePersonNights',
  'revenue',
  'amount',
  'document',
];

export function ReturnsTable({ rows, caption }: { rows: readonly MunicipalityTaxRow[]; caption: string }) {
  const { t } = useTranslation();
  const none = t('taxMunicipality.none');
  const numeric = 'utrecht-table__cell utrecht-table__cell--numeric-data';
  return (
    <DataTable caption={caption} columns={COLUMNS.map((column) => t(`taxMunicipality.returns.columns.${column}`))}>
      {rows.map((row) => (
        <tr key={row.accommodationId} className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="row">
            <Link to={`/app/accommodaties/${encodeURIComponent(row.accommodationId)}`}>{row.companyName}</Link>
          </th>
          <td className="utrecht-table__cell">{t(`accommodationType.${row.accommodationType}`, { defaultValue: row.accommodationType })}</td>
          <td className="utrecht-table__cell">
            <span className="nr-tax-badges">
              <span className={`nr-tax-badge nr-tax-badge--${row.status}`}>{t(`taxMunicipality.returns.status.${row.status}`)}</span>
              {row.corrected && <span className="nr-tax-badge nr-tax-badge--corrected">{t('taxMunicipality.returns.corrected')}</span>}
            </span>
          </td>
          <td className="utrecht-table__cell">{row.returnNumber ?? none}</td>
          <td className="utrecht-table__cell">{row.submittedAt ? formatDateTime(row.submittedAt) : none}</td>
          <td className={numeric}>{formatCount(row.personNights, DUTCH)}</td>
          <td className={numeric}>{formatCount(row.taxablePersonNights, DUTCH)}</td>
          <td className={numeric}>{formatMoney(row.revenueCents, DUTCH)}</td>
          <td className={numeric}>
            {formatMoney(row.amountDueCents, DUTCH)}
            {!row.declared && <span className="nr-tax-computed"> ({t('taxMunicipality.returns.computed')})</span>}
          </td>
          <td className="utrecht-table__cell">
            {row.returnId ? (
              <ExternalLink href={taxReturnDocumentUrl(row.returnId)} download>
                {t('taxMunicipality.returns.pdf')}
                <span className="nr-visually-hidden"> {t('taxMunicipality.returns.pdfOf', { company: row.companyName })}</span>
              </ExternalLink>
            ) : (
              none
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
