// "Bevestig dat u het bent": a sensitive change in the 2FA settings (turning 2FA off, removing
// a passkey or the phone, adding a factor) needs a second factor proven in the last minutes. The
// user proves one here, with any method they have, and the change then goes ahead.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { sendSignInSms, verifyBackupCode, verifyPasskey, verifySms, verifyTotp, type TwoFactorStatus } from '../../api/two-factor.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { backupCodeForm, placeCodeProblem, sixDigitCodeForm } from './code-fields.ts';
import { SixDigitCodeForm } from './SixDigitCodeForm.tsx';

interface StepUpProps {
  status: TwoFactorStatus;
  onVerified: () => void;
  onCancel: () => void;
}

export function StepUp({ status, onVerified, onCancel }: StepUpProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [smsPhone, setSmsPhone] = useState<string | null>(null);
  const [backupOpen, setBackupOpen] = useState(false);
  const appForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });
  const smsForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });
  const backupForm = useForm({ resolver: zodResolver(backupCodeForm), defaultValues: { code: '' } });

  const byApp = async ({ code }: { code: string }) => {
    setError(null);
    try {
      await verifyTotp(code, false);
      onVerified();
    } catch (failure) {
      setError(placeCodeProblem(failure, appForm.setError, 'app')?.error ?? null);
    }
  };

  const byPasskey = async () => {
    setError(null);
    setBusy(true);
    try {
      await verifyPasskey(false);
      onVerified();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const sendSms = async () => {
    setError(null);
    setBusy(true);
    try {
      setSmsPhone((await sendSignInSms()).phone);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const bySms = async ({ code }: { code: string }) => {
    setError(null);
    try {
      await verifySms(code, false);
      onVerified();
    } catch (failure) {
      setError(placeCodeProblem(failure, smsForm.setError, 'sms')?.error ?? null);
    }
  };

  const byBackupCode = async ({ code }: { code: string }) => {
    setError(null);
    try {
      await verifyBackupCode(code);
      onVerified();
    } catch (failure) {
      setError(placeCodeProblem(failure, backupForm.setError, 'backup')?.error ?? null);
    }
  };

  return (
    <section className="nr-section nr-step-up" aria-labelledby="step-up-heading">
      <Heading level={2} id="step-up-heading" focusOnMount>
        {t('twoFactor.settings.stepUpHeading')}
      </Heading>
      <Paragraph>{t('twoFactor.settings.stepUpIntro')}</Paragraph>
      <ErrorAlert error={error} />
      {status.totp && (
        <SixDigitCodeForm
          form={appForm}
          onSubmit={byApp}
          id="field-step-up-code"
          label={t('twoFactor.step.code')}
          description={t('twoFactor.step.intro')}
          submitLabel={t('twoFactor.settings.stepUpSubmit')}
        />
      )}
      {status.passkeys.length > 0 && (
        <div className="nr-form-actions">
          <Button onClick={() => void byPasskey()} busy={busy} disabled={busy}>
            {t('twoFactor.step.passkeyButton')}
          </Button>
        </div>
      )}
      {status.sms?.verified &&
        (smsPhone ? (
          <SixDigitCodeForm
            form={smsForm}
            onSubmit={bySms}
            id="field-step-up-sms-code"
            label={t('twoFactor.step.smsCode')}
            description={t('twoFactor.step.smsSent', { phone: smsPhone })}
            submitLabel={t('twoFactor.settings.stepUpSubmit')}
          />
        ) : (
          <div className="nr-form-actions">
            <Button onClick={() => void sendSms()} busy={busy} disabled={busy}>
              {t('twoFactor.step.methods.sms')}
            </Button>
          </div>
        ))}
      {status.backupCode && (
        <>
          <div className="nr-form-actions">
            <Button onClick={() => setBackupOpen((open) => !open)} aria-expanded={backupOpen} aria-controls="step-up-backup">
              {t('twoFactor.step.methods.backup_code')}
            </Button>
          </div>
          <div id="step-up-backup" hidden={!backupOpen}>
            <Paragraph>{t('twoFactor.settings.stepUpBackupWarning')}</Paragraph>
            <Form form={backupForm} onSubmit={byBackupCode}>
              <TextField name="code" id="field-step-up-backup-code" label={t('twoFactor.step.backupCode')} autoComplete="off" spellCheck={false} width="md" />
              <div className="nr-form-actions">
                <Button type="submit" busy={backupForm.formState.isSubmitting} disabled={backupForm.formState.isSubmitting}>
                  {t('twoFactor.settings.stepUpSubmit')}
                </Button>
              </div>
            </Form>
          </div>
        </>
      )}
      <div className="nr-form-actions">
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </section>
  );
}
