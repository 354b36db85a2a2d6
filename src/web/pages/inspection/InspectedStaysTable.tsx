// The stays an inspection found, one row each: (accommodation,) number, room or pitch, the main
// guest with co-travellers, date of birth, residence, nationality, identity document, the days,
// persons and when the guest checked in and out.
import { useTranslation } from 'react-i18next';
import type { InspectedStay } from '../../api/inspection.ts';
import type { LabelledPresence } from '../presence/PresenceGroups.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import type { Catalog } from '../../i18n/en.ts';
import { formatDate, formatDateTime } from '../../i18n/format-date.ts';
import { coTravellerNames, countryName, documentText, personName } from './stay-labels.ts';

interface InspectedStaysTableProps {
  stays: readonly (InspectedStay & { presence?: LabelledPresence })[];
  /** Show the accommodation of each stay (a look-up across the municipality). */
  withAccommodation?: boolean;
  /** Show the number of nights (long stays). */
  withNights?: boolean;
  /** The emergency list: why each stay counts (column "Aanwezig"). */
  withPresence?: boolean;
  caption?: string;
}

type ColumnKey = keyof Catalog['inspection']['result']['columns'];

function GuestCell({ stay }: { stay: InspectedStay }) {
  const { t } = useTranslation();
  if (!stay.guest) return <>{t('inspection.result.erased')}</>;
  const others = coTravellerNames(stay);
  return (
    <>
      {/* Isolated, so a right-to-left name keeps its own direction without turning the line around. */}
      <bdi>{personName(stay.guest)}</bdi>
      {others && (
        <>
          <br />
          {t('inspection.result.coTravellers', { names: others })}
        </>
      )}
      {stay.status === 'pending' && (
        <>
          <br />
          {t('inspection.result.pending')}
        </>
      )}
      {stay.signatureStatus === 'missing' && (
        <>
          <br />
          {t('inspection.result.signatureMissing')}
        </>
      )}
    </>
  );
}

export function InspectedStaysTable({
  stays,
  withAccommodation = false,
  withNights = false,
  withPresence = false,
  caption: ownCaption,
}: InspectedStaysTableProps) {
  const { t } = useTranslation();
  const none = t('inspection.result.none');
  const column = (key: ColumnKey) => t(`inspection.result.columns.${key}`);
  const caption = ownCaption ?? t('inspection.result.caption');
  // Wider than most screens: the region scrolls and, focusable, can be scrolled by keyboard too.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus to be scrolled by keyboard (WCAG 2.1.1)
    <section className="nr-inspection-scroll" aria-label={caption} tabIndex={0}>
      <DataTable
        caption={caption}
        columns={[
          withAccommodation && column('accommodation'),
          column('number'),
          column('unit'),
          column('guest'),
          // The emergency list leads with what the fire brigade needs first, also on a phone's width.
          withPresence && column('persons'),
          withPresence && t('presence.basisColumn'),
          column('dateOfBirth'),
          column('residence'),
          column('nationality'),
          column('document'),
          column('arrival'),
          column('departure'),
          withNights && column('nights'),
          !withPresence && column('persons'),
          column('checkedIn'),
          column('checkedOut'),
        ]}
      >
        {stays.map((stay) => (
          <tr key={stay.id} className="utrecht-table__row">
            {withAccommodation && <td className="utrecht-table__cell">{stay.accommodation.name}</td>}
            <th className="utrecht-table__header-cell utrecht-table__cell--numeric-data" scope="row">
              {stay.number}
            </th>
            <td className="utrecht-table__cell">{stay.unitName ?? none}</td>
            <td className="utrecht-table__cell nr-inspection-guest">
              <GuestCell stay={stay} />
            </td>
            {withPresence && (
              <>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{stay.persons}</td>
                <td className="utrecht-table__cell">{stay.presence?.label ?? none}</td>
              </>
            )}
            <td className="utrecht-table__cell">{stay.guest ? formatDate(stay.guest.dateOfBirth) : none}</td>
            <td className="utrecht-table__cell">{stay.guest ? `${stay.guest.residence} (${countryName(stay.guest.country)})` : none}</td>
            <td className="utrecht-table__cell">{stay.guest ? countryName(stay.guest.nationality) : none}</td>
            <td className="utrecht-table__cell">{stay.guest ? documentText(stay.guest) : none}</td>
            <td className="utrecht-table__cell">{formatDate(stay.arrival)}</td>
            <td className="utrecht-table__cell">{formatDate(stay.departure)}</td>
            {withNights && <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{stay.nights}</td>}
            {!withPresence && <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{stay.persons}</td>}
            <td className="utrecht-table__cell">{stay.checkedInAt ? formatDateTime(stay.checkedInAt) : none}</td>
            <td className="utrecht-table__cell">{stay.checkedOutAt ? formatDateTime(stay.checkedOutAt) : none}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
