// The 2FA step by the authenticator app: its 6-digit code, and "Dit apparaat 30 dagen onthouden".
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { SixDigitCodeForm } from '../SixDigitCodeForm.tsx';

interface AppCodeMethodProps {
  form: UseFormReturn<{ code: string }>;
  onSubmit: (values: { code: string }) => Promise<void>;
  remember: ReactNode;
}

export function AppCodeMethod({ form, onSubmit, remember }: AppCodeMethodProps) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('twoFactor.step.intro')}</Paragraph>
      <SixDigitCodeForm form={form} onSubmit={onSubmit} label={t('twoFactor.step.code')} submitLabel={t('twoFactor.step.submit')}>
        {remember}
      </SixDigitCodeForm>
    </>
  );
}
