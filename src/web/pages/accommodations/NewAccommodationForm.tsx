// The form of "Accommodatie toevoegen": the sign-up's accommodation fields and the
// municipality, checked with the shared rules and shown with the server's verdict per field.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { municipalityId } from '../../../shared/schemas/fields.ts';
import { addAccommodation } from '../../api/accommodations.ts';
import type { Accommodation } from '../../api/types.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { AccommodationFields } from '../../forms/AccommodationFields.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { ACCOMMODATION_FIELD_NAMES, accommodationFormSchema, emptyAccommodationValues, toAccommodationDetails } from '../../forms/schemas.ts';
import { MunicipalityField } from '../../forms/MunicipalityField.tsx';

const schema = accommodationFormSchema.extend({ municipalityId });
const FIELD_NAMES = [...ACCOMMODATION_FIELD_NAMES, 'municipalityId'] as const;

export function NewAccommodationForm({ onAdded }: { onAdded: (accommodation: Accommodation) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { ...emptyAccommodationValues, municipalityId: '' } });

  const onSubmit = async (values: z.output<typeof schema>) => {
    setProblem(null);
    try {
      onAdded(await addAccommodation({ ...toAccommodationDetails(values), municipalityId: values.municipalityId }));
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
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('organisation.newAccommodation.submit')}
          </Button>
          <Link to="/app/accommodatie" className="nr-form-actions__link">
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </>
  );
}
