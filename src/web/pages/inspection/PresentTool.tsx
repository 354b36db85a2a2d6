// "Aanwezigen nu": who is at one accommodation now, for emergency services. The answer can be
// printed ("Afdrukken"): on paper only the list remains (see inspection.css).
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { presentLookupSchema } from '../../../shared/schemas/inspection.ts';
import { lookUpPresent, type PresentAnswer } from '../../api/inspection.ts';
import { Button } from '../../components/Button.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { formatDateTime } from '../../i18n/format-date.ts';
import { AccommodationField } from './AccommodationField.tsx';
import { InspectedStaysTable } from './InspectedStaysTable.tsx';
import { ResultSection } from './ResultSection.tsx';
import { ToolForm } from './ToolForm.tsx';
import type { AccommodationOptions } from './useInspectableAccommodations.ts';
import { useLookup } from './useLookup.ts';

type Values = z.input<typeof presentLookupSchema>;
type Output = z.output<typeof presentLookupSchema>;
const FIELDS = ['accommodationId', 'reason'] as const;

/** The moment of the answer, printed on the list: emergency services must know how fresh it is. */
async function lookUpNow(input: Output): Promise<PresentAnswer & { at: string }> {
  return { ...(await lookUpPresent(input)), at: new Date().toISOString() };
}

export function PresentTool({ accommodations }: { accommodations: AccommodationOptions }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(presentLookupSchema), defaultValues: { accommodationId: '', reason: '' } });
  const { answer, problem, run, version } = useLookup(lookUpNow, form.setError, FIELDS);
  return (
    <>
      <Paragraph className="nr-no-print">{t('inspection.toolIntro.present')}</Paragraph>
      <ToolForm form={form} label={t('inspection.tools.present')} submitLabel={t('inspection.submit')} problem={problem} onSubmit={run}>
        <AccommodationField accommodations={accommodations} />
      </ToolForm>
      {answer && (
        <ResultSection key={version} title={t('inspection.result.presentHeading', { name: answer.accommodation.companyName })}>
          <Paragraph>
            {answer.accommodation.address}, {answer.accommodation.city}. {t('inspection.result.presentAsOf', { moment: formatDateTime(answer.at) })}
          </Paragraph>
          {answer.capped && <Paragraph>{t('inspection.result.capped', { max: answer.maxRows })}</Paragraph>}
          <Paragraph>
            <strong>{t('inspection.result.totalPresent', { count: answer.persons })}</strong>
          </Paragraph>
          <div className="nr-form-actions nr-no-print">
            <Button onClick={() => window.print()}>{t('inspection.result.print')}</Button>
          </div>
          {answer.stays.length > 0 ? <InspectedStaysTable stays={answer.stays} /> : <Paragraph>{t('inspection.result.noStays')}</Paragraph>}
        </ResultSection>
      )}
    </>
  );
}
