// Shown when someone signs in before confirming their email address: where to find the email,
// and a button to have it sent again to the address they typed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resendConfirmation } from '../../api/accounts.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';

export function UnconfirmedEmailHelp({ email }: { email: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<unknown>(null);

  const resend = async () => {
    setState('sending');
    setError(null);
    try {
      await resendConfirmation(email);
      setState('sent');
    } catch (failure) {
      setError(failure);
      setState('idle');
    }
  };

  return (
    <Alert type="warning">
      <Heading level={2}>{t('login.unconfirmed.heading')}</Heading>
      <Paragraph>{t('login.unconfirmed.text')}</Paragraph>
      {state === 'sent' ? (
        <Paragraph>{t('login.unconfirmed.resent')}</Paragraph>
      ) : (
        <Button onClick={() => void resend()} busy={state === 'sending'} disabled={state === 'sending'}>
          {t('login.unconfirmed.resend')}
        </Button>
      )}
      <ErrorAlert error={error} />
      <Paragraph>
        <Link to="/code-invullen">{t('login.unconfirmed.haveCode')}</Link>
      </Paragraph>
    </Alert>
  );
}
