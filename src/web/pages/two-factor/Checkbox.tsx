// A single checkbox with its label (NL Design System classes), outside react-hook-form: the 2FA
// pages use it for choices that are not form values ("Dit apparaat onthouden", "Ik heb de code…"),
// and for settings that are saved at once (with an explanation when it cannot be changed).
import { useId } from 'react';
import { cx } from '../../components/classNames.ts';

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
  disabled?: boolean;
  /** Read with the checkbox, e.g. why it cannot be changed. */
  description?: string;
}

export function Checkbox({ label, checked, onChange, disabled = false, description }: CheckboxProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div className="nr-checkbox-field">
      <div className={cx('utrecht-form-field', 'utrecht-form-field--checkbox', 'nr-checkbox')}>
        <input
          id={id}
          type="checkbox"
          className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', 'utrecht-checkbox--custom', disabled && 'utrecht-checkbox--disabled')}
          checked={checked}
          disabled={disabled}
          aria-describedby={description ? descriptionId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id} className={cx('utrecht-form-label', 'utrecht-form-label--checkbox', disabled && 'utrecht-form-label--disabled')}>
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
