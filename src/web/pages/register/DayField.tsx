// A calendar day input ("Aankomstdatum", "Van") of the surrounding react-hook-form form; the
// browser's date picker, the value a 'YYYY-MM-DD' day as the API takes it.
import { useFormContext } from 'react-hook-form';
import { cx } from '../../components/classNames.ts';
import { FormField } from '../../components/FormField.tsx';
import { useFieldError } from '../../components/useFieldError.ts';

interface DayFieldProps {
  name: string;
  label: string;
  id?: string;
  required?: boolean;
  description?: string;
  /** Wording for problems only this form has (a "Tot" before "Van"), by code. */
  ownErrors?: Readonly<Record<string, string>>;
}

export function DayField({ name, label, id = `field-${name}`, required, description, ownErrors = {} }: DayFieldProps) {
  const { register, formState, getFieldState } = useFormContext();
  const code = getFieldState(name, formState).error?.message;
  const usual = useFieldError(name);
  const error = (code && ownErrors[code]) || usual;
  return (
    <FormField id={id} label={label} required={required} description={description} error={error}>
      {(aria) => (
        <input
          {...aria}
          {...register(name)}
          type="date"
          className={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', 'nr-width-sm')}
        />
      )}
    </FormField>
  );
}
