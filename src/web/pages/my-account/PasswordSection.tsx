// "Wachtwoord wijzigen": the current and a new password. The server ends every other session, so
// the session list is reloaded afterwards.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema } from '../../../shared/schemas/my-account.ts';
import { changePassword } from '../../api/account.ts';
import { forgetDraftKey } from '../../drafts/draft-crypto.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { Section } from '../../components/Section.tsx';

export function PasswordSection({ onChanged }: { onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [changed, setChanged] = useState(false);
  const form = useForm({ resolver: zodResolver(changePasswordSchema), defaultValues: { currentPassword: '', newPassword: '' } });

  const onSubmit = async (values: { currentPassword: string; newPassword: string }) => {
    setProblem(null);
    setChanged(false);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      // A new password means a new draft key (drafts sealed before it no longer open).
      forgetDraftKey();
      form.reset();
      setChanged(true);
      await onChanged();
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['currentPassword', 'newPassword']));
    }
  };

  return (
    <Section title={t('myAccount.password.heading')}>
      {changed && <Alert type="ok">{t('myAccount.password.changed')}</Alert>}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="currentPassword" type="password" label={t('myAccount.password.currentPassword')} autoComplete="current-password" width="md" />
        <TextField
          name="newPassword"
          type="password"
          label={t('myAccount.password.newPassword')}
          description={t('fields.newPassword.description')}
          autoComplete="new-password"
          width="md"
        />
        <div className="nr-form-actions">
          <Button type="submit" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('myAccount.password.submit')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
