// Editing the accommodation: the sign-up's accommodation fields, prefilled, and its star
// rating (which can decide the tourist tax rate); the municipality is shown but cannot be
// changed here.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { updateAccommodation } from '../../api/accommodation.ts';
import type { z } from 'zod';
import type { Accommodation } from '../../api/types.ts';
import { Button } from '../../components/Button.tsx';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { AccommodationFields } from '../../forms/AccommodationFields.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { ACCOMMODATION_FIELD_NAMES, accommodationFormSchema, toAccommodationDetails } from '../../forms/schemas.ts';
import { StarRatingField, starRatingChoice, starRatingText } from '../../forms/StarRatingField.tsx';

const editFormSchema = accommodationFormSchema.extend({ starRating: starRatingChoice });
type EditFormValues = z.input<typeof editFormSchema>;
type EditFormOutput = z.output<typeof editFormSchema>;
const FIELD_NAMES = [...ACCOMMODATION_FIELD_NAMES, 'starRating'] as const;

interface AccommodationEditFormProps {
  accommodation: Accommodation;
  onSaved: (accommodation: Accommodation) => void;
  onCancel: () => void;
}

function formValuesOf(accommodation: Accommodation): EditFormValues {
  return {
    companyName: accommodation.companyName,
    address: accommodation.address,
    postcode: accommodation.postcode,
    city: accommodation.city,
    kvkNumber: accommodation.kvkNumber ?? '',
    phone: accommodation.phone ?? '',
    beds: String(accommodation.beds),
    accommodationType: accommodation.accommodationType,
    starRating: starRatingText(accommodation.starRating),
  };
}

export function AccommodationEditForm({ accommodation, onSaved, onCancel }: AccommodationEditFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm<EditFormValues, unknown, EditFormOutput>({ resolver: zodResolver(editFormSchema), defaultValues: formValuesOf(accommodation) });
  const { setFocus } = form;

  useEffect(() => {
    setFocus('companyName');
  }, [setFocus]);

  const onSubmit = async (values: EditFormOutput) => {
    setProblem(null);
    try {
      onSaved(await updateAccommodation({ ...toAccommodationDetails(values), starRating: values.starRating }));
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
        <StarRatingField />
        <DataList items={[{ key: 'municipality', label: t('fields.municipality.label'), value: accommodation.municipality.name }]} />
        <Paragraph className="nr-hint">{t('accommodation.municipalityReadOnly')}</Paragraph>
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </>
  );
}
