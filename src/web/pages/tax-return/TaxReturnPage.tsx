// One return period (/app/aangifte/:period): "Aangifte toeristenbelasting <periode>" with the
// accommodation, municipality, deadline and status; the register's figures ("Berekening", per
// stay under "Toon per registratie"); the rates ("Tarieven"); once the period has ended the form
// to submit ("Indienen"); and the submitted returns with their PDFs. When stays changed after
// submitting, a warning proposes a correction return ("Correctie-aangifte indienen"). Beside the
// return, its aanslagen ("Aangifte — de aanslag volgt" until the municipality has issued one).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { addDays } from '../../../shared/register/dates.ts';
import { TAX_PERIOD_PATTERN } from '../../../shared/schemas/tourist-tax.ts';
import { ApiError } from '../../api/client.ts';
import { getTaxReturn, type SubmittedTaxReturn, type TaxReturnView } from '../../api/tax-returns.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { DataList, type DataListItem } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { RequireRole } from '../../session/RequireRole.tsx';
import '../../theme/portal.css';
import { formatMoney } from '../../tourist-tax/figures.ts';
import { usePeriodLabel } from '../../tourist-tax/usePeriodLabel.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { AssessmentsSection } from './AssessmentsSection.tsx';
import { ForfaitLines } from './ForfaitLines.tsx';
import { SubmissionsTable } from './SubmissionsTable.tsx';
import { TaxReturnForm } from './TaxReturnForm.tsx';
import { TaxRules } from './TaxRules.tsx';
import { TaxStatus } from './TaxStatus.tsx';
import { TaxSummary } from './TaxSummary.tsx';
import './tax-return.css';

function focusPageHeading() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
}

function PeriodFacts({ view }: { view: TaxReturnView }) {
  const { t } = useTranslation();
  const { accommodation } = view;
  const type = t(`accommodationType.${accommodation.accommodationType}`, { defaultValue: accommodation.accommodationType });
  const items: DataListItem[] = [
    { key: 'accommodation', label: t('taxReturn.detail.accommodation'), value: accommodation.companyName },
    {
      key: 'type',
      label: t('taxReturn.detail.accommodationType'),
      value: accommodation.starRating === null ? type : `${type}, ${t('fields.starRating.value', { count: accommodation.starRating })}`,
    },
    { key: 'municipality', label: t('taxReturn.detail.municipality'), value: view.municipality },
    { key: 'period', label: t('taxReturn.detail.period'), value: t('taxReturn.period.range', { from: formatDate(view.from), to: formatDate(view.to) }) },
    { key: 'deadline', label: t('taxReturn.detail.deadline'), value: formatDate(view.deadline) },
    { key: 'status', label: t('taxReturn.detail.status'), value: <TaxStatus summary={view} /> },
  ];
  if (view.returnNumber !== null) items.push({ key: 'number', label: t('taxReturn.detail.returnNumber'), value: view.returnNumber });
  if (view.declaredCents !== null) items.push({ key: 'declared', label: t('taxReturn.detail.declared'), value: formatMoney(view.declaredCents) });
  return <DataList items={items} />;
}

/** Stays changed after submitting: the difference with what was declared, and what to do. */
function CorrectionProposal({ cents }: { cents: number }) {
  const { t } = useTranslation();
  const difference = formatMoney(Math.abs(cents));
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>{t('taxReturn.proposal.heading')}</strong>
      </Paragraph>
      <Paragraph>{cents > 0 ? t('taxReturn.proposal.higher', { difference }) : t('taxReturn.proposal.lower', { difference })}</Paragraph>
    </Alert>
  );
}

function TaxReturnContent({ period }: { period: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => getTaxReturn(period), [period]);
  const { state, reload } = useRemote(load);
  const [notice, setNotice] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const periodLabel = usePeriodLabel();
  const label = periodLabel(period);
  useDocumentTitle(t('taxReturn.detail.heading', { period: label }));

  const onSubmitted = async (submission: SubmittedTaxReturn) => {
    const key = submission.kind === 'correction' ? 'taxReturn.form.correctionSubmitted' : 'taxReturn.form.submitted';
    await reload();
    setCorrecting(false);
    setNotice(t(key, { number: submission.number }));
    focusPageHeading();
  };

  const heading = <PageHeading>{t('taxReturn.detail.heading', { period: label })}</PageHeading>;
  const back = (
    <Paragraph>
      <Link to={`/app/aangifte?year=${period.slice(0, 4)}`}>{t('taxReturn.detail.back')}</Link>
    </Paragraph>
  );
  if (state.status === 'loading') return <Paragraph>{t('taxReturn.detail.loading')}</Paragraph>;
  if (state.status === 'failed') {
    const missing = state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 400);
    return (
      <>
        {heading}
        {missing ? <Paragraph>{t('taxReturn.detail.notFound')}</Paragraph> : <ErrorAlert error={state.error} />}
        {back}
      </>
    );
  }

  const view = state.data;
  const proposed =
    view.status === 'submitted' && view.proposedCorrectionCents !== null && view.proposedCorrectionCents !== 0 ? view.proposedCorrectionCents : null;
  const firstReturn = view.status === 'due' || view.status === 'overdue';
  const showForm = firstReturn || proposed !== null || (view.status === 'submitted' && correcting);
  const formHeading = view.submissions.length > 0 ? t('taxReturn.form.correctionHeading') : t('taxReturn.form.heading');

  return (
    <>
      {heading}
      {notice && (
        <Alert type="ok">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {proposed !== null && <CorrectionProposal cents={proposed} />}
      {view.status === 'overdue' && (
        <Alert type="warning">
          <Paragraph>{t('taxReturn.detail.overdueNotice', { deadline: formatDate(view.deadline) })}</Paragraph>
        </Alert>
      )}
      <PeriodFacts view={view} />
      {view.status === 'open' && (
        <Alert type="info">
          <Paragraph>{t('taxReturn.detail.openNotice', { date: formatDate(addDays(view.to, 1)) })}</Paragraph>
        </Alert>
      )}
      <TaxSummary view={view} />
      <ForfaitLines totals={view.totals} />
      <TaxRules rules={view.rules} />
      {showForm && (
        <Section title={formHeading}>
          {/* A new period's data (after submitting) starts the form afresh from the latest return. */}
          <TaxReturnForm key={view.submissions.length} view={view} onSubmitted={onSubmitted} />
          {correcting && proposed === null && (
            <Button appearance="subtle" onClick={() => setCorrecting(false)}>
              {t('taxReturn.form.stopCorrection')}
            </Button>
          )}
        </Section>
      )}
      {view.submissions.length > 0 && <SubmissionsTable submissions={view.submissions} />}
      <AssessmentsSection period={view.period} />
      {view.status === 'submitted' && !showForm && (
        <Paragraph>
          <Button
            appearance="secondary-action"
            onClick={() => {
              setNotice(null);
              setCorrecting(true);
            }}
          >
            {t('taxReturn.form.startCorrection')}
          </Button>
        </Paragraph>
      )}
      {back}
    </>
  );
}

function TaxReturnRoute() {
  const { period = '' } = useParams();
  const { t } = useTranslation();
  if (!TAX_PERIOD_PATTERN.test(period)) {
    return (
      <>
        <PageHeading>{t('taxReturn.overview.heading')}</PageHeading>
        <Paragraph>{t('taxReturn.detail.notFound')}</Paragraph>
        <Paragraph>
          <Link to="/app/aangifte">{t('taxReturn.detail.back')}</Link>
        </Paragraph>
      </>
    );
  }
  // Another period is another page: nothing (notice, correcting) carries over.
  return <TaxReturnContent key={period} period={period} />;
}

export function TaxReturnPage() {
  return (
    <RequireRole roles={['owner']}>
      <TaxReturnRoute />
    </RequireRole>
  );
}
