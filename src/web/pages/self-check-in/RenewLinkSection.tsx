// "Nieuwe link maken" (owner): after confirming that the old link and printed posters stop working,
// a new link replaces the old one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renewCheckInLink, type CheckInLink } from '../../api/check-in.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';

type Step = 'idle' | 'confirming' | 'busy' | 'done';

export function RenewLinkSection({ onRenewed }: { onRenewed: (link: CheckInLink) => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<unknown>(null);

  const renew = async () => {
    setStep('busy');
    setError(null);
    try {
      onRenewed(await renewCheckInLink());
      setStep('done');
    } catch (problem) {
      setError(problem);
      setStep('confirming');
    }
  };

  return (
    <Section title={t('checkIn.staff.renewHeading')}>
      <Paragraph>{t('checkIn.staff.renewIntro')}</Paragraph>
      {step === 'done' && (
        <Alert type="ok">
          <Paragraph>{t('checkIn.staff.renewed')}</Paragraph>
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {step === 'confirming' || step === 'busy' ? (
        <Alert type="warning">
          <Paragraph>{t('checkIn.staff.renewConfirm')}</Paragraph>
          <div className="nr-form-actions">
            <Button appearance="primary-action" busy={step === 'busy'} disabled={step === 'busy'} onClick={() => void renew()}>
              {t('checkIn.staff.renewYes')}
            </Button>
            <Button appearance="secondary-action" onClick={() => setStep('idle')}>
              {t('checkIn.staff.renewCancel')}
            </Button>
          </div>
        </Alert>
      ) : (
        <Button appearance="secondary-action" onClick={() => setStep('confirming')}>
          {t('checkIn.staff.renew')}
        </Button>
      )}
    </Section>
  );
}
