// Under "Aantal personen": the age under which the municipality's rate on the arrival day exempts
// children, kept in the form (childAge) for "Jonger dan N jaar?" where the date of birth is not
// asked (decision 0017); and, when the form has fewer ages than persons, the persons without one
// named, since the return taxes them as adults ("2 personen zonder leeftijd: geen vrijstelling
// toegepast").
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { day } from '../../../shared/schemas/register.ts';
import { getChildExemption } from '../../api/tax-returns.ts';
import { Paragraph } from '../../components/Paragraph.tsx';
import type { StayFormValues } from './stay-form.ts';

export function UnknownAgesNote({ askDateOfBirth }: { askDateOfBirth: boolean }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<StayFormValues>();
  const [arrival, persons, coTravellers, childAge] = useWatch({ control, name: ['arrival', 'persons', 'coTravellers', 'childAge'] });
  const validArrival = day.safeParse(arrival).success ? arrival : null;

  useEffect(() => {
    if (!validArrival) return;
    let current = true;
    // Without an answer (no rates, or no tax module for this user) there is nothing to ask or say.
    const keep = (age: number | null) => current && setValue('childAge', age === null ? '' : String(age));
    getChildExemption(validArrival).then(
      (answer) => keep(answer.underAge),
      () => keep(null),
    );
    return () => {
      current = false;
    };
  }, [validArrival, setValue]);

  const count = Number.parseInt(persons, 10);
  // The main guest's date of birth is required where it is asked, each co-traveller's optional;
  // where it is not asked, every listed person answers "Jonger dan N?".
  const known = 1 + (askDateOfBirth ? coTravellers.filter((c) => c.dateOfBirth.trim() !== '').length : coTravellers.length);
  const unknown = Number.isFinite(count) ? count - known : 0;
  const shown = !!childAge && validArrival !== null && unknown > 0;
  // The live region stays in the page, so a screen reader hears the note when it appears.
  return <div role="status">{shown && <Paragraph className="nr-form-note">{t('taxBase.stayForm.unknownAges', { count: unknown })}</Paragraph>}</div>;
}
