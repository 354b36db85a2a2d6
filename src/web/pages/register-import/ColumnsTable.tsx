// "De kolommen van het bestand": every column of the template with what it holds and an example,
// so the page itself explains the format (the handbook has the long version).
import { useTranslation } from 'react-i18next';
import { CSV_COLUMNS } from '../../../shared/register/csv-columns.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';

export function ColumnsTable() {
  const { t } = useTranslation();
  const heading = (key: 'column' | 'meaning' | 'example') => t(`registerIo.import.formatColumns.${key}`);
  return (
    <Section title={t('registerIo.import.formatHeading')}>
      <Paragraph>{t('registerIo.import.formatIntro')}</Paragraph>
      <DataTable caption={t('registerIo.import.formatCaption')} columns={[heading('column'), heading('meaning'), heading('example')]}>
        {CSV_COLUMNS.map((column) => (
          <tr key={column} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              <code>{column}</code>
            </th>
            <td className="utrecht-table__cell">{t(`registerIo.import.format.${column}.meaning`)}</td>
            <td className="utrecht-table__cell">
              <code>{t(`registerIo.import.format.${column}.example`)}</code>
            </td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
