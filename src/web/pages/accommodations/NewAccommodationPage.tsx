// "Accommodatie toevoegen" (/app/accommodatie/nieuw): an owner adds another accommodation of the
// same company. The session keeps working in the current one until the owner switches.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Accommodation } from '../../api/types.ts';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { AccommodationAdded } from './AccommodationAdded.tsx';
import { NewAccommodationForm } from './NewAccommodationForm.tsx';

export function NewAccommodationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisation.newAccommodation.title'));
  const { user, accommodation } = useCurrentSession();
  const { refresh } = useSession();
  const [added, setAdded] = useState<Accommodation | null>(null);

  // The header's list of accommodations to switch between now holds the new one too.
  useEffect(() => {
    if (added) void refresh();
  }, [added, refresh]);

  const addAnother = () => {
    setAdded(null);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  };

  return (
    <>
      <Paragraph>
        <Link to="/app/accommodatie">{t('organisation.newAccommodation.back')}</Link>
      </Paragraph>
      <PageHeading>{t('organisation.newAccommodation.heading')}</PageHeading>
      {user.role !== 'owner' ? (
        <Paragraph>{t('organisation.newAccommodation.ownerOnly')}</Paragraph>
      ) : added ? (
        <AccommodationAdded added={added} current={accommodation?.companyName ?? ''} onAddAnother={addAnother} />
      ) : (
        <>
          <Paragraph>{t('organisation.newAccommodation.intro')}</Paragraph>
          <NewAccommodationForm onAdded={setAdded} />
        </>
      )}
    </>
  );
}
