// A file the server would not read at all: not a register file (with the columns it lacks), past
// one of the limits (rows, columns, the length of a line or a cell), or another failure of the
// request.
import { useTranslation } from 'react-i18next';
import { CSV_COLUMNS } from '../../../shared/register/csv-columns.ts';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { apiErrorText, fieldErrorText } from '../../forms/error-text.ts';

export function ImportProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.code !== 'CSV_INVALID') return <ErrorAlert error={error} />;
  const missing = Object.keys(error.fields).filter((name) => (CSV_COLUMNS as readonly string[]).includes(name));
  const limit = error.fields.csv?.code;
  return (
    <Alert type="error">
      <Paragraph>{apiErrorText(error)}</Paragraph>
      {missing.length > 0 && <Paragraph>{t('registerIo.import.missingColumns', { columns: missing.join(', ') })}</Paragraph>}
      {limit === 'TOO_MANY' && <Paragraph>{t('registerIo.import.tooManyRows')}</Paragraph>}
      {limit && limit !== 'TOO_MANY' && <Paragraph>{fieldErrorText('csv', limit)}</Paragraph>}
    </Alert>
  );
}
