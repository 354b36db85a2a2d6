// Editing the accommodation: the registration's accommodation fields, prefilled; the
// municipality is shown but cannot be changed here.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { updateAccommodation } from '../../api/accommodation.ts';
import type { Accommodation } from '../../api/types.ts';
import { Button } from '../../components/Button.tsx';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { AccommodationFields } from '../../forms/AccommodationFields.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import {
  ACCOMMODATION_FIELD_NAMES,
  accommodationFormSchema,
  toAccommodationDetails,
  type AccommodationFormOutput,
  type AccommodationFormValues,
} from '../../forms/schemas.ts';

interface AccommodationEditFormProps {
  accommodation: Accommodation;
  onSaved: (accommodation: Accommodation) => void;
  onCancel: () => void;
}

function formValuesOf(accommodation: Accommodation): AccommodationFormValues {
  return {
    companyName: accommodation.companyName,
    address: accommodation.address,
    postcode: accommodation.postcode,
    city: accommodation.city,
    kvkNumber: accommodation.kvkNumber ?? '',
    phone: accommodation.phone ?? '',
    beds: String(accommodation.beds),
    accommodationType: accommodation.accommodationType,
  };
}

export function AccommodationEditForm({ accommodation, onSaved, onCancel }: AccommodationEditFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(accommodationFormSchema), defaultValues: formValuesOf(accommodation) });
  const { setFocus } = form;

  useEffect(() => {
    setFocus('companyName');
  }, [setFocus]);

  const onSubmit = async (values: AccommodationFormOutput) => {
    setProblem(null);
    try {
      onSaved(await updateAccommodation(toAccommodationDetails(values)));
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ACCOMMODATION_FIELD_NAMES));
    }
  };

  return (
    <>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <AccommodationFields />
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
