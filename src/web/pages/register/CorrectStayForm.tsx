// "Corrigeren": the stay form, filled in with the stay as it is, and the reason for the
// correction. Saving adds a version; the earlier one stays in the history.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { correctStay, type RegisterSettings, type Stay, type Unit } from '../../api/register.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { correctionFormSchema, formRulesOf, stayFieldNames, stayValues, withFormFieldNames, type CorrectionOutput, type StayFormValues } from './stay-form.ts';
import { StayChangeForm } from './StayChangeForm.tsx';
import { StayFormFields } from './StayFormFields.tsx';

interface CorrectStayFormProps {
  stay: Stay;
  settings: RegisterSettings;
  units: readonly Unit[];
  onCorrected: (stay: Stay) => void;
  onStop: () => void;
}

export function CorrectStayForm({ stay, settings, units, onCorrected, onStop }: CorrectStayFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm<StayFormValues, unknown, CorrectionOutput>({
    resolver: zodResolver(correctionFormSchema(formRulesOf(settings))),
    defaultValues: stayValues(stay),
  });

  const onSubmit = async ({ reason, ...corrected }: CorrectionOutput) => {
    setProblem(null);
    try {
      onCorrected(await correctStay(stay.id, corrected, reason));
    } catch (error) {
      setProblem(applyApiError(withFormFieldNames(error), form.setError, stayFieldNames(form.getValues('coTravellers').length)));
    }
  };

  const heading = t('nightRegister.form.correctHeading', { number: stay.number });
  return (
    <StayChangeForm
      id="correct-stay"
      heading={heading}
      intro={t('nightRegister.form.correctIntro')}
      form={form}
      formLabel={heading}
      problem={problem}
      onSubmit={onSubmit}
      submitLabel={t('nightRegister.form.saveCorrection')}
      backLabel={t('nightRegister.form.stopCorrecting')}
      onBack={onStop}
    >
      <StayFormFields units={units} settings={settings} currentUnitId={stay.unitId} />
      <TextAreaField name="reason" label={t('nightRegister.form.reason')} description={t('nightRegister.form.reasonDescription')} required rows={3} />
    </StayChangeForm>
  );
}
