// Under "Aantal personen": when the municipality's rate on the arrival day exempts children and
// the form has fewer dates of birth than persons, the persons without one are named, since the
// return taxes them as adults ("2 personen zonder leeftijd: geen vrijstelling toegepast").
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { day } from '../../../shared/schemas/register.ts';
import { getChildExemption } from '../../api/tax-returns.ts';
import { Paragraph } from '../../components/Paragraph.tsx';
import type { StayFormValues } from './stay-form.ts';

export function UnknownAgesNote() {
  const { t } = useTranslation();
  const { control } = useFormContext<StayFormValues>();
  const [arrival, persons, coTravellers] = useWatch({ control, name: ['arrival', 'persons', 'coTravellers'] });
  const [underAge, setUnderAge] = useState<number | null>(null);
  const validArrival = day.safeParse(arrival).success ? arrival : null;

  useEffect(() => {
    if (!validArrival) return;
    let current = true;
    // Without an answer (no rates, or no tax module for this user) there is nothing to say.
    getChildExemption(validArrival)
      .then((answer) => current && setUnderAge(answer.underAge))
      .catch(() => current && setUnderAge(null));
    return () => {
      current = false;
    };
  }, [validArrival]);

  const count = Number.parseInt(persons, 10);
  // The main guest's date of birth is required; each co-traveller's is optional.
  const known = 1 + coTravellers.filter((c) => c.dateOfBirth.trim() !== '').length;
  const unknown = Number.isFinite(count) ? count - known : 0;
  const shown = underAge !== null && validArrival !== null && unknown > 0;
  // The live region stays in the page, so a screen reader hears the note when it appears.
  return <div role="status">{shown && <Paragraph className="nr-form-note">{t('taxBase.stayForm.unknownAges', { count: unknown })}</Paragraph>}</div>;
}
