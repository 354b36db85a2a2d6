// "Aanslagen": the aanslagen over one period of the municipality's kind (?periode=… in the
// address), each with its last day for bezwaar and the requests for ambtshalve vermindering;
// "Aanslag vastleggen" records one as the tax system issued it, "Aanslagen inlezen" reads the tax
// system's CSV (all or none, problems named by line and column).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { TAX_ASSESSMENT_KINDS } from '../../../shared/schemas/tourist-tax.ts';
import { ApiError } from '../../api/client.ts';
import { getMunicipalityAssessments, importAssessmentsCsv, recordAssessment, type TaxAssessment } from '../../api/tax-assessments.ts';
import { getTaxReturns } from '../../api/tax-municipality.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { FormField } from '../../components/FormField.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { fieldProblemMessage } from '../../forms/error-text.ts';
import { usePeriodLabel } from '../../tourist-tax/usePeriodLabel.ts';
import { ASSESSMENT_FIELD_NAMES, assessmentFormSchema, emptyAssessment, type AssessmentFormOutput, type AssessmentFormValues } from './assessment-form.ts';
import { AssessmentsTable } from './AssessmentsTable.tsx';
import { ChosenPeriod } from './PeriodPicker.tsx';

function RecordForm({
  period,
  accommodations,
  onRecorded,
}: {
  period: string;
  accommodations: readonly { id: string; name: string }[];
  onRecorded: (a: TaxAssessment) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<AssessmentFormValues, unknown, AssessmentFormOutput>({
    resolver: zodResolver(assessmentFormSchema),
    defaultValues: emptyAssessment(period),
  });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const onSubmit = async (values: AssessmentFormOutput) => {
    setProblem(null);
    setRecorded(null);
    try {
      const { assessment } = await recordAssessment(values);
      form.reset(emptyAssessment(period));
      setRecorded(assessment.number);
      onRecorded(assessment);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ASSESSMENT_FIELD_NAMES));
    }
  };
  const busy = form.formState.isSubmitting;
  return (
    <>
      {recorded && <Alert type="ok">{t('taxAssessments.municipality.recorded', { number: recorded })}</Alert>}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} label={t('taxAssessments.municipality.formLabel')} onSubmit={onSubmit}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <SelectField
          name="accommodationId"
          label={t('taxAssessments.municipality.accommodation')}
          placeholder={t('taxAssessments.municipality.accommodationPlaceholder')}
          options={accommodations.map((a) => ({ value: a.id, label: a.name }))}
          required
        />
        <SelectField
          name="kind"
          label={t('taxAssessments.municipality.kind')}
          placeholder={t('taxAssessments.municipality.kindPlaceholder')}
          options={TAX_ASSESSMENT_KINDS.map((kind) => ({ value: kind, label: t(`taxAssessments.kinds.${kind}`) }))}
          required
        />
        <TextField name="number" label={t('taxAssessments.municipality.number')} autoComplete="off" width="md" required />
        <TextField name="amountCents" label={t('taxAssessments.municipality.amountCents')} inputMode="decimal" autoComplete="off" width="sm" required />
        <TextField
          name="datedOn"
          label={t('taxAssessments.municipality.datedOn')}
          description={t('taxAssessments.municipality.datedOnDescription')}
          autoComplete="off"
          width="sm"
          required
        />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {t('taxAssessments.municipality.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}

function ImportForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ count: number } | { lines: string[] } | { error: unknown } | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setResult({ lines: [t('taxAssessments.municipality.fileMissing')] });
      return;
    }
    setBusy(true);
    setResult(null);
    try {
      const { assessments } = await importAssessmentsCsv(await file.text());
      setResult({ count: assessments.length });
      onImported();
    } catch (error) {
      const lines =
        error instanceof ApiError
          ? Object.entries(error.fields).map(([key, p]) => {
              const [, line, column] = key.split('.');
              const message = fieldProblemMessage(p);
              if (line && column) return t('taxAssessments.municipality.importProblem', { line, column, message });
              return line ? t('taxAssessments.municipality.importLineProblem', { line, message }) : message;
            })
          : [];
      setResult(lines.length > 0 ? { lines } : { error });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {result && 'count' in result && <Alert type="ok">{t('taxAssessments.municipality.imported', { count: result.count })}</Alert>}
      {result && 'error' in result && <ErrorAlert error={result.error} />}
      {result && 'lines' in result && (
        <Alert type="error">
          <Paragraph>{t('taxAssessments.municipality.importProblems')}</Paragraph>
          <ul className="utrecht-unordered-list">
            {result.lines.map((line) => (
              <li key={line} className="utrecht-unordered-list__item">
                {line}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <form className="utrecht-form" aria-label={t('taxAssessments.municipality.importHeading')} onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormField id="field-assessments-file" label={t('taxAssessments.municipality.file')}>
          {(aria) => (
            <input {...aria} type="file" accept=".csv,text/csv" className="utrecht-textbox" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          )}
        </FormField>
        <div className="nr-form-actions">
          <Button type="submit" appearance="secondary-action" busy={busy} disabled={busy}>
            {t('taxAssessments.municipality.importSubmit')}
          </Button>
        </div>
      </form>
    </>
  );
}

function PeriodAssessments({ period }: { period: string }) {
  const { t } = useTranslation();
  const label = usePeriodLabel()(period);
  const [assessments, setAssessments] = useState<TaxAssessment[] | null>(null);
  const [accommodations, setAccommodations] = useState<{ id: string; name: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setAssessments((await getMunicipalityAssessments(period)).assessments);
    } catch (failure) {
      setError(failure);
    }
  }, [period]);
  useEffect(() => {
    void load();
    getTaxReturns(period).then((overview) => setAccommodations(overview.rows.map((r) => ({ id: r.accommodationId, name: r.companyName }))), setError);
  }, [load, period]);
  return (
    <>
      <Heading level={2}>{t('taxAssessments.municipality.heading', { period: label })}</Heading>
      <div className="nr-section">
        <ErrorAlert error={error} />
        <p className="utrecht-paragraph" role="status">
          {!assessments && !error && t('taxAssessments.municipality.loading')}
          {assessments?.length === 0 && t('taxAssessments.municipality.empty')}
        </p>
        {assessments && assessments.length > 0 && (
          <AssessmentsTable assessments={assessments} caption={t('taxAssessments.municipality.caption', { period: label })} withAccommodation />
        )}
      </div>
      <Section title={t('taxAssessments.municipality.recordHeading')}>
        <RecordForm key={period} period={period} accommodations={accommodations} onRecorded={() => void load()} />
      </Section>
      <Section title={t('taxAssessments.municipality.importHeading')}>
        <Paragraph>{t('taxAssessments.municipality.importIntro')}</Paragraph>
        <ImportForm onImported={() => void load()} />
      </Section>
    </>
  );
}

export function AssessmentsTab() {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('taxAssessments.municipality.intro')}</Paragraph>
      <ChosenPeriod path="/app/toeristenbelasting/aanslagen">{(period) => <PeriodAssessments key={period} period={period} />}</ChosenPeriod>
    </>
  );
}
