// "Lange verblijven": stays of at least N nights (90 by default) that are present now or end
// later, across the municipality, longest first: a sign of permanent residence.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LONG_STAY_NIGHTS, longStaysLookupSchema } from '../../../shared/schemas/inspection.ts';
import { lookUpLongStays } from '../../api/inspection.ts';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { InspectedStaysTable } from './InspectedStaysTable.tsx';
import { ResultSection } from './ResultSection.tsx';
import { StayCount } from './StayCount.tsx';
import { ToolForm } from './ToolForm.tsx';
import { useLookup } from './useLookup.ts';

type Values = z.input<typeof longStaysLookupSchema>;
type Output = z.output<typeof longStaysLookupSchema>;
const FIELDS = ['minNights', 'reason'] as const;

export function LongStaysTool() {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(longStaysLookupSchema),
    defaultValues: { minNights: String(LONG_STAY_NIGHTS), reason: '' },
  });
  const { answer, problem, run, version } = useLookup(lookUpLongStays, form.setError, FIELDS);
  return (
    <>
      <Paragraph>{t('inspection.toolIntro.longStays')}</Paragraph>
      <ToolForm form={form} label={t('inspection.tools.longStays')} submitLabel={t('inspection.submit')} problem={problem} onSubmit={run}>
        <TextField
          name="minNights"
          label={t('inspection.fields.minNights')}
          description={t('inspection.fields.minNightsDescription')}
          inputMode="numeric"
          width="xs"
          required
        />
      </ToolForm>
      {answer && (
        <ResultSection key={version} title={t('inspection.result.longStaysHeading', { count: answer.minNights })}>
          <StayCount answer={answer} />
          {answer.stays.length > 0 && <InspectedStaysTable stays={answer.stays} withAccommodation withNights />}
        </ResultSection>
      )}
    </>
  );
}
