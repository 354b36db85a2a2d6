// "Register" (/app/register) for owners and staff: the views of today (arrivals, present,
// departures, to confirm) and all registrations, a search kept in the address bar, 50 stays to a
// page, "Nieuwe registratie", the other ways of registering and the CSV export.
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listStays, stayFilterParams, type StayFilter, type StayPage } from '../../api/register.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LinkGroup } from '../../components/LinkGroup.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatDate } from '../../i18n/format-date.ts';
import '../../theme/portal.css';
import { EntrepreneursOnly } from './EntrepreneursOnly.tsx';
import { ExportForm } from './ExportForm.tsx';
import { NotApprovedNotice } from './NotApprovedNotice.tsx';
import {
  filterFromParams,
  isSearch,
  rangeIsValid,
  SEARCH_FIELD_NAMES,
  searchFormSchema,
  searchValuesOf,
  TO_BEFORE_FROM,
  type SearchFormOutput,
  type SearchFormValues,
} from './register-filter.ts';
import { PresentNow } from './PresentNow.tsx';
import { RegisterSearchForm } from './RegisterSearchForm.tsx';
import { RegisterViews, viewHref } from './RegisterViews.tsx';
import { StaysTable } from './StaysTable.tsx';
import { useRegisterSettings } from './useRegisterSettings.ts';
import { useUnits } from './useUnits.ts';
import './register.css';

/** How many stays wait for confirmation (guests who checked in themselves). */
function usePendingCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    listStays({ view: 'pending', q: '', from: '', to: '', unitId: '', page: 1 })
      .then((page) => current && setCount(page.total))
      // The tab still works without its number.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return count;
}

function ResultLine({ result, loading, filter }: { result: StayPage | null; loading: boolean; filter: StayFilter }) {
  const { t } = useTranslation();
  let text = '';
  if (loading) text = t('nightRegister.overview.loading');
  else if (result && result.total === 0) text = isSearch(filter) ? t('nightRegister.overview.emptySearch') : t('nightRegister.overview.empty');
  else if (result && result.total > result.pageSize) {
    const first = (result.page - 1) * result.pageSize + 1;
    text = t('nightRegister.overview.range', { first, last: first + result.stays.length - 1, total: result.total });
  } else if (result) text = t('nightRegister.overview.count', { count: result.total });
  return (
    <p className="utrecht-paragraph" role="status">
      {text}
    </p>
  );
}

function RegisterOverview() {
  const { t } = useTranslation();
  useDocumentTitle(t('nightRegister.overview.title'));
  const settings = useRegisterSettings();
  const units = useUnits().state;
  const pending = usePendingCount();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const filter = filterFromParams(new URLSearchParams(query));
  const [result, setResult] = useState<StayPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm<SearchFormValues, unknown, SearchFormOutput>({ resolver: zodResolver(searchFormSchema), defaultValues: searchValuesOf(filter) });
  const { reset, setError } = form;

  const load = useCallback(
    async (wanted: StayFilter) => {
      setProblem(null);
      if (!rangeIsValid(wanted)) {
        // A shared or edited address with the days the wrong way round: say so at the field.
        setResult(null);
        setError('to', { type: 'range', message: TO_BEFORE_FROM });
        return;
      }
      setLoading(true);
      try {
        setResult(await listStays(wanted));
      } catch (error) {
        setResult(null);
        setProblem(applyApiError(error, setError, SEARCH_FIELD_NAMES));
      } finally {
        setLoading(false);
      }
    },
    [setError],
  );

  useEffect(() => {
    const wanted = filterFromParams(new URLSearchParams(query));
    // Back, Forward or a shared link change the address: the form follows it.
    reset(searchValuesOf(wanted));
    // "Aanwezig" is the emergency list, which loads its own answer.
    if (wanted.view !== 'present') void load(wanted);
  }, [query, reset, load]);

  const onSearch = (values: SearchFormOutput) => setSearchParams(stayFilterParams({ ...values, view: filter.view, page: 1 }));
  const onClear = () => setSearchParams(stayFilterParams({ view: filter.view, q: '', from: '', to: '', unitId: '', page: 1 }));
  const today = settings.status === 'loaded' ? settings.data.today : '';

  return (
    <>
      <PageHeading>{t('nightRegister.overview.heading')}</PageHeading>
      <Paragraph>{today ? t('nightRegister.overview.intro', { today: formatDate(today) }) : t('nightRegister.overview.introNoDate')}</Paragraph>
      <NotApprovedNotice settings={settings} />
      <div className="nr-register-actions">
        <Link to="/app/register/nieuw" className="utrecht-button utrecht-button--primary-action nr-button-link">
          {t('nightRegister.overview.newStay')}
        </Link>
      </div>
      <nav aria-label={t('nightRegister.overview.otherWays')}>
        <LinkGroup>
          <Link to="/app/register/importeren">{t('nightRegister.overview.importCsv')}</Link>
          <Link to="/app/register/api">{t('nightRegister.overview.apiKeys')}</Link>
          <Link to="/app/register/zelf-inchecken">{t('nightRegister.overview.selfCheckIn')}</Link>
        </LinkGroup>
      </nav>
      <RegisterViews filter={filter} pending={pending} />
      {filter.view === 'present' ? (
        <PresentNow />
      ) : (
        <>
          <RegisterSearchForm form={form} units={units.status === 'loaded' ? units.data : []} onSearch={onSearch} onClear={onClear} />
          {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
          <ResultLine result={result} loading={loading} filter={filter} />
          {result && result.stays.length > 0 && <StaysTable stays={result.stays} />}
        </>
      )}
      {result && filter.view !== 'present' && (
        <Pagination
          label={t('nightRegister.overview.pagination')}
          previous={result.page > 1 ? viewHref({ ...filter, page: result.page - 1 }) : null}
          next={result.page * result.pageSize < result.total ? viewHref({ ...filter, page: result.page + 1 }) : null}
          previousLabel={t('nightRegister.overview.previous')}
          nextLabel={t('nightRegister.overview.next')}
        />
      )}
      {settings.status === 'loaded' && <ExportForm today={settings.data.today} />}
    </>
  );
}

export function RegisterOverviewPage() {
  return (
    <EntrepreneursOnly>
      <RegisterOverview />
    </EntrepreneursOnly>
  );
}
