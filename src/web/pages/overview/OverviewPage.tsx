// "Overzicht": the first page after signing in: a welcome and a summary of the accommodation.
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { AccommodationSummary } from './AccommodationSummary.tsx';
import { TwoFactorInvitation } from '../two-factor/TwoFactorInvitation.tsx';
import { OverseerOverview } from '../municipality/OverseerOverview.tsx';
import { ApprovalNotice } from '../accommodations/ApprovalNotice.tsx';

export function OverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const session = useCurrentSession();
  const { user, accommodation } = session;
  return (
    <>
      <PageHeading>{t('overview.heading', { name: user.name || user.email })}</PageHeading>
      <Paragraph lead>{t('overview.intro')}</Paragraph>
      <ApprovalNotice session={session} />
      <TwoFactorInvitation />
      {user.role === 'municipality' || user.role === 'admin' ? (
        <OverseerOverview role={user.role} />
      ) : user.role === 'inspector' ? (
        <Paragraph>{t('overview.inspector', { municipality: session.municipality?.name ?? '' })}</Paragraph>
      ) : accommodation ? (
        <AccommodationSummary />
      ) : (
        <Paragraph>{t('overview.noAccommodation')}</Paragraph>
      )}
    </>
  );
}
