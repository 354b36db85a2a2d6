// Per-item errors for the ways that register many stays at once (CSV rows, API batches): the
// schema's issues in the same `{ code, message, fields }` shape that a single request gets from
// the error handler, with each field named as the caller knows it.
import type { z } from 'zod';
import { fieldProblemOf } from '../../../platform/errors.ts';
import { errorMessages } from '../../../platform/messages.ts';
import type { ItemError } from '../stays/register-stays.ts';

export type FieldErrors = NonNullable<ItemError['fields']>;

/** The first problem per field; `nameOf` turns a schema path ("guest.surname") into the caller's name. */
export function fieldErrorsOf(error: z.ZodError, nameOf: (path: string) => string = (path) => path): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const name = nameOf(issue.path.map(String).join('.')) || '_item';
    if (fields[name]) continue;
    fields[name] = fieldProblemOf(issue);
  }
  return fields;
}

export function validationError(fields: FieldErrors): ItemError {
  return { code: 'VALIDATION_FAILED', message: errorMessages.VALIDATION_FAILED, fields };
}

/** An error of the register's checks with its fields renamed the same way. */
export function renamedError(error: ItemError, nameOf: (path: string) => string): ItemError {
  if (!error.fields) return error;
  const fields: FieldErrors = {};
  for (const [path, problem] of Object.entries(error.fields)) fields[nameOf(path) || path] ??= problem;
  return { ...error, fields };
}
