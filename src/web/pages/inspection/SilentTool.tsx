// "Accommodaties zonder registraties": approved accommodations of the municipality without an
// arrival in the last N days (30 by default), each with the last arrival it did register.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { SILENT_DAYS, silentLookupSchema } from '../../../shared/schemas/inspection.ts';
import { lookUpSilent, type SilentAnswer } from '../../api/inspection.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { ResultSection } from './ResultSection.tsx';
import { ToolForm } from './ToolForm.tsx';
import { useLookup } from './useLookup.ts';

type Values = z.input<typeof silentLookupSchema>;
type Output = z.output<typeof silentLookupSchema>;
const FIELDS = ['days', 'reason'] as const;

function SilentTable({ answer }: { answer: SilentAnswer }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('inspection.result.silentCaption')}
      columns={[
        t('inspection.result.columns.accommodation'),
        t('inspection.result.columns.address'),
        t('inspection.result.columns.city'),
        t('inspection.result.columns.lastArrival'),
      ]}
    >
      {answer.accommodations.map((a) => (
        <tr key={a.id} className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="row">
            {a.companyName}
          </th>
          <td className="utrecht-table__cell">{a.address}</td>
          <td className="utrecht-table__cell">{a.city}</td>
          <td className="utrecht-table__cell">{a.lastArrival ? formatDate(a.lastArrival) : t('inspection.result.never')}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function SilentTool() {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(silentLookupSchema), defaultValues: { days: String(SILENT_DAYS), reason: '' } });
  const { answer, problem, run, version } = useLookup(lookUpSilent, form.setError, FIELDS);
  return (
    <>
      <Paragraph>{t('inspection.toolIntro.silent')}</Paragraph>
      <ToolForm form={form} label={t('inspection.tools.silent')} submitLabel={t('inspection.submit')} problem={problem} onSubmit={run}>
        <TextField
          name="days"
          label={t('inspection.fields.days')}
          description={t('inspection.fields.daysDescription')}
          inputMode="numeric"
          width="xs"
          required
        />
      </ToolForm>
      {answer && (
        <ResultSection key={version} title={t('inspection.result.silentHeading', { date: formatDate(answer.since) })}>
          {answer.capped && <Alert type="warning">{t('inspection.result.capped', { max: answer.maxRows })}</Alert>}
          <Paragraph>{answer.total === 0 ? t('inspection.result.noAccommodations') : t('inspection.result.accommodations', { count: answer.total })}</Paragraph>
          {answer.total > 0 && <SilentTable answer={answer} />}
        </ResultSection>
      )}
    </>
  );
}
