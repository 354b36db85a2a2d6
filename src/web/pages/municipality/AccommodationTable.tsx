// The accommodation list as a table: the name links to the accommodation's page; admins also
// see the municipality of each.
import { useTranslation } from 'react-i18next';
import type { DirectoryAccommodation } from '../../api/municipality-portal.ts';
import { Link } from '../../components/Link.tsx';

interface AccommodationTableProps {
  accommodations: readonly DirectoryAccommodation[];
  showMunicipality: boolean;
}

export function AccommodationTable({ accommodations, showMunicipality }: AccommodationTableProps) {
  const { t } = useTranslation();
  const header = (text: string) => (
    <th className="utrecht-table__header-cell" scope="col">
      {text}
    </th>
  );
  return (
    <div className="nr-table-wrapper">
      <table className="utrecht-table nr-table">
        <caption className="nr-visually-hidden">{t('portal.accommodations.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {header(t('portal.accommodations.companyName'))}
            {header(t('portal.accommodations.address'))}
            {header(t('portal.accommodations.city'))}
            {header(t('portal.accommodations.accommodationType'))}
            {header(t('portal.accommodations.beds'))}
            {header(t('portal.accommodations.status'))}
            {header(t('portal.accommodations.users'))}
            {showMunicipality && header(t('portal.accommodations.municipality'))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {accommodations.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                <Link to={`/app/accommodaties/${encodeURIComponent(a.id)}`}>{a.companyName}</Link>
              </th>
              <td className="utrecht-table__cell">
                {a.address}, {a.postcode}
              </td>
              <td className="utrecht-table__cell">{a.city}</td>
              <td className="utrecht-table__cell">{t(`accommodationType.${a.accommodationType}`, { defaultValue: a.accommodationType })}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{a.beds.toLocaleString('nl-NL')}</td>
              <td className="utrecht-table__cell">{t(`portal.status.${a.status}`, { defaultValue: a.status })}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{a.userCount.toLocaleString('nl-NL')}</td>
              {showMunicipality && <td className="utrecht-table__cell">{a.municipality.name}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
