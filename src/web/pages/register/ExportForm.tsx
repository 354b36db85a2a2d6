// "Exporteren (CSV)": the registrations of a period as a CSV file. The file is fetched first, so
// a problem (a date the server refuses) is told on this page instead of replacing it.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { exportQuerySchema } from '../../../shared/schemas/register.ts';
import { fetchExport } from '../../api/register.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Section } from '../../components/Section.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { DayField } from './DayField.tsx';
import { rangeIsValid, TO_BEFORE_FROM } from './register-filter.ts';

const exportFormSchema = exportQuerySchema.refine(rangeIsValid, { path: ['to'], message: TO_BEFORE_FROM });
type ExportRange = { from: string; to: string };

/** Hands the file to the browser's downloads, as a link to it would. */
function download(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The first of the month up to today: the period a monthly export usually covers. */
function defaultRange(today: string): ExportRange {
  return { from: today ? `${today.slice(0, 8)}01` : '', to: today };
}

export function ExportForm({ today }: { today: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const form = useForm<ExportRange>({ resolver: zodResolver(exportFormSchema), defaultValues: defaultRange(today) });

  const onSubmit = async (range: ExportRange) => {
    setProblem(null);
    setDownloaded(null);
    try {
      const { file, name } = await fetchExport(range.from, range.to);
      download(file, name);
      setDownloaded(name);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, ['from', 'to']));
    }
  };

  const heading = t('nightRegister.overview.export.heading');
  return (
    <Section title={heading}>
      <Paragraph>{t('nightRegister.overview.export.intro')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      {downloaded && (
        <Alert type="ok">
          <Paragraph>{t('nightRegister.overview.export.done', { name: downloaded })}</Paragraph>
        </Alert>
      )}
      <Form form={form} label={heading} onSubmit={onSubmit}>
        <div className="nr-filter">
          <DayField name="from" id="export-from" label={t('nightRegister.overview.export.from')} required />
          <DayField
            name="to"
            id="export-to"
            label={t('nightRegister.overview.export.to')}
            required
            ownErrors={{ [TO_BEFORE_FROM]: t('nightRegister.overview.export.toBeforeFrom') }}
          />
        </div>
        <div className="nr-form-actions">
          <Button type="submit" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('nightRegister.overview.export.submit')}
          </Button>
        </div>
      </Form>
    </Section>
  );
}
