// "Wie verbleef er in nacht…": a night, one accommodation or all of the municipality, a reason;
// the answer lists every stay that includes that night.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { nightLookupSchema } from '../../../shared/schemas/inspection.ts';
import { lookUpNight } from '../../api/inspection.ts';
import { Paragraph } from '../../components/Paragraph.tsx';
import { formatDate } from '../../i18n/format-date.ts';
import { DayField } from '../register/DayField.tsx';
import { AccommodationField } from './AccommodationField.tsx';
import { InspectedStaysTable } from './InspectedStaysTable.tsx';
import { ResultSection } from './ResultSection.tsx';
import { StayCount } from './StayCount.tsx';
import { ToolForm } from './ToolForm.tsx';
import type { AccommodationOptions } from './useInspectableAccommodations.ts';
import { useLookup } from './useLookup.ts';

type Values = z.input<typeof nightLookupSchema>;
type Output = z.output<typeof nightLookupSchema>;
const FIELDS = ['night', 'accommodationId', 'reason'] as const;

export function NightTool({ accommodations }: { accommodations: AccommodationOptions }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(nightLookupSchema), defaultValues: { night: '', accommodationId: '', reason: '' } });
  const { answer, problem, run, version } = useLookup(lookUpNight, form.setError, FIELDS);
  return (
    <>
      <Paragraph>{t('inspection.toolIntro.night')}</Paragraph>
      <ToolForm form={form} label={t('inspection.tools.night')} submitLabel={t('inspection.submit')} problem={problem} onSubmit={run}>
        <DayField name="night" label={t('inspection.fields.night')} description={t('inspection.fields.nightDescription')} required />
        <AccommodationField accommodations={accommodations} allowAll />
      </ToolForm>
      {answer && (
        <ResultSection
          key={version}
          title={
            answer.accommodation
              ? t('inspection.result.nightHeadingAt', { date: formatDate(answer.night), name: answer.accommodation.companyName })
              : t('inspection.result.nightHeading', { date: formatDate(answer.night) })
          }
        >
          <StayCount answer={answer} />
          {answer.stays.length > 0 && <InspectedStaysTable stays={answer.stays} withAccommodation={!answer.accommodation} />}
        </ResultSection>
      )}
    </>
  );
}
