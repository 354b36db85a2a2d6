// "Aanslagen" beside the return: "Aangifte — de aanslag volgt" until the municipality has issued
// one; then the aanslagen over the period with the last day for bezwaar (6 weeks after the
// dagtekening). After a definitive aanslag a lower amount is asked for with "Verzoek om
// ambtshalve vermindering" (amount and reason), not with a lower correctie-aangifte.
import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { getOwnAssessments, requestReduction } from '../../api/tax-assessments.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { reductionFormSchema, type ReductionFormOutput, type ReductionFormValues } from '../tourist-tax-municipality/assessment-form.ts';
import { AssessmentsTable } from '../tourist-tax-municipality/AssessmentsTable.tsx';
import { useRemote } from '../../hooks/useRemote.ts';

const REDUCTION_FIELDS = ['reductionCents', 'reason'] as const;
const EMPTY: ReductionFormValues = { reductionCents: '', reason: '' };

function ReductionForm({ period, onRequested }: { period: string; onRequested: (number: string) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm<ReductionFormValues, unknown, ReductionFormOutput>({ resolver: zodResolver(reductionFormSchema), defaultValues: EMPTY });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const onSubmit = async (values: ReductionFormOutput) => {
    setProblem(null);
    try {
      const { request } = await requestReduction(period, values);
      form.reset(EMPTY);
      await onRequested(request.assessmentNumber);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, REDUCTION_FIELDS));
    }
  };
  const busy = form.formState.isSubmitting;
  return (
    <>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} label={t('taxAssessments.reduction.formLabel')} onSubmit={onSubmit}>
        <TextField
          name="reductionCents"
          label={t('taxAssessments.reduction.reductionCents')}
          description={t('taxAssessments.reduction.reductionCentsDescription')}
          inputMode="decimal"
          autoComplete="off"
          width="sm"
          required
        />
        <TextAreaField name="reason" label={t('taxAssessments.reduction.reason')} description={t('taxAssessments.reduction.reasonDescription')} required />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {t('taxAssessments.reduction.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}

export function AssessmentsSection({ period }: { period: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => getOwnAssessments(period), [period]);
  const { state, reload } = useRemote(load);
  const [notice, setNotice] = useState<string | null>(null);
  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <ErrorAlert error={state.error} />;
  const { assessments, definitive } = state.data;
  return (
    <Section title={t('taxAssessments.owner.heading')}>
      {!definitive && (
        <>
          <Paragraph>
            <strong>{t('taxAssessments.owner.follows')}</strong>
          </Paragraph>
          <Paragraph>{t('taxAssessments.owner.followsText')}</Paragraph>
        </>
      )}
      {assessments.length === 0 ? (
        <Paragraph>{t('taxAssessments.owner.none')}</Paragraph>
      ) : (
        <>
          <AssessmentsTable assessments={assessments} caption={t('taxAssessments.owner.caption')} withAccommodation={false} />
          <Paragraph>{t('taxAssessments.owner.objectionText')}</Paragraph>
        </>
      )}
      {definitive && (
        <>
          <Heading level={3}>{t('taxAssessments.reduction.heading')}</Heading>
          {notice && (
            <Alert type="ok">
              <Paragraph>{notice}</Paragraph>
            </Alert>
          )}
          <Paragraph>{t('taxAssessments.owner.definitiveText')}</Paragraph>
          <ReductionForm
            period={period}
            onRequested={async (number) => {
              await reload();
              setNotice(t('taxAssessments.reduction.submitted', { number }));
            }}
          />
        </>
      )}
    </Section>
  );
}
