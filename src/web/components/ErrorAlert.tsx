// Shows a failed request above a form or page: the translated message of its code, and any field
// problems that have no input on this page.
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/client.ts';
import { apiErrorText, fieldErrorText, fieldProblemMessage } from '../forms/error-text.ts';
import { Alert } from './Alert.tsx';
import { Paragraph } from './Paragraph.tsx';

interface ErrorAlertProps {
  error: unknown;
  otherFields?: Readonly<Record<string, FieldProblem>>;
}

export function ErrorAlert({ error, otherFields = {} }: ErrorAlertProps) {
  useTranslation(); // re-render in the new language after a switch
  if (error === null || error === undefined) return null;
  const extra = Object.entries(otherFields);
  return (
    <Alert type="error">
      <Paragraph>{apiErrorText(error)}</Paragraph>
      {extra.length > 0 && (
        <ul className="utrecht-unordered-list">
          {extra.map(([name, problem]) => (
            <li key={name} className="utrecht-unordered-list__item">
              {fieldErrorText(name, fieldProblemMessage(problem))}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
