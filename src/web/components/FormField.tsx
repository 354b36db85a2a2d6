// NL Design System form field: label (with required mark and optional info tip), description,
// error message and the input, wired together with ids for assistive technology.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from './classNames.ts';
import { InfoTip } from './InfoTip.tsx';

/** Attributes the input gets so it is announced with its description, info and error. */
export interface FieldAria {
  id: string;
  required?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FormFieldProps {
  id: string;
  label: string;
  required?: boolean;
  description?: string;
  info?: string;
  error?: string;
  children: (aria: FieldAria) => ReactNode;
}

export function FormField({ id, label, required = false, description, info, error, children }: FormFieldProps) {
  const { t } = useTranslation();
  const infoId = `${id}-info`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [error && errorId, description && descriptionId, info && infoId].filter(Boolean).join(' ');

  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--distanced', 'nr-form-field', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label nr-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required && t('common.requiredMark')}
        </label>
        {info && <InfoTip id={infoId} label={label} text={info} />}
      </div>
      {description && (
        <div id={descriptionId} className="utrecht-form-field__description utrecht-form-field-description">
          {description}
        </div>
      )}
      {error && (
        <div id={errorId} className="utrecht-form-field__error-message utrecht-form-field-error-message">
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {children({
          id,
          required: required || undefined,
          'aria-describedby': describedBy || undefined,
          'aria-invalid': error ? true : undefined,
        })}
      </div>
    </div>
  );
}
