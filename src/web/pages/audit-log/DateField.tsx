// A date input ("Van", "Tot en met") of the surrounding react-hook-form form. Besides the usual
// field error codes it knows the filter's own problem of an end date before the start date.
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { cx } from '../../components/classNames.ts';
import { FormField } from '../../components/FormField.tsx';
import { fieldErrorText } from '../../forms/error-text.ts';
import { TO_BEFORE_FROM } from './audit-log-filter.ts';

export function DateField({ name, label }: { name: 'from' | 'to'; label: string }) {
  const { t } = useTranslation();
  const { register, formState, getFieldState } = useFormContext();
  const code = getFieldState(name, formState).error?.message;
  const error = !code ? undefined : code === TO_BEFORE_FROM ? t('auditLog.filters.toBeforeFrom') : fieldErrorText(name, code);
  const id = `field-${name}`;
  return (
    <FormField id={id} label={label} error={error}>
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
