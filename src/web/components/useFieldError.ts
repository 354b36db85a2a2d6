// The translated error of one field of the surrounding react-hook-form form, if it has one.
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../forms/error-text.ts';

export function useFieldError(name: string): string | undefined {
  useTranslation(); // re-render in the new language after a switch
  const { formState, getFieldState } = useFormContext();
  const { error } = getFieldState(name, formState);
  return typeof error?.message === 'string' && error.message !== '' ? fieldErrorText(name, error.message) : undefined;
}
