// The form for a 6-digit code (from the app or an SMS), used at the 2FA step, in the set-up and
// for step-ups: one field, optional extra controls, and the submit button.
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Button } from '../../components/Button.tsx';
import { Form } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';

interface SixDigitCodeFormProps {
  form: UseFormReturn<{ code: string }>;
  onSubmit: (values: { code: string }) => Promise<void>;
  label: string;
  submitLabel: string;
  /** The field's id; needed when a page holds more than one code form. */
  id?: string;
  /** Read with the field (e.g. where the SMS went). */
  description?: string;
  /** Shown between the field and the buttons (e.g. "Dit apparaat 30 dagen onthouden"). */
  children?: ReactNode;
  /** A second button next to the submit button (e.g. "Stuur een nieuwe code"). */
  secondary?: ReactNode;
}

export function SixDigitCodeForm({ form, onSubmit, label, submitLabel, id, description, children, secondary }: SixDigitCodeFormProps) {
  return (
    <Form form={form} onSubmit={onSubmit}>
      <TextField name="code" id={id} label={label} description={description} autoComplete="one-time-code" inputMode="numeric" spellCheck={false} width="sm" />
      {children}
      <div className="nr-form-actions">
        <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        {secondary}
      </div>
    </Form>
  );
}
