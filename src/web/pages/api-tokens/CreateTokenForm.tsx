// "Nieuwe API-sleutel": a name for the system that will use it, and "Sleutel aanmaken". A token
// reads every guest, so the server asks a user with 2FA for a fresh second factor first: the form
// then shows "Bevestig dat u het bent" (as the 2FA settings do) and makes the token right after.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requiredText } from '../../../shared/schemas/fields.ts';
import { ApiError } from '../../api/client.ts';
import { createApiToken, type ApiToken } from '../../api/register-io.ts';
import { twoFactorStatus, type TwoFactorStatus } from '../../api/two-factor.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Section } from '../../components/Section.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { StepUp } from '../two-factor/StepUp.tsx';

const tokenFormSchema = z.object({ name: requiredText(100) });
type TokenForm = z.input<typeof tokenFormSchema>;

/** The token waiting for the step-up: its name and the methods the user can prove a factor with. */
interface PendingToken {
  name: string;
  status: TwoFactorStatus;
}

export function CreateTokenForm({ onCreated }: { onCreated: (created: { token: string; apiToken: ApiToken }) => void }) {
  const { t } = useTranslation();
  const form = useForm<TokenForm, unknown, z.output<typeof tokenFormSchema>>({ resolver: zodResolver(tokenFormSchema), defaultValues: { name: '' } });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [pending, setPending] = useState<PendingToken | null>(null);

  const make = async (name: string) => {
    setProblem(null);
    try {
      onCreated(await createApiToken(name));
      setPending(null);
      form.reset();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'STEP_UP_REQUIRED') {
        try {
          setPending({ name, status: await twoFactorStatus() });
        } catch (statusError) {
          setProblem({ error: statusError, otherFields: {} });
        }
        return;
      }
      setPending(null);
      setProblem(applyApiError(error, form.setError, ['name']));
    }
  };

  const heading = t('registerIo.apiTokens.createHeading');
  return (
    <Section title={heading}>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      {pending && <StepUp status={pending.status} onVerified={() => void make(pending.name)} onCancel={() => setPending(null)} />}
      <Form form={form} onSubmit={({ name }) => make(name)} label={heading}>
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
