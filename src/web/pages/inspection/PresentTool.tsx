// "Aanwezigen nu": who is at one accommodation now, for emergency services — in the house, leaving
// today, expected — by check-in or by the registration and the house times. The answer can be
// printed ("Afdrukken"): on paper only the list remains (see inspection.css).
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { presentLookupSchema } from '../../../shared/schemas/inspection.ts';
import { lookUpPresent } from '../../api/inspection.ts';
import { Button } from '../../components/Button.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { PresenceGroups } from '../presence/PresenceGroups.tsx';
import { AccommodationField } from './AccommodationField.tsx';
import { InspectedStaysTable } from './InspectedStaysTable.tsx';
import { ResultSection } from './ResultSection.tsx';
import { ToolForm } from './ToolForm.tsx';
import type { AccommodationOptions } from './useInspectableAccommodations.ts';
import { useLookup } from './useLookup.ts';

type Values = z.input<typeof presentLookupSchema>;
type Output = z.output<typeof presentLookupSchema>;
const FIELDS = ['accommodationId', 'reason'] as const;

export function PresentTool({ accommodations }: { accommodations: AccommodationOptions }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(presentLookupSchema), defaultValues: { accommodationId: '', reason: '' } });
  const { answer, problem, run, version } = useLookup(lookUpPresent, form.setError, FIELDS);
  return (
    <>
      <Paragraph className="nr-no-print">{t('inspection.toolIntro.present')}</Paragraph>
      <ToolForm form={form} label={t('inspection.tools.present')} submitLabel={t('inspection.submit')} problem={problem} onSubmit={run}>
        <AccommodationField accommodations={accommodations} />
      </ToolForm>
      {answer && (
        <ResultSection key={version} title={t('inspection.result.presentHeading', { name: answer.accommodation.companyName })}>
          <Paragraph>
            {answer.accommodation.address}, {answer.accommodation.city}.
          </Paragraph>
          <div className="nr-form-actions nr-no-print">
            <Button onClick={() => window.print()}>{t('presence.print')}</Button>
          </div>
          {/* The moment of the answer is printed on the list: emergency services must know how fresh it is. */}
          <PresenceGroups
            answer={answer}
            level={3}
            table={(stays, group) => <InspectedStaysTable stays={stays} withPresence caption={t(`presence.groups.${group}`)} />}
          />
        </ResultSection>
      )}
    </>
  );
}
