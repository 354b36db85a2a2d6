// One look-up of a tool: sends the form's values, keeps the answer, and puts refused fields
// (a missing reason, an invalid date) next to their inputs, like the form's own checks.
import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';

export function useLookup<TValues extends FieldValues, TInput, TAnswer>(
  call: (input: TInput) => Promise<TAnswer>,
  setError: UseFormSetError<TValues>,
  fieldNames: readonly Path<TValues>[],
) {
  const [answer, setAnswer] = useState<TAnswer | null>(null);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  // Each answer is new content: a fresh key moves focus to its heading again.
  const [version, setVersion] = useState(0);
  const run = async (input: TInput) => {
    setProblem(null);
    try {
      setAnswer(await call(input));
      setVersion((v) => v + 1);
    } catch (error) {
      setAnswer(null);
      setProblem(applyApiError(error, setError, fieldNames));
    }
  };
  return { answer, problem, run, version };
}
