// A checkbox of the surrounding react-hook-form form (NL Design System classes), with an
// optional description read together with it and its error next to it.
import { useFormContext } from 'react-hook-form';
import { cx } from './classNames.ts';
import { useFieldError } from './useFieldError.ts';

interface CheckboxFieldProps {
  name: string;
  label: string;
  id?: string;
  description?: string;
}

export function CheckboxField({ name, label, id = `field-${name}`, description }: CheckboxFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [error && errorId, description && descriptionId].filter(Boolean).join(' ');
  return (
    <div className="nr-checkbox-field">
      {error && (
        <div id={errorId} className="utrecht-form-field-error-message">
          {error}
        </div>
      )}
      <div className={cx('utrecht-form-field', 'utrecht-form-field--checkbox', 'nr-checkbox', error && 'utrecht-form-field--invalid')}>
        <input
          {...register(name)}
          id={id}
          type="checkbox"
          className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', 'utrecht-checkbox--custom', error && 'utrecht-checkbox--invalid')}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
          {label}
        </label>
      </div>
      {description && (
        <div id={descriptionId} className="utrecht-form-field-description nr-checkbox__description">
          {description}
        </div>
      )}
    </div>
  );
}
