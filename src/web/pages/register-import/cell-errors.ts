// The words for a problem in a CSV row: the file's own wording where the form's ("kies uit de
// lijst") does not fit a file, else the usual text of the error code; a text too long names its
// maximum ("Maximaal 100 tekens.").
import { fieldErrorText, fieldProblemMessage } from '../../forms/error-text.ts';
import { translateFirst } from '../../i18n/index.ts';

export function cellErrorText(column: string, problem: { code: string; maximum?: number }): string {
  if (problem.code === 'TOO_LONG' && problem.maximum !== undefined) return fieldErrorText(column, fieldProblemMessage(problem));
  return translateFirst([`registerIo.import.cellErrors.${column}.${problem.code}`, `errors.${problem.code}`, 'errors.FIELD_INVALID']);
}
