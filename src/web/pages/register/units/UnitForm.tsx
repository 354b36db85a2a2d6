// Adding a room or pitch, or changing one: the owner's form, with the server's problems (a name
// already in use) next to the field and everything typed kept. The add form starts afresh after
// a save: empty fields without the marks of the submit that filled them.
import { useEffect, useRef, useState } from 'react';
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
  /** Every press of the submit button, valid or not: the page's old message no longer applies. */
  onAttempt?: () => void;
}

export function UnitForm({
  heading,
  headingId,
  idPrefix,
  defaultValues,
  submitLabel,
  save,
  onSaved,
  onCancel,
  focusOnMount,
  resetAfterSave,
  onAttempt,
}: UnitFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm<UnitFormValues, unknown, UnitFormOutput>({ resolver: zodResolver(unitFormSchema), defaultValues });
  const { isSubmitSuccessful, isSubmitting } = form.formState;
  /** Set by a save the server accepted (not by one that failed without a field error). */
  const resetPending = useRef(false);

  // Before the fields are checked, so a refused attempt clears the old message too.
  useEffect(() => {
    if (isSubmitting) onAttempt?.();
  }, [isSubmitting, onAttempt]);
  // Reset once the submit has finished: a reset inside the submit handler is followed by the
  // handler's own "submitted" state, so the empty form would still validate every change at once.
  // Without arguments reset() also resets the HTML form, which ends the browser's :user-invalid
  // (red) on the required fields the user had typed in; reset(values) leaves them red.
  useEffect(() => {
    if (!resetPending.current || !isSubmitSuccessful) return;
    resetPending.current = false;
    form.reset();
  }, [isSubmitSuccessful, form]);

  const onSubmit = async (values: UnitFormOutput) => {
    setProblem(null);
    try {
      const unit = await save(values);
      resetPending.current = resetAfterSave === true;
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
          <Button type="submit" appearance="primary-action" busy={isSubmitting} disabled={isSubmitting}>
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
