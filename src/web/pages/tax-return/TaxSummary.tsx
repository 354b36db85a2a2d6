// "Berekening": what the register yields for the period (nights, person-nights, exemptions per
// reason, taxable person-nights, revenue and the amounts), a warning when a percentage rate meets
// stays without a price, and the figures per stay one click away ("Toon per registratie").
import { useTranslation } from 'react-i18next';
import { TAX_EXEMPTIONS } from '../../../shared/schemas/tourist-tax.ts';
import type { TaxReturnView } from '../../api/tax-returns.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataList, type DataListItem } from '../../components/DataList.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { formatCount, formatMoney } from '../../tourist-tax/figures.ts';
import { perPersonItems } from './per-person-rates.tsx';
import { TaxLinesTable } from './TaxLinesTable.tsx';

export function TaxSummary({ view }: { view: TaxReturnView }) {
  const { t } = useTranslation();
  const { totals } = view;
  const items: DataListItem[] = [
    { key: 'stays', label: t('taxReturn.summary.stays'), value: formatCount(totals.stays) },
    { key: 'nights', label: t('taxReturn.summary.nights'), value: formatCount(totals.nights) },
    { key: 'personNights', label: t('taxReturn.summary.personNights'), value: formatCount(totals.personNights) },
    // The by-laws' own reasons only where they count (decision 0014); older returns lack their keys.
    ...TAX_EXEMPTIONS.filter((reason) => reason === 'resident' || reason === 'under_age' || (totals.exempt[reason] ?? 0) > 0).map((reason) => ({
      key: `exempt-${reason}`,
      label: t(`taxReturn.summary.exempt.${reason}`),
      value: formatCount(totals.exempt[reason] ?? 0),
    })),
    { key: 'taxable', label: t('taxReturn.summary.taxablePersonNights'), value: formatCount(totals.taxablePersonNights) },
    { key: 'revenue', label: t('taxReturn.summary.revenue'), value: formatMoney(totals.revenueCents) },
    ...(totals.baseCents === undefined ? [] : [{ key: 'base', label: t('taxBase.summary.base'), value: formatMoney(totals.baseCents) }]),
    ...perPersonItems(t, totals),
    { key: 'percentage', label: t('taxReturn.summary.percentage'), value: formatMoney(totals.percentageCents) },
    { key: 'forfait', label: t('taxReturn.summary.forfait'), value: formatMoney(totals.forfaitCents) },
    { key: 'computed', label: t('taxReturn.summary.computed'), value: <strong>{formatMoney(totals.computedCents)}</strong> },
  ];
  return (
    <Section title={t('taxReturn.summary.heading')}>
      <Paragraph>{t('taxReturn.summary.intro')}</Paragraph>
      {totals.staysWithoutPrice > 0 && (
        <Alert type="warning">
          <Paragraph>{t('taxReturn.summary.priceMissing', { count: totals.staysWithoutPrice })}</Paragraph>
        </Alert>
      )}
      {(totals.personsWithoutAge ?? 0) > 0 && (
        <Alert type="warning">
          <Paragraph>{t('taxBase.unknownAges.total', { count: totals.personsWithoutAge })}</Paragraph>
        </Alert>
      )}
      <DataList items={items} />
      {view.rules.some((rule) => rule.percentageBasisPoints !== null) && <Paragraph>{t('taxBase.summary.baseNote')}</Paragraph>}
      <details className="nr-tax-details">
        <summary>{t('taxReturn.lines.toggle')}</summary>
        {view.lines.length === 0 ? <Paragraph>{t('taxReturn.lines.empty')}</Paragraph> : <TaxLinesTable lines={view.lines} />}
      </details>
    </Section>
  );
}
