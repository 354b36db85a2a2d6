// Puts the per-field problems of an API error next to the inputs of a react-hook-form form, so
// they look exactly like the client's own checks and nothing typed is lost.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, type FieldProblem } from '../api/client.ts';
import { fieldProblemMessage } from './error-text.ts';

export interface UnplacedProblems {
  /** The error to show above the form, or null when every problem sits next to a field. */
  error: unknown;
  /** Field problems of fields this form does not have. */
  otherFields: Readonly<Record<string, FieldProblem>>;
}

export function applyApiError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fieldNames: readonly Path<T>[]): UnplacedProblems {
  if (!(error instanceof ApiError)) return { error, otherFields: {} };
  const otherFields: Record<string, FieldProblem> = {};
  let first = true;
  for (const [name, problem] of Object.entries(error.fields)) {
    const field = fieldNames.find((candidate) => candidate === name);
    if (field === undefined) {
      otherFields[name] = problem;
      continue;
    }
    setError(field, { type: 'server', message: fieldProblemMessage(problem) }, { shouldFocus: first });
    first = false;
  }
  return { error, otherFields };
}
