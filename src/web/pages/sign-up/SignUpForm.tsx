// The sign-up form: accommodation details, municipality, email and password, checked with
// the shared schemas before sending and shown with the server's verdict per field afterwards.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { register } from '../../api/accounts.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { AccommodationFields } from '../../forms/AccommodationFields.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { ACCOMMODATION_FIELD_NAMES, emptyAccommodationValues, signUpFormSchema, toAccommodationDetails, type SignUpFormValues } from '../../forms/schemas.ts';
import { MunicipalityField } from '../../forms/MunicipalityField.tsx';
import type { z } from 'zod';

const FIELD_NAMES = [...ACCOMMODATION_FIELD_NAMES, 'municipalityId', 'email', 'password'] as const;

const defaultValues: SignUpFormValues = {
  ...emptyAccommodationValues,
  municipalityId: '',
  email: '',
  password: '',
};

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(signUpFormSchema), defaultValues });

  const onSubmit = async (values: z.output<typeof signUpFormSchema>) => {
    setProblem(null);
    try {
      await register({
        ...toAccommodationDetails(values),
        municipalityId: values.municipalityId,
        email: values.email,
        password: values.password,
      });
      onSignedUp();
    } catch (error) {
      setProblem(applyApiError(error, form.setError, FIELD_NAMES));
    }
  };

  return (
    <>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <AccommodationFields />
        <MunicipalityField />
        <TextField name="email" label={t('fields.email.label')} type="email" required autoComplete="email" spellCheck={false} />
        <TextField
          name="password"
          label={t('fields.password.label')}
          description={t('fields.password.description')}
          type="password"
          required
          autoComplete="new-password"
        />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('signUp.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
