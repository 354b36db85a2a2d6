// "Emailadres": the current address, a change waiting for confirmation, and the form that asks
// for one (new address + current password). The address changes only once the code mailed to
// the new address is confirmed on /email-bevestigen.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { emailChangeSchema } from '../../../shared/schemas/my-account.ts';
import { requestEmailChange, type Account } from '../../api/account.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { Section } from '../../components/Section.tsx';

export function EmailSection({ account, onRequested }: { account: Account; onRequested: () => Promise<void> }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(emailChangeSchema), defaultValues: { email: '', password: '' } });

  const onSubmit = async (values: { email: string; password: string }) => {
    setProblem(null);
    setSentTo(null);
    try {
      await requestEmailChange(values.email, values.password);
      form.reset();
      setSentTo(values.email);
      await onRequested();
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['email', 'password']));
    }
  };

  return (
    <Section title={t('myAccount.email.heading')}>
      <Paragraph>{t('myAccount.email.current', { email: account.email })}</Paragraph>
      {sentTo && (
        <Alert type="ok">
          <Paragraph>{t('myAccount.email.sent', { email: sentTo })}</Paragraph>
          <Paragraph>{t('common.spamHint')}</Paragraph>
        </Alert>
      )}
      {!sentTo && account.pendingEmail && (
        <Alert type="info">
          <Paragraph>{t('myAccount.email.pending', { email: account.pendingEmail })}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('myAccount.email.intro')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="email" type="email" label={t('myAccount.email.newEmail')} autoComplete="email" width="md" />
        <TextField
          name="password"
          id="field-email-change-password"
          type="password"
          label={t('myAccount.email.currentPassword')}
          autoComplete="current-password"
          width="md"
        />
        <div className="nr-form-actions">
          <Button type="submit" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('myAccount.email.submit')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
