// The frame of a change to one stay on its page ("Corrigeren", "Annuleren"): a heading that takes
// focus, what the change does, problems the form cannot put next to a field, the form itself, and
// the submit button beside the way back without changing anything.
import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { Button } from '../../components/Button.tsx';
import { cx } from '../../components/classNames.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import type { UnplacedProblems } from '../../forms/apply-api-error.ts';

interface StayChangeFormProps<TValues extends FieldValues, TOutput> {
  /** Names the section's heading: `${id}-heading`. */
  id: string;
  heading: string;
  intro: string;
  form: UseFormReturn<TValues, unknown, TOutput>;
  /** The form's accessible name, for a form long enough to be found by landmark. */
  formLabel?: string;
  problem: UnplacedProblems | null;
  onSubmit: (values: TOutput) => Promise<void>;
  submitLabel: string;
  backLabel: string;
  onBack: () => void;
  /** A short form that sits inline under the stay's actions. */
  inline?: boolean;
  children: ReactNode;
}

export function StayChangeForm<TValues extends FieldValues, TOutput>(props: StayChangeFormProps<TValues, TOutput>) {
  const { id, form, problem, inline = false } = props;
  const busy = form.formState.isSubmitting;
  return (
    <section className={cx('nr-section', inline && 'nr-inline-form')} aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`} focusOnMount>
        {props.heading}
      </Heading>
      <Paragraph>{props.intro}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={props.onSubmit} label={props.formLabel}>
        {props.children}
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {props.submitLabel}
          </Button>
          <Button appearance="subtle" onClick={props.onBack}>
            {props.backLabel}
          </Button>
        </div>
      </Form>
    </section>
  );
}
