// "Aangifte toeristenbelasting" (/app/aangifte): the owner picks a year ("Jaar") and sees its
// return periods with their status, return number and declared amount, each with a link to the
// period ("Aangifte doen" when it waits for a return, otherwise "Bekijken"). While the
// municipality has set no rates, a notice says so instead.
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listTaxReturns, type TaxYear } from '../../api/tax-returns.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormField } from '../../components/FormField.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import { currentYear, recentYears } from '../../tourist-tax/period.ts';
import '../../theme/portal.css';
import { useRemote } from '../../hooks/useRemote.ts';
import { TaxPeriodsTable } from './TaxPeriodsTable.tsx';

/** How many years back the picker offers: returns can be corrected for years after the fact. */
const YEARS_BACK = 5;

function yearFrom(value: string | null, fallback: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1900 && year <= 2099 ? year : fallback;
}

function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const years = recentYears(YEARS_BACK + 1);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => b - a);
  return (
    <FormField id={id} label={t('taxReturn.overview.year')}>
      {(aria) => (
        <select
          {...aria}
          className="utrecht-select utrecht-select--html-select nr-width-xs"
          value={year}
          onChange={(event) => onChange(Number(event.target.value))}
        >
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

function SettingsNote({ data }: { data: TaxYear }) {
  const { t } = useTranslation();
  if (!data.settings) {
    return (
      <Alert type="info">
        <Paragraph>{t('taxReturn.overview.notConfigured')}</Paragraph>
      </Alert>
    );
  }
  return <Paragraph>{t(`taxReturn.overview.settings.${data.settings.period}`, { count: data.settings.deadlineDays })}</Paragraph>;
}

function TaxReturns() {
  const { t } = useTranslation();
  useDocumentTitle(t('taxReturn.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const year = yearFrom(searchParams.get('year'), currentYear());
  const load = useCallback(() => listTaxReturns(year), [year]);
  const { state } = useRemote(load);
  const choose = (next: number) => setSearchParams(next === currentYear() ? {} : { year: String(next) }, { replace: true });

  return (
    <>
      <PageHeading>{t('taxReturn.overview.heading')}</PageHeading>
      <Paragraph>{t('taxReturn.overview.intro')}</Paragraph>
      <YearPicker year={year} onChange={choose} />
      <p className="utrecht-paragraph nr-visually-hidden" role="status">
        {state.status === 'loaded' ? t('taxReturn.overview.yearStatus', { year }) : ''}
      </p>
      {state.status === 'loading' && <Paragraph>{t('taxReturn.overview.loading')}</Paragraph>}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'loaded' && (
        <>
          <SettingsNote data={state.data} />
          {state.data.settings && state.data.periods.length === 0 && <Paragraph>{t('taxReturn.overview.empty', { year })}</Paragraph>}
          {state.data.periods.length > 0 && <TaxPeriodsTable year={year} periods={state.data.periods} />}
        </>
      )}
    </>
  );
}

export function TaxReturnsPage() {
  return (
    <RequireRole roles={['owner']}>
      <TaxReturns />
    </RequireRole>
  );
}
