// "Controleer uw aangifte": what "Indienen" will lock, shown once more before it is sent — the
// period, the per-person lines, the register's amount, forfait, correction and deduction with
// their reason and reference, and the total — with "Indienen" to send and "Terug" to change it.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TaxReturnView } from '../../api/tax-returns.ts';
import { Button } from '../../components/Button.tsx';
import { DataList, type DataListItem } from '../../components/DataList.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { formatCount, formatMoney } from '../../tourist-tax/figures.ts';
import { perPersonItems } from './per-person-rates.tsx';
import type { TaxReturnFormOutput } from './tax-return-form.ts';

interface ReturnCheckProps {
  view: TaxReturnView;
  values: TaxReturnFormOutput;
  busy: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

function checkItems(t: TFunction, view: TaxReturnView, values: TaxReturnFormOutput): DataListItem[] {
  const { totals } = view;
  const register = totals.computedCents - totals.forfaitCents;
  const forfait = totals.forfaitCents;
  const due = register + forfait + values.correctionCents - values.platformDeductionCents;
  const items: DataListItem[] = [
    { key: 'period', label: t('taxReturn.form.periodLabel'), value: t('taxReturn.period.range', { from: formatDate(view.from), to: formatDate(view.to) }) },
    { key: 'taxable', label: t('taxReturn.summary.taxablePersonNights'), value: formatCount(totals.taxablePersonNights) },
    ...perPersonItems(t, totals),
  ];
  if (totals.percentageCents !== 0) items.push({ key: 'percentage', label: t('taxReturn.summary.percentage'), value: formatMoney(totals.percentageCents) });
  items.push({ key: 'register', label: t('taxReturn.form.computed'), value: formatMoney(register) });
  if (forfait !== 0) items.push({ key: 'forfait', label: t('taxReturn.form.forfait', { count: (totals.forfaits ?? []).length }), value: formatMoney(forfait) });
  // The reason and the reference on rows of their own: inside a label they pushed the amount aside.
  if (values.correctionCents !== 0) {
    items.push(
      { key: 'correction', label: t('taxReturn.form.correction'), value: formatMoney(values.correctionCents) },
      { key: 'correctionReason', label: t('taxReturn.form.correctionReason'), value: values.correctionReason ?? '' },
    );
  }
  if (values.platformDeductionCents !== 0) {
    items.push(
      { key: 'deduction', label: t('taxReturn.form.deduction'), value: formatMoney(-values.platformDeductionCents) },
      { key: 'platformReference', label: t('taxReturn.form.platformReference'), value: values.platformReference ?? '' },
    );
  }
  items.push({ key: 'due', label: t('taxReturn.form.due'), value: <strong>{formatMoney(due)}</strong> });
  if (view.declaredCents !== null) {
    items.push(
      { key: 'previous', label: t('taxReturn.form.previous'), value: formatMoney(view.declaredCents) },
      { key: 'difference', label: t('taxReturn.form.difference'), value: formatMoney(due - view.declaredCents) },
    );
  }
  return items;
}

export function ReturnCheck({ view, values, busy, onConfirm, onBack }: ReturnCheckProps) {
  const { t } = useTranslation();
  const correcting = view.submissions.length > 0;
  return (
    <section className="nr-tax-check" aria-labelledby="tax-return-check-heading">
      <Heading level={3} id="tax-return-check-heading" focusOnMount>
        {correcting ? t('taxReturn.form.checkCorrectionHeading') : t('taxReturn.form.checkHeading')}
      </Heading>
      <Paragraph>{t('taxReturn.form.checkIntro')}</Paragraph>
      <DataList items={checkItems(t, view, values)} />
      <div className="nr-form-actions">
        <Button appearance="primary-action" busy={busy} disabled={busy} onClick={onConfirm}>
          {correcting ? t('taxReturn.form.submitCorrection') : t('taxReturn.form.submit')}
        </Button>
        <Button appearance="secondary-action" disabled={busy} onClick={onBack}>
          {t('taxReturn.form.back')}
        </Button>
      </div>
    </section>
  );
}
