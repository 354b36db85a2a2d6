// "Corrigeren": the stay form, filled in with the stay as it is, and the reason for the
// correction. Saving adds a version; the earlier one stays in the history.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { correctStay, type RegisterSettings, type Stay, type Unit } from '../../api/register.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { correctionFormSchema, stayFieldNames, stayValues, withFormFieldNames, type CorrectionOutput, type StayFormValues } from './stay-form.ts';
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
    resolver: zodResolver(correctionFormSchema(settings.recordDocumentNumber)),
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

  return (
    <section className="nr-section" aria-labelledby="correct-stay-heading">
      <Heading level={2} id="correct-stay-heading" focusOnMount>
        {t('nightRegister.form.correctHeading', { number: stay.number })}
      </Heading>
      <Paragraph>{t('nightRegister.form.correctIntro')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit} label={t('nightRegister.form.correctHeading', { number: stay.number })}>
        <StayFormFields units={units} recordDocumentNumber={settings.recordDocumentNumber} currentUnitId={stay.unitId} />
        <TextAreaField name="reason" label={t('nightRegister.form.reason')} description={t('nightRegister.form.reasonDescription')} required rows={3} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('nightRegister.form.saveCorrection')}
          </Button>
          <Button appearance="subtle" onClick={onStop}>
            {t('nightRegister.form.stopCorrecting')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
