// The form of one inspection tool: its fields, "Reden" (required, recorded in the audit log) and
// the submit button. It is left off paper when a result is printed.
import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import type { UnplacedProblems } from '../../forms/apply-api-error.ts';

interface ToolFormProps<TValues extends FieldValues, TOutput> {
  form: UseFormReturn<TValues, unknown, TOutput>;
  label: string;
  submitLabel: string;
  problem: UnplacedProblems | null;
  onSubmit: (values: TOutput) => Promise<void>;
  children: ReactNode;
}

export function ToolForm<TValues extends FieldValues, TOutput>({ form, label, submitLabel, problem, onSubmit, children }: ToolFormProps<TValues, TOutput>) {
  const { t } = useTranslation();
  const busy = form.formState.isSubmitting;
  return (
    <div className="nr-no-print">
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} label={label} onSubmit={onSubmit}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        {children}
        <TextAreaField name="reason" label={t('inspection.fields.reason')} description={t('inspection.fields.reasonDescription')} required rows={3} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {submitLabel}
          </Button>
        </div>
      </Form>
    </div>
  );
}
