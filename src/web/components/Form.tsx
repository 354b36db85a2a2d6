// A react-hook-form form with the browser's own validation bubbles switched off: the shared zod
// schemas decide, and their messages appear next to the fields in the user's language.
import type { ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';

interface FormProps<TValues extends FieldValues, TContext, TOutput> {
  form: UseFormReturn<TValues, TContext, TOutput>;
  onSubmit: (values: TOutput) => Promise<void>;
  children: ReactNode;
  label?: string;
}

export function Form<TValues extends FieldValues, TContext, TOutput>({ form, onSubmit, children, label }: FormProps<TValues, TContext, TOutput>) {
  return (
    <FormProvider {...form}>
      <form className="utrecht-form nr-form" noValidate aria-label={label} onSubmit={form.handleSubmit(onSubmit)}>
        {children}
      </form>
    </FormProvider>
  );
}
