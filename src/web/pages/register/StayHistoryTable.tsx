// "Geschiedenis": every version of the stay — what changed, when, by whom, why and which fields —
// read from the hash-chained versions the register keeps.
import { useTranslation } from 'react-i18next';
import type { Stay, StayHistoryEntry } from '../../api/register.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';
import { translateFirst } from '../../i18n/index.ts';

/** Who made the version: their name, or the way the stay came in when nobody signed in did it. */
function byText(entry: StayHistoryEntry, nobody: string, source: string): string {
  if (entry.by) return entry.by.name ?? entry.by.email;
  return entry.change === 'created' ? source : nobody;
}

export function StayHistoryTable({ stay, history }: { stay: Stay; history: readonly StayHistoryEntry[] }) {
  const { t } = useTranslation();
  const column = (key: 'version' | 'change' | 'when' | 'by' | 'reason' | 'changedFields') => t(`nightRegister.detail.columns.${key}`);
  // Field names come from the stored versions; one this page does not know is shown as it is.
  const fieldName = (field: string) => translateFirst([`nightRegister.detail.fields.${field}`], { defaultValue: field });
  return (
    <Section title={t('nightRegister.detail.historyHeading')}>
      <DataTable
        caption={t('nightRegister.detail.historyCaption', { number: stay.number })}
        columns={[column('version'), column('change'), column('when'), column('by'), column('reason'), column('changedFields')]}
      >
        {history.map((entry) => (
          <tr key={entry.version} className="utrecht-table__row">
            <th className="utrecht-table__header-cell utrecht-table__cell--numeric-data" scope="row">
              {entry.version}
            </th>
            <td className="utrecht-table__cell">{t(`nightRegister.detail.changes.${entry.change}`, { defaultValue: entry.change })}</td>
            <td className="utrecht-table__cell">{formatDateTime(entry.recordedAt)}</td>
            <td className="utrecht-table__cell">{byText(entry, t('nightRegister.detail.byNobody'), t(`nightRegister.source.${stay.source}`))}</td>
            <td className="utrecht-table__cell">{entry.reason ?? t('nightRegister.detail.noReason')}</td>
            <td className="utrecht-table__cell">
              {entry.changedFields.length > 0 ? entry.changedFields.map(fieldName).join(', ') : t('nightRegister.detail.noChangedFields')}
            </td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
