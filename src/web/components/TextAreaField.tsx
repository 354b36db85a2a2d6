// A multi-line text input of the surrounding react-hook-form form, in an NL Design System form field.
import { useFormContext } from 'react-hook-form';
import { cx } from './classNames.ts';
import { FormField } from './FormField.tsx';
import { useFieldError } from './useFieldError.ts';

interface TextAreaFieldProps {
  name: string;
  label: string;
  id?: string;
  required?: boolean;
  description?: string;
  rows?: number;
}

export function TextAreaField({ name, label, id = `field-${name}`, required, description, rows = 4 }: TextAreaFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FormField id={id} label={label} required={required} description={description} error={error}>
      {(aria) => (
        <textarea
          {...aria}
          {...register(name)}
          rows={rows}
          // Without the html-textarea modifier: it marks a required, still empty textarea invalid before anyone typed.
          className={cx('utrecht-textarea', error && 'utrecht-textarea--invalid', 'nr-width-lg')}
        />
      )}
    </FormField>
  );
}
