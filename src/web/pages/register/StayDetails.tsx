// What the register holds of one stay: the stay itself, the main guest, the co-travellers and,
// for a guest who checked in on their own phone, their signature.
import { useTranslation } from 'react-i18next';
import { signatureUrl, type Stay } from '../../api/register.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataList, type DataListItem } from '../../components/DataList.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatDateTime } from '../../i18n/format-date.ts';
import { nightsBetween } from '../../../shared/register/dates.ts';
import { countryName, formatEuro, statusOf } from './stay-labels.ts';

function useStayItems(stay: Stay): DataListItem[] {
  const { t } = useTranslation();
  const moment = (iso: string | null) => (iso ? formatDateTime(iso) : t('nightRegister.detail.notYet'));
  const items: DataListItem[] = [
    { key: 'number', label: t('nightRegister.detail.number'), value: stay.number },
    { key: 'status', label: t('nightRegister.detail.status'), value: t(`nightRegister.status.${statusOf(stay)}`) },
    { key: 'unit', label: t('nightRegister.detail.unit'), value: stay.unitName ?? t('nightRegister.detail.noUnit') },
    { key: 'arrival', label: t('nightRegister.detail.arrival'), value: formatDate(stay.arrival) },
    { key: 'departure', label: t('nightRegister.detail.departure'), value: formatDate(stay.departure) },
    {
      key: 'nights',
      label: t('nightRegister.detail.nightsLabel'),
      value: t('nightRegister.detail.nights', { count: nightsBetween(stay.arrival, stay.departure) }),
    },
    { key: 'persons', label: t('nightRegister.detail.persons'), value: stay.persons },
    { key: 'purpose', label: t('nightRegister.detail.purpose'), value: t(`nightRegister.purpose.${stay.purpose}`) },
  ];
  if (stay.purpose === 'international_worker') {
    items.push({ key: 'employer', label: t('nightRegister.detail.employerName'), value: stay.employerName ?? t('common.notFilledIn') });
  }
  items.push(
    { key: 'booking', label: t('nightRegister.detail.bookingReference'), value: stay.bookingReference ?? t('common.notFilledIn') },
    {
      key: 'price',
      label: t('nightRegister.detail.lodgingPrice'),
      value: stay.lodgingPriceCents === null ? t('common.notFilledIn') : t('nightRegister.detail.price', { amount: formatEuro(stay.lodgingPriceCents) }),
    },
    { key: 'checkedIn', label: t('nightRegister.detail.checkedIn'), value: moment(stay.checkedInAt) },
    { key: 'checkedOut', label: t('nightRegister.detail.checkedOut'), value: moment(stay.checkedOutAt) },
    { key: 'source', label: t('nightRegister.detail.source'), value: t(`nightRegister.source.${stay.source}`) },
  );
  return items;
}

function GuestSection({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const { guest } = stay;
  if (!guest) return <Paragraph>{t('nightRegister.detail.erased')}</Paragraph>;
  const items: DataListItem[] = [
    { key: 'initials', label: t('nightRegister.form.initials'), value: guest.initials },
    { key: 'surname', label: t('nightRegister.form.surname'), value: guest.surname },
    { key: 'residence', label: t('nightRegister.form.residence'), value: guest.residence },
    { key: 'country', label: t('nightRegister.form.country'), value: countryName(guest.country) },
    ...(guest.postcode ? [{ key: 'postcode', label: t('residency.view.address'), value: `${guest.postcode} ${guest.houseNumber ?? ''}`.trim() }] : []),
    guest.dateOfBirth
      ? { key: 'dateOfBirth', label: t('nightRegister.form.dateOfBirth'), value: formatDate(guest.dateOfBirth) }
      : guest.youngerThan
        ? {
            key: 'youngerThan',
            label: t('residency.asked.youngerThan', { age: guest.youngerThan.age }),
            value: t(guest.youngerThan.younger ? 'residency.view.yes' : 'residency.view.no'),
          }
        : { key: 'dateOfBirth', label: t('nightRegister.form.dateOfBirth'), value: t('common.notFilledIn') },
    { key: 'nationality', label: t('nightRegister.form.nationality'), value: countryName(guest.nationality) },
    { key: 'documentType', label: t('nightRegister.form.documentType'), value: t(`nightRegister.documentType.${guest.documentType}`) },
  ];
  if (guest.documentNumber) items.push({ key: 'documentNumber', label: t('nightRegister.form.documentNumber'), value: guest.documentNumber });
  return <DataList items={items} />;
}

/**
 * A guest's own check-in waiting for confirmation: what the guest stated that lowers the tax (living
 * in the municipality, working here, children), for the owner to check against the identity document.
 */
function GuestClaims({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  if (stay.source !== 'self_check_in' || stay.status !== 'pending' || !stay.guest) return null;
  const people = [stay.guest, ...stay.coTravellers];
  const younger = people.filter((p) => p.youngerThan?.younger === true);
  const claims = [
    stay.residency.residents > 0 && t('residency.claims.residents', { count: stay.residency.residents }),
    stay.purpose === 'international_worker' && t('residency.claims.worker', { employer: stay.employerName ?? '' }),
    younger.length > 0 && t('residency.claims.younger', { count: younger.length, age: younger[0]?.youngerThan?.age }),
  ].filter((claim): claim is string => typeof claim === 'string');
  if (claims.length === 0) return null;
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>{t('residency.claims.heading')}</strong>
      </Paragraph>
      <Paragraph>{t('residency.claims.intro')}</Paragraph>
      <ul>
        {claims.map((claim) => (
          <li key={claim}>{claim}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** Who of the persons live in the municipality, and who said so (decision 0016); kept after erasure. */
function ResidencySection({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  const { residency, guest } = stay;
  const how = t(`residency.view.decidedBy.${residency.decidedBy}`, { postcode: guest?.postcode ?? '', houseNumber: guest?.houseNumber ?? '' });
  const items: DataListItem[] = [
    { key: 'mainGuest', label: t('residency.view.mainGuest'), value: `${t(residency.mainGuest ? 'residency.view.yes' : 'residency.view.no')} (${how})` },
    {
      key: 'residents',
      label: t('residency.view.residents'),
      value: t('residency.view.residentsValue', { count: residency.residents, persons: stay.persons }),
    },
  ];
  return <DataList items={items} />;
}

function CoTravellers({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  if (stay.coTravellers.length === 0) return <Paragraph>{t('nightRegister.detail.noCoTravellers')}</Paragraph>;
  // A date of birth where the municipality asks it, else the answer to "Jonger dan N?" (decision 0017).
  const questionAge = stay.coTravellers.find((person) => person.youngerThan)?.youngerThan?.age;
  const withDates = stay.coTravellers.some((person) => person.dateOfBirth) || questionAge === undefined;
  const yesNo = (yes: boolean) => t(yes ? 'residency.view.yes' : 'residency.view.no');
  return (
    <DataTable
      caption={t('nightRegister.detail.coTravellersCaption')}
      columns={[
        t('nightRegister.form.initials'),
        t('nightRegister.form.surname'),
        ...(withDates ? [t('nightRegister.form.dateOfBirth')] : []),
        ...(questionAge !== undefined ? [t('residency.asked.youngerThan', { age: questionAge })] : []),
        t('residency.form.sameAddress'),
      ]}
    >
      {stay.coTravellers.map((person, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: co-travellers have no id and two can be alike (twins); the stay's list is shown as a whole, in its order
        <tr key={index} className="utrecht-table__row">
          <td className="utrecht-table__cell">{person.initials}</td>
          <td className="utrecht-table__cell">{person.surname}</td>
          {withDates && <td className="utrecht-table__cell">{person.dateOfBirth ? formatDate(person.dateOfBirth) : t('common.notFilledIn')}</td>}
          {questionAge !== undefined && (
            <td className="utrecht-table__cell">{person.youngerThan ? yesNo(person.youngerThan.younger) : t('common.notFilledIn')}</td>
          )}
          <td className="utrecht-table__cell">{yesNo(person.sameAddress === true)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function StayDetails({ stay }: { stay: Stay }) {
  const { t } = useTranslation();
  return (
    <>
      <GuestClaims stay={stay} />
      <Section title={t('nightRegister.detail.stayHeading')}>
        <DataList items={useStayItems(stay)} />
      </Section>
      <Section title={t('nightRegister.detail.guestHeading')}>
        <GuestSection stay={stay} />
      </Section>
      {stay.guest && (
        <Section title={t('nightRegister.detail.coTravellersHeading')}>
          <CoTravellers stay={stay} />
        </Section>
      )}
      <Section title={t('residency.view.heading')}>
        <ResidencySection stay={stay} />
      </Section>
      {stay.hasSignature && stay.signers.length === 0 && (
        <Section title={t('nightRegister.detail.signatureHeading')}>
          <img className="nr-signature" src={signatureUrl(stay.id)} alt={t('nightRegister.detail.signatureAlt')} />
        </Section>
      )}
    </>
  );
}
