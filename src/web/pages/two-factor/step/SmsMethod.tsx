// The 2FA step by SMS: "Stuur een code per SMS" until a code is on its way, then the code from the
// SMS with where it went and "Stuur een nieuwe code".
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { SixDigitCodeForm } from '../SixDigitCodeForm.tsx';

interface SmsMethodProps {
  /** The (masked) number the code went to, once it went. */
  phone: string | null;
  busy: boolean;
  onSend: () => void;
  form: UseFormReturn<{ code: string }>;
  onSubmit: (values: { code: string }) => Promise<void>;
  remember: ReactNode;
}

export function SmsMethod({ phone, busy, onSend, form, onSubmit, remember }: SmsMethodProps) {
  const { t } = useTranslation();
  if (!phone) {
    return (
      <>
        <Paragraph>{busy ? t('twoFactor.step.smsSending') : t('twoFactor.step.smsIntro')}</Paragraph>
        <div className="nr-form-actions">
          <Button appearance="primary-action" onClick={onSend} busy={busy} disabled={busy}>
            {t('twoFactor.step.methods.sms')}
          </Button>
        </div>
      </>
    );
  }
  return (
    <SixDigitCodeForm
      form={form}
      onSubmit={onSubmit}
      label={t('twoFactor.step.smsCode')}
      description={t('twoFactor.step.smsSent', { phone })}
      submitLabel={t('twoFactor.step.submit')}
      secondary={
        <Button onClick={onSend} busy={busy} disabled={busy}>
          {t('twoFactor.step.smsAgain')}
        </Button>
      }
    >
      {remember}
    </SixDigitCodeForm>
  );
}
