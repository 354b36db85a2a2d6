// "Accommodaties" (/app/accommodaties) for municipalities and admins: search, filters in the
// address bar, the list page by page, and how many registrations wait for approval.
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { listOverseenAccommodations, type AccommodationPage } from '../../api/municipality-portal.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import '../../theme/portal.css';
import {
  FILTER_FIELD_NAMES,
  filterFormSchema,
  filterFromParams,
  formValuesOf,
  paramsOf,
  type FilterFormOutput,
  type FilterFormValues,
} from './accommodation-filter.ts';
import { AccommodationFilterForm } from './AccommodationFilterForm.tsx';
import { AccommodationTable } from './AccommodationTable.tsx';
import { usePendingCount } from './usePendingCount.ts';

function href(params: URLSearchParams): string {
  const query = params.toString();
  return query ? `/app/accommodaties?${query}` : '/app/accommodaties';
}

function AccommodationsContent() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.accommodations.title'));
  const { user } = useCurrentSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const filter = filterFromParams(new URLSearchParams(query));
  const [result, setResult] = useState<AccommodationPage | null>(null);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const pending = usePendingCount();
  const form = useForm<FilterFormValues, unknown, FilterFormOutput>({ resolver: zodResolver(filterFormSchema), defaultValues: formValuesOf(filter) });
  const { reset, setError } = form;

  const load = useCallback(
    async (params: URLSearchParams) => {
      setProblem(null);
      try {
        setResult(await listOverseenAccommodations(filterFromParams(params)));
      } catch (error) {
        setResult(null);
        setProblem(applyApiError(error, setError, FILTER_FIELD_NAMES));
      }
    },
    [setError],
  );

  useEffect(() => {
    const params = new URLSearchParams(query);
    // A link that changes the address (e.g. to the waiting registrations) changes the form too.
    reset(formValuesOf(filterFromParams(params)));
    void load(params);
  }, [query, reset, load]);

  const onFilter = (values: FilterFormOutput) => setSearchParams(paramsOf({ ...values, page: 1 }));
  const onClear = () => setSearchParams(new URLSearchParams());

  const pageLink = (page: number) => href(paramsOf({ ...filter, page }));
  const from = result && result.total > 0 ? (result.page - 1) * result.pageSize + 1 : 0;
  const to = result ? Math.min(result.total, result.page * result.pageSize) : 0;

  return (
    <>
      <PageHeading>{t('portal.accommodations.heading')}</PageHeading>
      <Paragraph>{t('portal.accommodations.intro')}</Paragraph>
      {pending !== null && pending > 0 && (
        <Alert type="info">
          <Paragraph>{t('portal.accommodations.pending', { count: pending })}</Paragraph>
          {filter.status !== 'pending' && (
            <Paragraph>
              <Link to={href(paramsOf({ status: 'pending' }))}>{t('portal.accommodations.showPending')}</Link>
            </Paragraph>
          )}
        </Alert>
      )}
      <AccommodationFilterForm form={form} onFilter={onFilter} onClear={onClear} />
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <p className="utrecht-paragraph" role="status">
        {result && result.total > 0 && t('portal.accommodations.range', { from, to, total: result.total })}
        {result && result.total === 0 && t('portal.accommodations.empty')}
      </p>
      {result && result.accommodations.length > 0 && (
        <>
          <AccommodationTable accommodations={result.accommodations} showMunicipality={user.role === 'admin'} />
          <Pagination
            label={t('portal.accommodations.pagination')}
            previous={result.page > 1 ? pageLink(result.page - 1) : null}
            next={to < result.total ? pageLink(result.page + 1) : null}
            previousLabel={t('portal.accommodations.previous')}
            nextLabel={t('portal.accommodations.next')}
          />
        </>
      )}
    </>
  );
}

export function AccommodationsPage() {
  return (
    <RequireRole roles={['municipality', 'admin']}>
      <AccommodationsContent />
    </RequireRole>
  );
}
