// The rows of the file as the server judged them: line number, name, days, status and, for a
// row with problems, each problem with the column it is in.
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../api/register-io.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { cellErrorText } from './cell-errors.ts';

function RowErrors({ errors }: { errors: ImportRow['errors'] }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <ul className="nr-import-errors">
      {entries.map(([column, problem]) => (
        <li key={column}>
          <span className="nr-import-errors__column">{column === '_row' ? t('registerIo.import.rowLabel') : column}</span>: {cellErrorText(column, problem)}
        </li>
      ))}
    </ul>
  );
}

export function ImportRowsTable({ rows }: { rows: readonly ImportRow[] }) {
  const { t } = useTranslation();
  const column = (key: 'line' | 'name' | 'arrival' | 'departure' | 'status' | 'errors') => t(`registerIo.import.columns.${key}`);
  return (
    <DataTable
      caption={t('registerIo.import.tableCaption')}
      columns={[column('line'), column('name'), column('arrival'), column('departure'), column('status'), column('errors')]}
    >
      {rows.map((row) => (
        <tr key={row.line} className="utrecht-table__row">
          <th className="utrecht-table__header-cell utrecht-table__cell--numeric-data" scope="row">
            {row.line}
          </th>
          <td className="utrecht-table__cell nr-import-cell--text">{row.summary.name}</td>
          <td className="utrecht-table__cell">{row.summary.arrival}</td>
          <td className="utrecht-table__cell">{row.summary.departure}</td>
          <td className="utrecht-table__cell">
            {row.duplicateOf !== null ? t('registerIo.import.status.repeated', { line: row.duplicateOf }) : t(`registerIo.import.status.${row.status}`)}
          </td>
          <td className="utrecht-table__cell nr-import-cell--text">
            <RowErrors errors={row.errors} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
