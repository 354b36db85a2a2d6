// The stays of the overview: number, name (main guest, "+N" co-travellers), room or pitch, the
// days, persons and status. The name opens the stay.
import { useTranslation } from 'react-i18next';
import type { Stay } from '../../api/register.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../components/Link.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import type { LabelledPresence } from '../presence/PresenceGroups.tsx';
import { personName, statusOf } from './stay-labels.ts';

function StayName({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  if (!stay.guest) return <>{t('nightRegister.overview.erasedName')}</>;
  const others = stay.coTravellers.length;
  // Isolated, so a right-to-left name does not pull the "+N" that follows into its own direction.
  return (
    <>
      <bdi>{personName(stay.guest)}</bdi>
      {others > 0 && ` ${t('nightRegister.overview.coTravellers', { count: others })}`}
    </>
  );
}

interface StaysTableProps {
  stays: readonly (Stay & { presence?: LabelledPresence })[];
  /** The emergency list: why each stay counts (column "Aanwezig"). */
  withPresence?: boolean;
  caption?: string;
}

export function StaysTable({ stays, withPresence = false, caption }: StaysTableProps) {
  const { t } = useTranslation();
  const column = (key: 'number' | 'name' | 'unit' | 'arrival' | 'departure' | 'persons' | 'status') => t(`nightRegister.overview.columns.${key}`);
  return (
    <DataTable
      caption={caption ?? t('nightRegister.overview.caption')}
      columns={[
        column('number'),
        column('name'),
        column('unit'),
        column('arrival'),
        column('departure'),
        column('persons'),
        withPresence ? t('presence.basisColumn') : column('status'),
      ]}
    >
      {stays.map((stay) => (
        <tr key={stay.id} className="utrecht-table__row">
          <th className="utrecht-table__header-cell utrecht-table__cell--numeric-data" scope="row">
            {stay.number}
          </th>
          <td className="utrecht-table__cell">
            <Link to={`/app/register/${stay.id}`}>
              <StayName stay={stay} />
            </Link>
          </td>
          <td className="utrecht-table__cell">{stay.unitName ?? t('nightRegister.overview.noUnit')}</td>
          <td className="utrecht-table__cell">{formatDate(stay.arrival)}</td>
          <td className="utrecht-table__cell">{formatDate(stay.departure)}</td>
          <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{stay.persons}</td>
          <td className="utrecht-table__cell">
            {withPresence && stay.presence ? stay.presence.label : t(`nightRegister.status.${statusOf(stay)}`)}
            {stay.signatureStatus === 'missing' && (
              <>
                <br />
                {t('nightRegister.signatures.missing')}
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
