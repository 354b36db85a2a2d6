// A text input of the surrounding react-hook-form form, in an NL Design System form field.
import type { HTMLInputAutoCompleteAttribute, HTMLAttributes } from 'react';
import { useFormContext } from 'react-hook-form';
import { cx } from './classNames.ts';
import { FormField } from './FormField.tsx';
import { useFieldError } from './useFieldError.ts';

export type TextFieldWidth = 'xs' | 'sm' | 'md' | 'lg';

interface TextFieldProps {
  name: string;
  label: string;
  id?: string;
  type?: 'text' | 'email' | 'password' | 'tel';
  required?: boolean;
  description?: string;
  info?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  spellCheck?: boolean;
  width?: TextFieldWidth;
}

export function TextField({ name, label, id = `field-${name}`, type = 'text', width = 'lg', spellCheck, ...field }: TextFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FormField id={id} label={label} required={field.required} description={field.description} info={field.info} error={error}>
      {(aria) => (
        <input
          {...aria}
          {...register(name)}
          type={type}
          autoComplete={field.autoComplete}
          inputMode={field.inputMode}
          spellCheck={spellCheck}
          autoCapitalize={type === 'email' || spellCheck === false ? 'none' : undefined}
          className={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', `nr-width-${width}`)}
        />
      )}
    </FormField>
  );
}
