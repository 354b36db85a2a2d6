// Adding a room or pitch, or changing one: the owner's form, with the server's problems (a name
// already in use) next to the field and everything typed kept.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../api/register.ts';
import { Button } from '../../../components/Button.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Form } from '../../../components/Form.tsx';
import { Heading } from '../../../components/Heading.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { applyApiError, type UnplacedProblems } from '../../../forms/apply-api-error.ts';
import { UNIT_FIELD_NAMES, unitFormSchema, type UnitFormOutput, type UnitFormValues } from './unit-form.ts';
import { UnitFields } from './UnitFields.tsx';

interface UnitFormProps {
  heading: string;
  headingId: string;
  idPrefix: string;
  defaultValues: UnitFormValues;
  submitLabel: string;
  save: (values: UnitFormOutput) => Promise<Unit>;
  onSaved: (unit: Unit) => void;
  /** An edit form can be closed; the add form stays. */
  onCancel?: () => void;
  /** The form replaced its button: its heading takes the focus. */
  focusOnMount?: boolean;
  /** Empty the form after saving, ready for the next one. */
  resetAfterSave?: boolean;
}

export function UnitForm({ heading, headingId, idPrefix, defaultValues, submitLabel, save, onSaved, onCancel, focusOnMount, resetAfterSave }: UnitFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm<UnitFormValues, unknown, UnitFormOutput>({ resolver: zodResolver(unitFormSchema), defaultValues });

  const onSubmit = async (values: UnitFormOutput) => {
    setProblem(null);
    try {
      const unit = await save(values);
      if (resetAfterSave) form.reset(defaultValues);
      onSaved(unit);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, UNIT_FIELD_NAMES));
    }
  };

  return (
    <section className="nr-section nr-inline-form" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount={focusOnMount}>
        {heading}
      </Heading>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit} label={heading}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <UnitFields idPrefix={idPrefix} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button appearance="subtle" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </Form>
    </section>
  );
}
