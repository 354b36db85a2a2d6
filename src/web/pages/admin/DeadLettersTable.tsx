// The undelivered messages as a table: kind, recipient, subject (mail), attempts, the last error,
// when queued and last tried; per row "Opnieuw versturen" and "Verwijderen". Never the body.
import { useTranslation } from 'react-i18next';
import type { DeadLetter } from '../../api/dead-letters.ts';
import { Button } from '../../components/Button.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';

interface DeadLettersTableProps {
  deadLetters: readonly DeadLetter[];
  busyId: string | null;
  onRetry: (deadLetter: DeadLetter) => void;
  onDismiss: (deadLetter: DeadLetter) => void;
}

export function DeadLettersTable({ deadLetters, busyId, onRetry, onDismiss }: DeadLettersTableProps) {
  const { t } = useTranslation();
  const none = t('deadLetters.table.none');
  return (
    <DataTable
      caption={t('deadLetters.table.caption')}
      columns={[
        t('deadLetters.table.channel'),
        t('deadLetters.table.recipient'),
        t('deadLetters.table.subject'),
        t('deadLetters.table.attempts'),
        t('deadLetters.table.lastError'),
        t('deadLetters.table.queuedAt'),
        t('deadLetters.table.lastTriedAt'),
        t('deadLetters.table.actions'),
      ]}
    >
      {deadLetters.map((letter) => {
        const channel = t(`deadLetters.channels.${letter.channel}`);
        const recipient = letter.recipient ?? t('deadLetters.table.unreadable');
        const named = (action: string) => t('deadLetters.namedAction', { action, channel, recipient });
        return (
          <tr key={letter.id} className="utrecht-table__row">
            <td className="utrecht-table__cell">{channel}</td>
            <th className="utrecht-table__header-cell" scope="row">
              {recipient}
            </th>
            <td className="utrecht-table__cell">{letter.subject ?? none}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{letter.attempts.toLocaleString('nl-NL')}</td>
            <td className="utrecht-table__cell">{letter.lastError ?? none}</td>
            <td className="utrecht-table__cell">
              <time dateTime={letter.queuedAt}>{formatDateTime(letter.queuedAt)}</time>
            </td>
            <td className="utrecht-table__cell">
              {letter.lastTriedAt ? <time dateTime={letter.lastTriedAt}>{formatDateTime(letter.lastTriedAt)}</time> : none}
            </td>
            <td className="utrecht-table__cell">
              <div className="nr-table-actions">
                <Button busy={busyId === letter.id} disabled={busyId !== null} onClick={() => onRetry(letter)} aria-label={named(t('deadLetters.retry'))}>
                  {t('deadLetters.retry')}
                </Button>
                <Button busy={busyId === letter.id} disabled={busyId !== null} onClick={() => onDismiss(letter)} aria-label={named(t('deadLetters.dismiss'))}>
                  {t('deadLetters.dismiss')}
                </Button>
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
