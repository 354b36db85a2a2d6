// "Nieuwe API-sleutel": a name for the system that will use it, and "Sleutel aanmaken".
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requiredText } from '../../../shared/schemas/fields.ts';
import { createApiToken, type ApiToken } from '../../api/register-io.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Section } from '../../components/Section.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';

const tokenFormSchema = z.object({ name: requiredText(100) });
type TokenForm = z.input<typeof tokenFormSchema>;

export function CreateTokenForm({ onCreated }: { onCreated: (created: { token: string; apiToken: ApiToken }) => void }) {
  const { t } = useTranslation();
  const form = useForm<TokenForm, unknown, z.output<typeof tokenFormSchema>>({ resolver: zodResolver(tokenFormSchema), defaultValues: { name: '' } });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);

  const onSubmit = async ({ name }: { name: string }) => {
    setProblem(null);
    try {
      onCreated(await createApiToken(name));
      form.reset();
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['name']));
    }
  };

  const heading = t('registerIo.apiTokens.createHeading');
  return (
    <Section title={heading}>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit} label={heading}>
        <TextField name="name" label={t('registerIo.apiTokens.name')} description={t('registerIo.apiTokens.nameDescription')} required autoComplete="off" />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('registerIo.apiTokens.create')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
