// "Overzicht": the first page after signing in: a welcome and a summary of the accommodation.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { AccommodationSummary } from './AccommodationSummary.tsx';
import { TwoFactorInvitation } from './TwoFactorInvitation.tsx';

export function OverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const { user, accommodation } = useCurrentSession();
  return (
    <>
      <PageHeading>{t('overview.heading', { name: user.name || user.email })}</PageHeading>
      <Paragraph lead>{t('overview.intro')}</Paragraph>
      <TwoFactorInvitation />
      {accommodation ? <AccommodationSummary /> : <Paragraph>{t('overview.noAccommodation')}</Paragraph>}
    </>
  );
}
