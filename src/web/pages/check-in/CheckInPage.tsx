// "Inchecken" (/inchecken/:token): a guest checks in on their phone through the accommodation's
// link or QR code, without an account. A link that was renewed or never existed says so.
import { useCallback, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { fetchCheckInForm, type CheckInReceipt } from '../../api/check-in.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { apiErrorText } from '../../forms/error-text.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { CheckInDone } from './CheckInDone.tsx';
import { GuestCheckInForm } from './GuestCheckInForm.tsx';

function Unavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('checkIn.guest.unavailableHeading')}</PageHeading>
      <Alert type="warning">
        <Paragraph>{apiErrorText(error)}</Paragraph>
      </Alert>
    </>
  );
}

export function CheckInPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const load = useCallback(() => fetchCheckInForm(token), [token]);
  const { state } = useRemote(load);
  const [receipt, setReceipt] = useState<CheckInReceipt | null>(null);
  // A new form (for the next guest on the same phone) starts empty.
  const [round, setRound] = useState(0);
  useDocumentTitle(t('checkIn.guest.title'));

  if (state.status === 'loading') return <Paragraph>{t('checkIn.guest.loading')}</Paragraph>;
  if (state.status === 'failed') {
    const unavailable = state.error instanceof ApiError && state.error.status === 404;
    if (unavailable) return <Unavailable error={state.error} />;
    return (
      <>
        <PageHeading>{t('checkIn.guest.title')}</PageHeading>
        <ErrorAlert error={state.error} />
      </>
    );
  }
  if (receipt) {
    const another = () => {
      setReceipt(null);
      setRound((r) => r + 1);
    };
    return <CheckInDone receipt={receipt} onAnother={another} />;
  }
  const facts = state.data;
  return (
    <>
      <PageHeading>{t('checkIn.guest.heading', { name: facts.accommodation.name })}</PageHeading>
      <Paragraph lead>{t('checkIn.guest.intro')}</Paragraph>
      <GuestCheckInForm key={round} token={token} form={facts} onCheckedIn={setReceipt} />
    </>
  );
}
