// "Logboek" (/app/logboek) for owners (their accommodation), municipalities (their accommodations
// and their own users) and admins (everything): filters in the address bar, the events newest
// first, 50 to a page. The log can only be read, by anyone.
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { auditLogParams, listAuditEvents, type AuditLogFilter, type AuditLogPage as EventsPage } from '../../api/audit-log.ts';
import type { Role } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import '../../theme/portal.css';
import {
  FILTER_FIELD_NAMES,
  filterFormSchema,
  filterFromParams,
  formValuesOf,
  rangeIsValid,
  TO_BEFORE_FROM,
  type FilterFormOutput,
  type FilterFormValues,
} from './audit-log-filter.ts';
import { AuditLogFilterForm } from './AuditLogFilterForm.tsx';
import { AuditLogTable } from './AuditLogTable.tsx';
import { useActionLabels } from './useActionLabels.ts';

const READERS = ['owner', 'municipality', 'admin'] as const satisfies readonly Role[];
type Reader = (typeof READERS)[number];

function isReader(role: Role): role is Reader {
  return (READERS as readonly Role[]).includes(role);
}

function href(params: URLSearchParams): string {
  const query = params.toString();
  return query ? `/app/logboek?${query}` : '/app/logboek';
}

export function AuditLogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auditLog.title'));
  const { user } = useCurrentSession();
  const actionLabels = useActionLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const filter = filterFromParams(new URLSearchParams(query));
  const [result, setResult] = useState<EventsPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm<FilterFormValues, unknown, FilterFormOutput>({ resolver: zodResolver(filterFormSchema), defaultValues: formValuesOf(filter) });
  const { reset, setError } = form;

  const load = useCallback(
    async (wanted: AuditLogFilter) => {
      setProblem(null);
      if (!rangeIsValid(wanted)) {
        // A shared or edited address with the days the wrong way round: say so at the field.
        setResult(null);
        setError('to', { type: 'range', message: TO_BEFORE_FROM });
        return;
      }
      setLoading(true);
      try {
        setResult(await listAuditEvents(wanted));
      } catch (error) {
        setResult(null);
        setProblem(applyApiError(error, setError, FILTER_FIELD_NAMES));
      } finally {
        setLoading(false);
      }
    },
    [setError],
  );

  useEffect(() => {
    if (!isReader(user.role)) return;
    const wanted = filterFromParams(new URLSearchParams(query));
    // Back, Forward or a shared link change the address: the form follows it.
    reset(formValuesOf(wanted));
    void load(wanted);
  }, [query, reset, load, user.role]);

  if (!isReader(user.role)) {
    return (
      <>
        <PageHeading>{t('auditLog.heading')}</PageHeading>
        <Paragraph>{t('auditLog.noAccess')}</Paragraph>
      </>
    );
  }

  const onFilter = (values: FilterFormOutput) => setSearchParams(auditLogParams({ ...values, page: 1 }));
  const onClear = () => setSearchParams(new URLSearchParams());
  const pageLink = (page: number) => href(auditLogParams({ ...filter, page }));

  return (
    <>
      <PageHeading>{t('auditLog.heading')}</PageHeading>
      <Paragraph>{t(`auditLog.intro.${user.role}`)}</Paragraph>
      <Paragraph>{t('auditLog.unchangeable')}</Paragraph>
      <AuditLogFilterForm form={form} actions={actionLabels.options} onFilter={onFilter} onClear={onClear} />
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <p className="utrecht-paragraph" role="status">
        {loading && t('auditLog.loading')}
        {!loading && result && result.events.length === 0 && t('auditLog.empty')}
        {!loading && result && result.events.length > 0 && (result.page > 1 || result.hasMore) && t('auditLog.pageOf', { page: result.page })}
      </p>
      {result && result.events.length > 0 && <AuditLogTable events={result.events} actionLabel={actionLabels.label} />}
      {result && (
        <Pagination
          label={t('auditLog.pagination')}
          previous={result.page > 1 ? pageLink(result.page - 1) : null}
          next={result.hasMore ? pageLink(result.page + 1) : null}
          previousLabel={t('auditLog.previous')}
          nextLabel={t('auditLog.next')}
        />
      )}
    </>
  );
}
