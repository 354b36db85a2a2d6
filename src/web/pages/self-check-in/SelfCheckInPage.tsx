// "Zelf inchecken" (/app/register/zelf-inchecken), for owner and staff: the accommodation's check-in
// link with a copy button, its QR code and the printable poster; the owner can replace the link by
// a new one when the old one went where it should not.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_IN_POSTER_URL, fetchCheckInLink, type CheckInLink } from '../../api/check-in.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormField } from '../../components/FormField.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { ExternalLink, Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { CopyButton } from '../two-factor/CopyButton.tsx';
import { useRemote } from '../../hooks/useRemote.ts';
import { RenewLinkSection } from './RenewLinkSection.tsx';
import '../check-in/check-in.css';

function LinkSection({ link }: { link: CheckInLink }) {
  const { t } = useTranslation();
  return (
    <Section title={t('checkIn.staff.linkHeading')}>
      <div className="nr-secret-row">
        <div className="nr-check-in-link">
          <FormField id="check-in-link" label={t('checkIn.staff.linkLabel')}>
            {(aria) => <input {...aria} readOnly value={link.url} className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only" />}
          </FormField>
        </div>
        <CopyButton value={link.url} />
      </div>
      <img className="nr-qr" src={link.qrCode} alt={t('checkIn.staff.qrAlt')} width={240} height={240} />
      <Paragraph>
        <ExternalLink href={CHECK_IN_POSTER_URL} download>
          {t('checkIn.staff.poster')}
        </ExternalLink>
      </Paragraph>
      <Paragraph className="nr-hint">{t('checkIn.staff.posterHint')}</Paragraph>
    </Section>
  );
}

function SelfCheckIn() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const load = useCallback(() => fetchCheckInLink(), []);
  const { state } = useRemote(load);
  // After "Nieuwe link maken" the new link replaces the one loaded first.
  const [renewed, setRenewed] = useState<CheckInLink | null>(null);
  const link = renewed ?? (state.status === 'loaded' ? state.data : null);

  return (
    <>
      <Paragraph>
        <Link to="/app/register">{t('checkIn.staff.backToRegister')}</Link>
      </Paragraph>
      <PageHeading>{t('checkIn.staff.heading')}</PageHeading>
      <Paragraph>{t('checkIn.staff.intro')}</Paragraph>
      {state.status === 'loading' && <Paragraph>{t('app.loading')}</Paragraph>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {link && <LinkSection link={link} />}
      {link && user.role === 'owner' && <RenewLinkSection onRenewed={setRenewed} />}
    </>
  );
}

export function SelfCheckInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('checkIn.staff.title'));
  return (
    <RequireRole roles={['owner', 'staff']}>
      <SelfCheckIn />
    </RequireRole>
  );
}
