// The audit events as a table: when (Dutch time, to the second), what, by whom, concerning whom,
// at which accommodation and from which IP address.
import { useTranslation } from 'react-i18next';
import type { AuditLogEvent } from '../../api/audit-log.ts';
import '../../theme/audit-log.css';
import { formatDateTimeWithSeconds } from '../../i18n/format-date.ts';

interface AuditLogTableProps {
  events: readonly AuditLogEvent[];
  actionLabel: (action: string) => string;
}

export function AuditLogTable({ events, actionLabel }: AuditLogTableProps) {
  const { t } = useTranslation();
  const none = t('auditLog.table.none');
  const header = (text: string) => (
    <th className="utrecht-table__header-cell" scope="col">
      {text}
    </th>
  );
  return (
    <div className="nr-table-wrapper">
      <table className="utrecht-table nr-table">
        <caption className="nr-visually-hidden">{t('auditLog.table.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {header(t('auditLog.table.when'))}
            {header(t('auditLog.table.what'))}
            {header(t('auditLog.table.actor'))}
            {header(t('auditLog.table.subject'))}
            {header(t('auditLog.table.accommodation'))}
            {header(t('auditLog.table.ip'))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {events.map((event) => (
            <tr key={event.id} className="utrecht-table__row">
              <td className="utrecht-table__cell nr-audit-log__token">
                <time dateTime={event.occurredAt}>{formatDateTimeWithSeconds(event.occurredAt)}</time>
              </td>
              <td className="utrecht-table__cell">{actionLabel(event.action)}</td>
              <td className="utrecht-table__cell nr-audit-log__email">{event.actor?.email ?? none}</td>
              <td className="utrecht-table__cell nr-audit-log__email">{event.subject?.email ?? none}</td>
              <td className="utrecht-table__cell">{event.accommodation?.companyName ?? none}</td>
              <td className="utrecht-table__cell nr-audit-log__token">{event.ip ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
