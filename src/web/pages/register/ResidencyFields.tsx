// Under a Dutch address in the staff's stay form (decision 0016): what the postcode table says of
// the postcode and house number (the municipality, and so whether the guest is a resident and
// exempt from the tourist tax), and the owner's word, which confirms or overrides it: "Zoals de
// postcode zegt", "Ja, ingeschreven op een adres in …" or "Nee".
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { houseNumberOf } from '../../../shared/register/house-number.ts';
import { postcode as postcodeSchema } from '../../../shared/schemas/fields.ts';
import { getResidency, type Residency } from '../../api/register.ts';
import { Paragraph } from '../../components/Paragraph.tsx';
import { RadioGroupField } from './RadioGroupField.tsx';
import type { StayFormValues } from './stay-form.ts';

export function ResidencyFields({ municipalityName }: { municipalityName: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<StayFormValues>();
  const [typedPostcode, typedNumber] = useWatch({ control, name: ['guest.postcode', 'guest.houseNumber'] });
  const [answer, setAnswer] = useState<Residency | null>(null);
  const postcode = postcodeSchema.safeParse(typedPostcode);
  const number = houseNumberOf(typedNumber);
  const address = postcode.success && typeof number === 'number' ? `${postcode.data}|${number}` : null;

  useEffect(() => {
    setAnswer(null);
    if (!address) return;
    const [code = '', houseNumber = ''] = address.split('|');
    let current = true;
    // Asked as the typing settles; without an answer the owner's choice below still decides.
    const timer = setTimeout(() => {
      getResidency(code, Number(houseNumber)).then(
        (found) => current && setAnswer(found),
        () => current && setAnswer(null),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [address]);

  const own = municipalityName;
  const lookup = !answer
    ? null
    : answer.resident
      ? t('residency.form.lookup.resident', { name: own })
      : answer.municipality?.name
        ? t('residency.form.lookup.elsewhere', { name: answer.municipality.name, own })
        : answer.municipality
          ? t('residency.form.lookup.elsewhereUnknown', { own })
          : t('residency.form.lookup.unknown', { own });

  return (
    <>
      {/* A live region that stays in the page, so a screen reader hears the answer when it comes. */}
      <div role="status">
        {lookup && <Paragraph className="nr-form-note">{lookup}</Paragraph>}
        {answer?.exampleTable && <Paragraph className="nr-form-note">{t('residency.form.lookup.example')}</Paragraph>}
      </div>
      <RadioGroupField
        name="guest.resident"
        legend={t('residency.form.resident.legend', { name: own })}
        options={[
          { value: '', label: t('residency.form.resident.asPostcode') },
          { value: 'yes', label: t('residency.form.resident.yes', { name: own }) },
          { value: 'no', label: t('residency.form.resident.no') },
        ]}
      />
    </>
  );
}
