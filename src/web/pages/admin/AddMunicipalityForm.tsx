// "Gemeente toevoegen": a municipality by its CBS code and name; a wrong or existing code is
// told next to the code.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { newMunicipalitySchema } from '../../../shared/schemas/organisations.ts';
import { addMunicipality, type ManagedMunicipality } from '../../api/admin-municipalities.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';

export function AddMunicipalityForm({ onAdded }: { onAdded: (municipality: ManagedMunicipality) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(newMunicipalitySchema), defaultValues: { code: '', name: '' } });

  const onSubmit = async (values: { code: string; name: string }) => {
    setProblem(null);
    try {
      onAdded(await addMunicipality(values));
      form.reset();
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['code', 'name']));
    }
  };

  return (
    <section className="nr-section" aria-labelledby="add-municipality-heading">
      <Heading level={2} id="add-municipality-heading">
        {t('adminMunicipalities.addHeading')}
      </Heading>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField
          name="code"
          id="add-municipality-code"
          label={t('adminMunicipalities.codeLabel')}
          description={t('adminMunicipalities.codeDescription')}
          required
          autoComplete="off"
          spellCheck={false}
          width="sm"
        />
        <TextField name="name" id="add-municipality-name" label={t('adminMunicipalities.nameLabel')} required autoComplete="off" width="md" />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('adminMunicipalities.add')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
