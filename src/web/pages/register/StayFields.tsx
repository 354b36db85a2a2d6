// The part "Verblijf" of the stay form: the days, the room or pitch, the number of persons, the
// purpose of travel (an employer for international workers), booking reference and price.
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { STAY_PURPOSES } from '../../../shared/schemas/register.ts';
import type { Unit } from '../../api/register.ts';
import { FormSection } from '../../components/FormSection.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { DayField } from './DayField.tsx';
import { RadioGroupField } from './RadioGroupField.tsx';
import type { StayFormValues } from './stay-form.ts';
import { UnknownAgesNote } from './UnknownAgesNote.tsx';

interface StayFieldsProps {
  units: readonly Unit[];
  /** The unit the stay is on now: offered even when it is no longer active. */
  currentUnitId?: string | null;
  askDateOfBirth: boolean;
}

export function StayFields({ units, currentUnitId, askDateOfBirth }: StayFieldsProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<StayFormValues>();
  const purpose = useWatch({ control, name: 'purpose' });
  const unitOptions = units
    .filter((unit) => unit.active || unit.id === currentUnitId)
    .map((unit) => ({
      value: unit.id,
      label: unit.active
        ? t('nightRegister.form.unitOption', { name: unit.name, capacity: unit.capacity })
        : t('nightRegister.form.unitInactive', { name: unit.name }),
    }));
  const purposes = STAY_PURPOSES.map((value) => ({ value, label: t(`nightRegister.purpose.${value}`) }));

  return (
    <FormSection title={t('nightRegister.form.stayHeading')}>
      <DayField name="arrival" label={t('nightRegister.form.arrival')} required />
      <DayField name="departure" label={t('nightRegister.form.departure')} description={t('nightRegister.form.departureDescription')} required />
      <SelectField name="unitId" label={t('nightRegister.form.unit')} placeholder={t('nightRegister.form.noUnit')} options={unitOptions} />
      <TextField
        name="persons"
        label={t('nightRegister.form.persons')}
        description={t('nightRegister.form.personsDescription')}
        inputMode="numeric"
        autoComplete="off"
        width="xs"
        required
      />
      <UnknownAgesNote askDateOfBirth={askDateOfBirth} />
      <RadioGroupField name="purpose" legend={t('nightRegister.form.purpose')} options={purposes} required />
      {purpose === 'international_worker' && <TextField name="employerName" label={t('nightRegister.form.employerName')} autoComplete="off" required />}
      <TextField
        name="bookingReference"
        label={t('nightRegister.form.bookingReference')}
        description={t('nightRegister.form.bookingReferenceDescription')}
        autoComplete="off"
        spellCheck={false}
        width="md"
      />
      <TextField
        name="lodgingPriceCents"
        id="field-lodgingPrice"
        label={t('taxBase.stayForm.lodgingPrice')}
        description={t('taxBase.stayForm.lodgingPriceDescription')}
        inputMode="decimal"
        autoComplete="off"
        width="sm"
      />
    </FormSection>
  );
}
