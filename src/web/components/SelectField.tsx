// A select of the surrounding react-hook-form form, in an NL Design System form field. It starts
// on an empty placeholder option, so nobody picks a value by accident.
import { useFormContext } from 'react-hook-form';
import { cx } from './classNames.ts';
import { FormField } from './FormField.tsx';
import { useFieldError } from './useFieldError.ts';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  name: string;
  label: string;
  options: readonly SelectOption[];
  placeholder: string;
  id?: string;
  required?: boolean;
  description?: string;
  info?: string;
  disabled?: boolean;
}

export function SelectField({ name, label, options, placeholder, id = `field-${name}`, disabled, ...field }: SelectFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FormField id={id} label={label} required={field.required} description={field.description} info={field.info} error={error}>
      {(aria) => (
        <select
          {...aria}
          {...register(name)}
          disabled={disabled}
          className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid', 'nr-width-lg')}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
