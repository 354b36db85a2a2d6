// The audit events as a table: when (Dutch time, to the second), what, by whom, concerning whom,
// at which accommodation and from which IP address. An owner's log names the municipality's
// inspection instead of the inspector, whom the server does not reveal to them.
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import type { AuditLogEvent } from '../../api/audit-log.ts';
import '../../theme/audit-log.css';
import { formatDateTimeWithSeconds } from '../../i18n/format-date.ts';
import { auditEventSummary } from '../inspection/audit-summary.ts';

/** What an inspection or a report was about (see inspection/audit-summary.ts). */
function EventSummary({ event }: { event: AuditLogEvent }) {
  const summary = auditEventSummary(event);
  return summary ? (
    <>
      <br />
      {summary}
    </>
  ) : null;
}

interface AuditLogTableProps {
  events: readonly AuditLogEvent[];
  actionLabel: (action: string) => string;
}

export function AuditLogTable({ events, actionLabel }: AuditLogTableProps) {
  const { t } = useTranslation();
  const none = t('auditLog.table.none');
  return (
    <DataTable
      caption={t('auditLog.table.caption')}
      columns={[
        t('auditLog.table.when'),
        t('auditLog.table.what'),
        t('auditLog.table.actor'),
        t('auditLog.table.subject'),
        t('auditLog.table.accommodation'),
        t('auditLog.table.ip'),
      ]}
    >
      {events.map((event) => (
        <tr key={event.id} className="utrecht-table__row">
          <td className="utrecht-table__cell nr-audit-log__token">
            <time dateTime={event.occurredAt}>{formatDateTimeWithSeconds(event.occurredAt)}</time>
          </td>
          <td className="utrecht-table__cell">
            {actionLabel(event.action)}
            <EventSummary event={event} />
          </td>
          <td className="utrecht-table__cell nr-audit-log__email">
            {event.actor?.email ?? (event.action === 'register.inspected' ? t('auditLog.table.inspector') : none)}
          </td>
          <td className="utrecht-table__cell nr-audit-log__email">{event.subject?.email ?? none}</td>
          <td className="utrecht-table__cell">{event.accommodation?.companyName ?? none}</td>
          <td className="utrecht-table__cell nr-audit-log__token">{event.ip ?? none}</td>
        </tr>
      ))}
    </DataTable>
  );
}
