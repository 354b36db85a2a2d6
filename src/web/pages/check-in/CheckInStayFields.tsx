// "Your stay" on the guest's form: arrival, departure, the number of persons and the purpose of the
// stay, with the employer's name for international workers.
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { GUEST_PURPOSES } from '../../../shared/schemas/register.ts';
import { FormSection } from '../../components/FormSection.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { DayField } from '../register/DayField.tsx';
import type { CheckInFormValues } from './check-in-form.ts';

export function CheckInStayFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<CheckInFormValues>();
  const purpose = useWatch({ control, name: 'purpose' });
  const purposes = GUEST_PURPOSES.map((value) => ({ value, label: t(`checkIn.guest.stay.${value}`) }));
  return (
    <FormSection title={t('checkIn.guest.stay.heading')}>
      <DayField name="arrival" label={t('checkIn.guest.stay.arrival')} required />
      <DayField name="departure" label={t('checkIn.guest.stay.departure')} required />
      <TextField
        name="persons"
        label={t('checkIn.guest.stay.persons')}
        description={t('checkIn.guest.stay.personsDescription')}
        inputMode="numeric"
        width="xs"
        required
      />
      <SelectField
        name="purpose"
        label={t('checkIn.guest.stay.purpose')}
        placeholder={t('checkIn.guest.stay.purposePlaceholder')}
        options={purposes}
        required
      />
      {purpose === 'international_worker' && (
        <TextField name="employerName" label={t('checkIn.guest.stay.employerName')} autoComplete="organization" required />
      )}
    </FormSection>
  );
}
