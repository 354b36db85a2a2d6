// "Gemeente bewerken": the name, and whether the municipality is active (listed in the
// sign-up form). Opens with focus on its heading; closing returns to the row's button.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { municipalityUpdateSchema } from '../../../shared/schemas/organisations.ts';
import { updateManagedMunicipality, type ManagedMunicipality } from '../../api/admin-municipalities.ts';
import { Button } from '../../components/Button.tsx';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';

interface EditMunicipalityFormProps {
  municipality: ManagedMunicipality;
  onSaved: (municipality: ManagedMunicipality) => void;
  onCancel: () => void;
}

export function EditMunicipalityForm({ municipality, onSaved, onCancel }: EditMunicipalityFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({
    resolver: zodResolver(municipalityUpdateSchema),
    defaultValues: { name: municipality.name, active: municipality.active },
  });

  const onSubmit = async (values: { name: string; active: boolean }) => {
    setProblem(null);
    try {
      onSaved(await updateManagedMunicipality(municipality.id, values));
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['name', 'active']));
    }
  };

  return (
    <section className="nr-section nr-inline-form" aria-labelledby="edit-municipality-heading">
      <Heading level={2} id="edit-municipality-heading" focusOnMount>
        {t('adminMunicipalities.editHeading', { name: municipality.name })}
      </Heading>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <TextField name="name" id="edit-municipality-name" label={t('adminMunicipalities.nameLabel')} required autoComplete="off" width="md" />
        <CheckboxField name="active" id="edit-municipality-active" label={t('adminMunicipalities.activeLabel')} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
