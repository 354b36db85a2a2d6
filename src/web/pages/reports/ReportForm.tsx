// The owner's report to the municipality: "Soort melding" (Start, Overname, Verhuizing,
// Beëindiging), "Datum" and "Toelichting"; "Melding versturen" sends it.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { accommodationReportSchema, REPORT_KINDS } from '../../../shared/schemas/inspection.ts';
import { submitReport, type AccommodationReport } from '../../api/reports.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { DayField } from '../register/DayField.tsx';

type Values = z.input<typeof accommodationReportSchema>;
type Output = z.output<typeof accommodationReportSchema>;
const FIELDS = ['kind', 'effectiveDate', 'details'] as const;
// The select starts on its placeholder (''), which the schema refuses with "Kies wat u meldt.".
const EMPTY: Values = { kind: '' as Values['kind'], effectiveDate: '', details: '' };

export function ReportForm({ onSent }: { onSent: (report: AccommodationReport) => void }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(accommodationReportSchema), defaultValues: EMPTY });
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [sent, setSent] = useState(false);

  const onSubmit = async (values: Output) => {
    setProblem(null);
    setSent(false);
    try {
      const { report } = await submitReport(values);
      form.reset(EMPTY);
      setSent(true);
      onSent(report);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, FIELDS));
    }
  };

  const busy = form.formState.isSubmitting;
  return (
    <>
      {sent && <Alert type="ok">{t('reports.sent')}</Alert>}
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} label={t('reports.formHeading')} onSubmit={onSubmit}>
        <Paragraph className="nr-required-note">{t('common.requiredFieldsNote')}</Paragraph>
        <SelectField
          name="kind"
          label={t('reports.kind')}
          placeholder={t('reports.kindPlaceholder')}
          options={REPORT_KINDS.map((kind) => ({ value: kind, label: t(`reports.kinds.${kind}`) }))}
          required
        />
        <DayField name="effectiveDate" label={t('reports.effectiveDate')} description={t('reports.effectiveDateDescription')} required />
        <TextAreaField name="details" label={t('reports.details')} description={t('reports.detailsDescription')} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
            {t('reports.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
