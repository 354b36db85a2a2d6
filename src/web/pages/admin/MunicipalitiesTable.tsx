// The participating municipalities with their settings and counts; per row "Bewerken" and the
// link to invite a user of that municipality on the "Gebruikers" page.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import type { ManagedMunicipality } from '../../api/admin-municipalities.ts';
import { Button } from '../../components/Button.tsx';
import { Link } from '../../components/Link.tsx';

interface MunicipalitiesTableProps {
  municipalities: readonly ManagedMunicipality[];
  onEdit: (municipality: ManagedMunicipality) => void;
}

/** The "Gebruikers" page preselects the municipality of its invitation form from `?gemeente=`. */
export function inviteHref(municipalityId: string): string {
  return `/app/gebruikers?gemeente=${encodeURIComponent(municipalityId)}`;
}

export function editButtonId(municipalityId: string): string {
  return `edit-municipality-${municipalityId}`;
}

export function MunicipalitiesTable({ municipalities, onEdit }: MunicipalitiesTableProps) {
  const { t } = useTranslation();
  const yesNo = (value: boolean) => (value ? t('adminMunicipalities.yes') : t('adminMunicipalities.no'));
  const named = (action: string, name: string) => t('adminMunicipalities.namedAction', { action, name });
  return (
    <DataTable
      caption={t('adminMunicipalities.caption')}
      columns={[
        t('adminMunicipalities.code'),
        t('adminMunicipalities.name'),
        t('adminMunicipalities.active'),
        t('adminMunicipalities.approvalRequired'),
        t('adminMunicipalities.twoFactorRequired'),
        t('adminMunicipalities.accommodations'),
        t('adminMunicipalities.users'),
        t('adminMunicipalities.actions'),
      ]}
    >
      {municipalities.map((m) => {
        const invite = m.userCount === 0 ? t('adminMunicipalities.invite') : t('adminMunicipalities.inviteAnother');
        return (
          <tr key={m.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">{m.code}</td>
            <th className="utrecht-table__header-cell" scope="row">
              {m.name}
            </th>
            <td className="utrecht-table__cell">{yesNo(m.active)}</td>
            <td className="utrecht-table__cell">{yesNo(m.approvalRequired)}</td>
            <td className="utrecht-table__cell">{yesNo(m.twoFactorRequired)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{m.accommodationCount.toLocaleString('nl-NL')}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{m.userCount.toLocaleString('nl-NL')}</td>
            <td className="utrecht-table__cell">
              <div className="nr-table-actions">
                <Button id={editButtonId(m.id)} onClick={() => onEdit(m)} aria-label={named(t('adminMunicipalities.edit'), m.name)}>
                  {t('adminMunicipalities.edit')}
                </Button>
                <Link to={inviteHref(m.id)} aria-label={named(invite, m.name)}>
                  {invite}
                </Link>
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
