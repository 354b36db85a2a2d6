// "Meldingen" (/app/meldingen). Owners: "Meldingen aan de gemeente", the form to report a start,
// takeover, move or closure and the earlier reports (staff read them). Municipality users: the
// reports of all accommodations in the municipality, newest first, 50 to a page.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listMunicipalityReports, listOwnReports, type AccommodationReport, type ReportPage } from '../../api/reports.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import { useCurrentSession } from '../../session/useCurrentSession.ts';
import { ReportForm } from './ReportForm.tsx';
import { ReportsTable } from './ReportsTable.tsx';
import '../../theme/portal.css';

function OwnReports({ canReport }: { canReport: boolean }) {
  const { t } = useTranslation();
  const [reports, setReports] = useState<AccommodationReport[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    listOwnReports().then(({ reports: list }) => setReports(list), setError);
  }, []);
  useEffect(load, [load]);
  return (
    <>
      <PageHeading>{t('reports.ownerHeading')}</PageHeading>
      <Paragraph>{canReport ? t('reports.ownerIntro') : t('reports.staffIntro')}</Paragraph>
      {canReport && (
        <Section title={t('reports.formHeading')}>
          <ReportForm onSent={(report) => setReports((list) => [report, ...(list ?? [])])} />
        </Section>
      )}
      <Section title={t('reports.listHeading')}>
        <ErrorAlert error={error} />
        {!reports && !error && <Paragraph>{t('reports.loading')}</Paragraph>}
        {reports?.length === 0 && <Paragraph>{t('reports.empty')}</Paragraph>}
        {reports && reports.length > 0 && <ReportsTable reports={reports} />}
      </Section>
    </>
  );
}

function MunicipalityReports() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const [result, setResult] = useState<ReportPage | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setError(null);
    listMunicipalityReports(page).then(
      (answer) => current && setResult(answer),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [page]);
  const href = (n: number) => (n > 1 ? `/app/meldingen?page=${n}` : '/app/meldingen');
  const first = result ? (result.page - 1) * result.pageSize + 1 : 0;
  return (
    <>
      <PageHeading>{t('reports.municipalityHeading')}</PageHeading>
      <Paragraph>{t('reports.municipalityIntro')}</Paragraph>
      <ErrorAlert error={error} />
      <p className="utrecht-paragraph" role="status">
        {!result && !error && t('reports.loading')}
        {result?.total === 0 && t('reports.empty')}
        {result && result.total > result.pageSize && t('reports.range', { first, last: first + result.reports.length - 1, total: result.total })}
      </p>
      {result && result.reports.length > 0 && <ReportsTable reports={result.reports} withAccommodation />}
      {result && (
        <Pagination
          label={t('reports.pagination')}
          previous={result.page > 1 ? href(result.page - 1) : null}
          next={result.page * result.pageSize < result.total ? href(result.page + 1) : null}
          previousLabel={t('reports.previous')}
          nextLabel={t('reports.next')}
        />
      )}
    </>
  );
}

function Reports() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  const { user } = useCurrentSession();
  return user.role === 'municipality' ? <MunicipalityReports /> : <OwnReports canReport={user.role === 'owner'} />;
}

export function ReportsPage() {
  return (
    <RequireRole roles={['owner', 'staff', 'municipality']}>
      <Reports />
    </RequireRole>
  );
}
