// "Naam": the user's own name. The session is reloaded afterwards so the user menu shows it.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { accountNameSchema } from '../../../shared/schemas/my-account.ts';
import { changeName } from '../../api/account.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { Section } from '../../components/Section.tsx';

export function NameSection({ name }: { name: string | null }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({ resolver: zodResolver(accountNameSchema), defaultValues: { name: name ?? '' } });
  const { reset } = form;

  useEffect(() => {
    reset({ name: name ?? '' });
  }, [name, reset]);

  const onSubmit = async (values: { name: string }) => {
    setProblem(null);
    setSaved(false);
    try {
      const result = await changeName(values.name);
      reset({ name: result.name });
      setSaved(true);
      await refresh();
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['name']));
    }
  };

  return (
    <Section title={t('myAccount.name.heading')}>
      {saved && <Alert type="ok">{t('myAccount.name.saved')}</Alert>}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="name" label={t('myAccount.name.label')} description={t('myAccount.name.description')} autoComplete="name" width="md" />
        <div className="nr-form-actions">
          <Button type="submit" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('myAccount.name.submit')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
