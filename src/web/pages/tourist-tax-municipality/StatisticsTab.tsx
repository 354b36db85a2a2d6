// "Statistieken": overnight stays in one year (?jaar=2026 in the address; this year by default)
// as three charts — person-nights per month per accommodation type, occupancy against the beds,
// and this year against last year — each with its numbers as a table.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { getTaxStatistics, type TaxStatistics } from '../../api/tax-municipality.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { BarChart, ChartLegend, type BarSeries } from './charts/BarChart.tsx';
import { ChartFigure } from './charts/ChartFigure.tsx';
import { CHART_COLOURS, purposeColour, typeColour } from './charts/palette.ts';
import { STAY_PURPOSES, type StayPurpose } from '../../../shared/schemas/register.ts';
import { DUTCH, formatCount, formatShare } from '../../tourist-tax/figures.ts';
import { currentYear } from '../../tourist-tax/period.ts';
import { monthName } from '../../tourist-tax/usePeriodLabel.ts';
import { YearPicker } from './PeriodPicker.tsx';

const PARAM = 'jaar';
type Month = TaxStatistics['months'][number];

/** '2026-03' (or '03') → 3. */
const monthNumber = (month: Month) => Number(month.month.slice(-2));
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const difference = new Intl.NumberFormat(DUTCH, { signDisplay: 'exceptZero', maximumFractionDigits: 0 });
// Like the municipality's own figures: Dutch notation in every language.
const dutchCount = (value: number) => formatCount(value, DUTCH);
const dutchShare = (value: number) => formatShare(value, DUTCH);

function useMonthLabels(months: readonly Month[]) {
  const { i18n } = useTranslation();
  return {
    short: months.map((m) => monthName(monthNumber(m), i18n.language, 'short').replace('.', '')),
    long: months.map((m) => monthName(monthNumber(m), i18n.language)),
  };
}

function ByTypeChart({ statistics }: { statistics: TaxStatistics }) {
  const { t } = useTranslation();
  const { months } = statistics;
  const labels = useMonthLabels(months);
  const typeLabel = (type: string) => t(`accommodationType.${type}`, { defaultValue: type });
  const series: BarSeries[] = statistics.types.map((type) => ({
    key: type,
    label: typeLabel(type),
    colour: typeColour(type),
    values: months.map((m) => m.byType[type] ?? 0),
  }));
  const total = t('taxMunicipality.statistics.total');
  const rows = months.map((m, index) => ({
    key: m.month,
    header: labels.long[index] ?? m.month,
    cells: [...statistics.types.map((type) => dutchCount(m.byType[type] ?? 0)), dutchCount(m.personNights)],
  }));
  rows.push({
    key: 'total',
    header: total,
    cells: [...statistics.types.map((type) => dutchCount(sum(months.map((m) => m.byType[type] ?? 0)))), dutchCount(sum(months.map((m) => m.personNights)))],
  });
  return (
    <ChartFigure
      title={t('taxMunicipality.statistics.byType.title')}
      description={t('taxMunicipality.statistics.byType.description')}
      table={{ columns: [t('taxMunicipality.statistics.month'), ...statistics.types.map(typeLabel), total], rows }}
    >
      {(ids) => (
        <>
          <BarChart {...ids} categories={labels.short} categoryNames={labels.long} series={series} layout="stacked" formatValue={dutchCount} />
          <ChartLegend label={t('taxMunicipality.statistics.legend')} series={series} />
        </>
      )}
    </ChartFigure>
  );
}

/** Person-nights by the stays' purpose, the by-laws' exempt groups among them (decision 0014); only purposes the year has. */
function ByPurposeChart({ statistics }: { statistics: TaxStatistics }) {
  const { t } = useTranslation();
  const { months } = statistics;
  const labels = useMonthLabels(months);
  const of = (m: Month, purpose: StayPurpose) => m.byPurpose?.[purpose] ?? 0;
  const purposes = STAY_PURPOSES.filter((purpose) => months.some((m) => of(m, purpose) > 0));
  const series: BarSeries[] = purposes.map((purpose) => ({
    key: purpose,
    label: t(`nightRegister.purpose.${purpose}`),
    colour: purposeColour(purpose),
    values: months.map((m) => of(m, purpose)),
  }));
  const total = t('taxMunicipality.statistics.total');
  const rows = months.map((m, index) => ({
    key: m.month,
    header: labels.long[index] ?? m.month,
    cells: purposes.map((purpose) => dutchCount(of(m, purpose))),
  }));
  rows.push({ key: 'total', header: total, cells: purposes.map((purpose) => dutchCount(sum(months.map((m) => of(m, purpose))))) });
  return (
    <ChartFigure
      title={t('taxMunicipality.statistics.byPurpose.title')}
      description={t('taxMunicipality.statistics.byPurpose.description')}
      table={{ columns: [t('taxMunicipality.statistics.month'), ...purposes.map((purpose) => t(`nightRegister.purpose.${purpose}`))], rows }}
    >
      {(ids) => (
        <>
          <BarChart {...ids} categories={labels.short} categoryNames={labels.long} series={series} layout="stacked" formatValue={dutchCount} />
          <ChartLegend label={t('taxMunicipality.statistics.legend')} series={series} />
        </>
      )}
    </ChartFigure>
  );
}

function OccupancyChart({ statistics }: { statistics: TaxStatistics }) {
  const { t } = useTranslation();
  const { months } = statistics;
  const labels = useMonthLabels(months);
  const none = t('taxMunicipality.none');
  const shareOf = (m: Month) => (m.bedNights > 0 ? m.personNights / m.bedNights : null);
  const series: BarSeries[] = [
    { key: 'occupancy', label: t('taxMunicipality.statistics.occupancy.occupancy'), colour: CHART_COLOURS.primary, values: months.map(shareOf) },
  ];
  const rows = months.map((m, index) => {
    const share = shareOf(m);
    return {
      key: m.month,
      header: labels.long[index] ?? m.month,
      cells: [dutchCount(m.personNights), dutchCount(m.bedNights), share === null ? none : dutchShare(share)],
    };
  });
  return (
    <ChartFigure
      title={t('taxMunicipality.statistics.occupancy.title')}
      description={t('taxMunicipality.statistics.occupancy.description')}
      table={{
        columns: [
          t('taxMunicipality.statistics.month'),
          t('taxMunicipality.statistics.occupancy.personNights'),
          t('taxMunicipality.statistics.occupancy.bedNights'),
          t('taxMunicipality.statistics.occupancy.occupancy'),
        ],
        rows,
      }}
    >
      {(ids) => (
        <BarChart {...ids} categories={labels.short} categoryNames={labels.long} series={series} layout="grouped" formatValue={dutchShare} minimumTop={1} />
      )}
    </ChartFigure>
  );
}

function YearOnYearChart({ statistics }: { statistics: TaxStatistics }) {
  const { t } = useTranslation();
  const { months, year } = statistics;
  const previousYear = year - 1;
  const labels = useMonthLabels(months);
  const series: BarSeries[] = [
    { key: 'previous', label: String(previousYear), colour: CHART_COLOURS.previous, values: months.map((m) => m.previousYearPersonNights) },
    { key: 'current', label: String(year), colour: CHART_COLOURS.primary, values: months.map((m) => m.personNights) },
  ];
  const row = (key: string, header: string, previous: number, current: number) => ({
    key,
    header,
    cells: [dutchCount(previous), dutchCount(current), difference.format(current - previous)],
  });
  const rows = months.map((m, index) => row(m.month, labels.long[index] ?? m.month, m.previousYearPersonNights, m.personNights));
  rows.push(row('total', t('taxMunicipality.statistics.total'), sum(months.map((m) => m.previousYearPersonNights)), sum(months.map((m) => m.personNights))));
  return (
    <ChartFigure
      title={t('taxMunicipality.statistics.yearOnYear.title', { year, previousYear })}
      description={t('taxMunicipality.statistics.yearOnYear.description', { year, previousYear })}
      table={{
        columns: [t('taxMunicipality.statistics.month'), String(previousYear), String(year), t('taxMunicipality.statistics.yearOnYear.difference')],
        rows,
      }}
    >
      {(ids) => (
        <>
          <BarChart {...ids} categories={labels.short} categoryNames={labels.long} series={series} layout="grouped" formatValue={dutchCount} />
          <ChartLegend label={t('taxMunicipality.statistics.legend')} series={series} />
        </>
      )}
    </ChartFigure>
  );
}

function Statistics({ year }: { year: number }) {
  const { t } = useTranslation();
  const [statistics, setStatistics] = useState<TaxStatistics | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setStatistics(null);
    setError(null);
    getTaxStatistics(year).then(
      (answer) => current && setStatistics(answer),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [year]);
  const total = statistics ? sum(statistics.months.map((m) => m.personNights)) : 0;
  const previous = statistics ? sum(statistics.months.map((m) => m.previousYearPersonNights)) : 0;
  return (
    <>
      <ErrorAlert error={error} />
      <p className="utrecht-paragraph" role="status">
        {!statistics && !error && t('taxMunicipality.loading')}
        {statistics && total === 0 && t('taxMunicipality.statistics.empty', { year })}
        {statistics &&
          total > 0 &&
          t('taxMunicipality.statistics.summary', { year, previousYear: year - 1, personNights: dutchCount(total), previous: dutchCount(previous) })}
      </p>
      {statistics && (
        <>
          <ByTypeChart statistics={statistics} />
          <ByPurposeChart statistics={statistics} />
          <OccupancyChart statistics={statistics} />
          <YearOnYearChart statistics={statistics} />
        </>
      )}
    </>
  );
}

export function StatisticsTab() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const thisYear = currentYear();
  const asked = Number(params.get(PARAM));
  const year = Number.isInteger(asked) && asked >= 1900 && asked <= thisYear + 1 ? asked : thisYear;
  return (
    <>
      <YearPicker key={year} year={year} onChoose={(chosen) => navigate(`/app/toeristenbelasting/statistieken?${PARAM}=${chosen}`)} />
      <Statistics year={year} />
    </>
  );
}
