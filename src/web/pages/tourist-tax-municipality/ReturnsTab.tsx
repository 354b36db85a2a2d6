// "Aangiften": the returns of every accommodation for one period of the municipality's kind
// (?periode=2026-Q1 in the address; by default the most recent period that has ended), their
// totals, and the period as CSV or XLSX for the municipality's tax system.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTaxReturns, taxReturnsExportHref, type MunicipalityTaxOverview } from '../../api/tax-municipality.ts';
import { DataList } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Heading } from '../../components/Heading.tsx';
import { ExternalLink } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { DUTCH, formatCount, formatMoney } from '../../tourist-tax/figures.ts';
import { usePeriodLabel } from '../../tourist-tax/usePeriodLabel.ts';
import { ChosenPeriod } from './PeriodPicker.tsx';
import { ReturnsTable } from './ReturnsTable.tsx';

type TotalKey = 'accommodations' | 'submitted' | 'overdue' | 'corrected' | 'personNights' | 'taxablePersonNights' | 'declared' | 'computedOpen';

function Totals({ totals }: { totals: MunicipalityTaxOverview['totals'] }) {
  const { t } = useTranslation();
  const figures: readonly [TotalKey, string][] = [
    ['accommodations', formatCount(totals.accommodations, DUTCH)],
    ['submitted', formatCount(totals.submitted, DUTCH)],
    ['overdue', formatCount(totals.overdue, DUTCH)],
    ['corrected', formatCount(totals.corrected, DUTCH)],
    ['personNights', formatCount(totals.personNights, DUTCH)],
    ['taxablePersonNights', formatCount(totals.taxablePersonNights, DUTCH)],
    ['declared', formatMoney(totals.declaredCents, DUTCH)],
    ['computedOpen', formatMoney(totals.computedOpenCents, DUTCH)],
  ];
  return <DataList items={figures.map(([key, value]) => ({ key, label: t(`taxMunicipality.returns.totals.${key}`), value }))} />;
}

function Overview({ period }: { period: string }) {
  const { t } = useTranslation();
  const label = usePeriodLabel();
  const [overview, setOverview] = useState<MunicipalityTaxOverview | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setOverview(null);
    setError(null);
    getTaxReturns(period).then(
      (answer) => current && setOverview(answer),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [period]);
  const name = label(period);
  return (
    <>
      {/* A heading without a named region around it: a region named "Aangiften 1e kwartaal 2026"
          would also answer to the label "Kwartaal" of the picker above. */}
      <Heading level={2}>{t('taxMunicipality.returns.heading', { period: name })}</Heading>
      <div className="nr-section">
        <ErrorAlert error={error} />
        <p className="utrecht-paragraph" role="status">
          {!overview && !error && t('taxMunicipality.loading')}
          {overview?.rows.length === 0 && t('taxMunicipality.returns.empty')}
        </p>
        {overview && (
          <Paragraph>
            {t('taxMunicipality.returns.periodText', { from: formatDate(overview.from), to: formatDate(overview.to), deadline: formatDate(overview.deadline) })}
          </Paragraph>
        )}
        {overview && overview.rows.length > 0 && (
          <>
            <ReturnsTable rows={overview.rows} caption={t('taxMunicipality.returns.caption', { period: name })} />
            {overview.rows.some((row) => !row.declared) && <Paragraph className="nr-tax-note">{t('taxMunicipality.returns.computedNote')}</Paragraph>}
          </>
        )}
      </div>
      {overview && (
        <>
          <Section title={t('taxMunicipality.returns.totalsHeading')}>
            <Totals totals={overview.totals} />
          </Section>
          <Section title={t('taxMunicipality.returns.exportHeading')}>
            <Paragraph>{t('taxMunicipality.returns.exportIntro')}</Paragraph>
            <ul className="utrecht-unordered-list nr-tax-downloads">
              <li className="utrecht-unordered-list__item">
                <ExternalLink href={taxReturnsExportHref(period, 'csv')} download>
                  {t('taxMunicipality.returns.csv')}
                </ExternalLink>
              </li>
              <li className="utrecht-unordered-list__item">
                <ExternalLink href={taxReturnsExportHref(period, 'xlsx')} download>
                  {t('taxMunicipality.returns.xlsx')}
                </ExternalLink>
              </li>
            </ul>
          </Section>
        </>
      )}
    </>
  );
}

export function ReturnsTab() {
  return <ChosenPeriod path="/app/toeristenbelasting">{(period) => <Overview period={period} />}</ChosenPeriod>;
}
