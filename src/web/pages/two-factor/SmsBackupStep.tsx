// Step 5 of the Visma seed inside the set-up, between the app's code and the backup code:
// "SMS inschakelen als back-upmethode", optional ("Overslaan"). The phone number gets a 6-digit
// code by SMS; after it is confirmed (or skipped) the backup code follows. A number sent a code
// before a reload is asked for its code again, not typed anew.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { addPhone, confirmPhone, type TwoFactorStatus } from '../../api/two-factor.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { applyApiError } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { placeCodeProblem, sixDigitCodeForm } from './code-fields.ts';
import { PhoneForms, phoneSchema } from './PhoneForms.tsx';
import { StepUp } from './StepUp.tsx';

export function SmsBackupStep({ status, onDone }: { status: TwoFactorStatus; onDone: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('twoFactor.settings.smsHeading'));
  const [sentTo, setSentTo] = useState<string | null>(status.sms && !status.sms.verified ? status.sms.phone : null);
  const [error, setError] = useState<unknown>(null);
  /** Adding a phone is a sensitive change: long after the app's code it needs a step-up first. */
  const [stepUpFor, setStepUpFor] = useState<string | null>(null);
  const phoneForm = useForm({ resolver: zodResolver(phoneSchema), defaultValues: { phone: '' } });
  const codeForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });

  useEffect(() => {
    // After "Code versturen" the user types the code from the SMS next.
    if (sentTo) document.getElementById('field-setup-sms-code')?.focus();
  }, [sentTo]);

  const send = async ({ phone }: { phone: string }) => {
    setError(null);
    try {
      setSentTo((await addPhone(phone)).phone);
      setStepUpFor(null);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'STEP_UP_REQUIRED') return setStepUpFor(phone);
      setError(applyApiError(failure, phoneForm.setError, ['phone'])?.error ?? null);
    }
  };

  const confirm = async ({ code }: { code: string }) => {
    setError(null);
    try {
      await confirmPhone(code);
      onDone();
    } catch (failure) {
      setError(placeCodeProblem(failure, codeForm.setError, 'sms')?.error ?? null);
    }
  };

  return (
    <>
      <PageHeading focusOnMount>{t('twoFactor.settings.smsHeading')}</PageHeading>
      <Paragraph>{t('twoFactor.settings.smsIntro')}</Paragraph>
      <ErrorAlert error={error} />
      {stepUpFor !== null && <StepUp status={status} onVerified={() => void send({ phone: stepUpFor })} onCancel={() => setStepUpFor(null)} />}
      <PhoneForms phoneForm={phoneForm} onSend={send} sentTo={sentTo} codeForm={codeForm} codeFieldId="field-setup-sms-code" onConfirm={confirm} />
      <div className="nr-form-actions">
        <Button appearance="subtle" onClick={onDone}>
          {t('twoFactor.setup.skip')}
        </Button>
      </div>
    </>
  );
}
