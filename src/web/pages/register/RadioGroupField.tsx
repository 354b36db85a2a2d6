// A choice between a few options shown side by side ("Reisdoel": Toerist / Internationale
// werknemer): radio buttons in a fieldset whose legend names the question.
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { cx } from '../../components/classNames.ts';
import { useFieldError } from '../../components/useFieldError.ts';

interface RadioGroupFieldProps {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  required?: boolean;
}

export function RadioGroupField({ name, legend, options, required }: RadioGroupFieldProps) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const error = useFieldError(name);
  const errorId = `field-${name}-error`;
  return (
    <fieldset
      className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', 'nr-radio-group', error && 'utrecht-form-field--invalid')}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
        {legend}
        {required && t('common.requiredMark')}
      </legend>
      {error && (
        <div id={errorId} className="utrecht-form-field-error-message">
          {error}
        </div>
      )}
      {options.map((option) => {
        const id = `field-${name}-${option.value}`;
        return (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio nr-radio">
            <input
              {...register(name)}
              id={id}
              type="radio"
              value={option.value}
              className={cx('utrecht-radio-button', 'utrecht-radio-button--html-input', error && 'utrecht-radio-button--invalid')}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={id} className="utrecht-form-label utrecht-form-label--radio">
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
