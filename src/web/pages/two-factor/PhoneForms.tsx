// "SMS inschakelen als back-upmethode": the phone number with "Code versturen", then the 6-digit
// code from the SMS with "Bevestigen" — the same two forms in the set-up's optional step and on the
// 2FA page.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/Button.tsx';
import { Form } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SixDigitCodeForm } from './SixDigitCodeForm.tsx';

export const phoneSchema = z.object({ phone: z.string().trim().min(1, 'REQUIRED') });

interface PhoneFormsProps {
  phoneForm: UseFormReturn<{ phone: string }>;
  onSend: (values: { phone: string }) => Promise<void>;
  /** The number a code was sent to, once it was. */
  sentTo: string | null;
  codeForm: UseFormReturn<{ code: string }>;
  codeFieldId: string;
  onConfirm: (values: { code: string }) => Promise<void>;
}

export function PhoneForms({ phoneForm, onSend, sentTo, codeForm, codeFieldId, onConfirm }: PhoneFormsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Form form={phoneForm} onSubmit={onSend}>
        <TextField name="phone" type="tel" label={t('twoFactor.settings.smsPhone')} autoComplete="tel" width="md" />
        <div className="nr-form-actions">
          <Button type="submit" busy={phoneForm.formState.isSubmitting} disabled={phoneForm.formState.isSubmitting}>
            {t('twoFactor.settings.smsSend')}
          </Button>
        </div>
      </Form>
      {sentTo && (
        <SixDigitCodeForm
          form={codeForm}
          id={codeFieldId}
          label={t('twoFactor.step.smsCode')}
          description={t('twoFactor.step.smsSent', { phone: sentTo })}
          submitLabel={t('twoFactor.settings.smsConfirm')}
          onSubmit={onConfirm}
        />
      )}
    </>
  );
}
