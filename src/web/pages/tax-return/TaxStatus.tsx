// A return period's status as a badge: "Periode loopt", "In te dienen vóór …", "Te laat" (marked
// in red, with its deadline) or "Ingediend" (with its corrections), and "Correctie voorgesteld"
// when stays changed after submitting. Words carry the meaning; colour only repeats it.
import { useTranslation } from 'react-i18next';
import type { TaxPeriodSummary } from '../../api/tax-returns.ts';
import { formatDate } from '../../i18n/format-date.ts';
import '../../tourist-tax/tax-badges.css';
import './tax-return.css';

export function TaxStatus({ summary }: { summary: TaxPeriodSummary }) {
  const { t } = useTranslation();
  const deadline = formatDate(summary.deadline);
  return (
    <span className="nr-tax-status">
      <span className={`nr-tax-badge nr-tax-badge--${summary.status}`}>
        {summary.status === 'due' ? t('taxReturn.status.due', { deadline }) : t(`taxReturn.status.${summary.status}`)}
      </span>
      {summary.status === 'overdue' && <span className="nr-tax-status__note">{t('taxReturn.status.overdueDeadline', { deadline })}</span>}
      {summary.status === 'submitted' && summary.corrections > 0 && (
        <span className="nr-tax-status__note">{t('taxReturn.status.corrections', { count: summary.corrections })}</span>
      )}
      {summary.correctionProposed && <span className="nr-tax-badge nr-tax-badge--proposed">{t('taxReturn.status.correctionProposed')}</span>}
    </span>
  );
}
