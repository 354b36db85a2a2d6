// The words for a problem in a CSV row: the file's own wording where the form's ("kies uit de
// lijst") does not fit a file, else the usual text of the error code.
import { translateFirst } from '../../i18n/index.ts';

export function cellErrorText(column: string, code: string): string {
  return translateFirst([`registerIo.import.cellErrors.${column}.${code}`, `errors.${code}`, 'errors.FIELD_INVALID']);
}
