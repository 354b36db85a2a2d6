// The accommodation list as a table: the name links to the accommodation's page; admins also
// see the municipality of each.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import type { DirectoryAccommodation } from '../../api/municipality-portal.ts';
import { Link } from '../../components/Link.tsx';

interface AccommodationTableProps {
  accommodations: readonly DirectoryAccommodation[];
  showMunicipality: boolean;
}

export function AccommodationTable({ accommodations, showMunicipality }: AccommodationTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('portal.accommodations.caption')}
      columns={[
        t('portal.accommodations.companyName'),
        t('portal.accommodations.address'),
        t('portal.accommodations.city'),
        t('portal.accommodations.accommodationType'),
        t('portal.accommodations.beds'),
        t('portal.accommodations.status'),
        t('portal.accommodations.users'),
        showMunicipality && t('portal.accommodations.municipality'),
      ]}
    >
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
    </DataTable>
  );
}
