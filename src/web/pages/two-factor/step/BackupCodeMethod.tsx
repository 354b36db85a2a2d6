// The 2FA step by the backup code, for when the other methods are out of reach.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.tsx';
import { Form } from '../../../components/Form.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { TextField } from '../../../components/TextField.tsx';

interface BackupCodeMethodProps {
  form: UseFormReturn<{ code: string }>;
  onSubmit: (values: { code: string }) => Promise<void>;
}

export function BackupCodeMethod({ form, onSubmit }: BackupCodeMethodProps) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('twoFactor.step.backupIntro')}</Paragraph>
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="code" label={t('twoFactor.step.backupCode')} autoComplete="off" spellCheck={false} width="md" />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('twoFactor.step.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
