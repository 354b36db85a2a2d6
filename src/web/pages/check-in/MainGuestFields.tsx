// "Your details" on the guest's form: what the law asks of the main guest (initials, surname,
// place of residence, date of birth), nationality and the type of identity document; the document
// number only for foreign guests where the municipality asks for it. Never a copy of the document.
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../../shared/register/countries.ts';
import { DOCUMENT_TYPES } from '../../../shared/schemas/register.ts';
import { FormSection } from '../../components/FormSection.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { DayField } from '../register/DayField.tsx';
import { asksDocumentNumber, type CheckInFormValues } from './check-in-form.ts';

export function MainGuestFields({ recordDocumentNumber }: { recordDocumentNumber: boolean }) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<CheckInFormValues>();
  const nationality = useWatch({ control, name: 'guest.nationality' });
  const language = i18n.resolvedLanguage ?? 'nl';
  const countries = useMemo(() => countryOptions(language).map((c) => ({ value: c.code, label: c.name })), [language]);
  const documentTypes = DOCUMENT_TYPES.map((value) => ({ value, label: t(`checkIn.guest.person.${value}`) }));
  const label = (key: 'initials' | 'surname' | 'residence' | 'country' | 'dateOfBirth' | 'nationality') => t(`checkIn.guest.person.${key}`);

  return (
    <FormSection title={t('checkIn.guest.person.heading')}>
      <TextField name="guest.initials" label={label('initials')} description={t('checkIn.guest.person.initialsDescription')} autoComplete="off" width="sm" required />
      <TextField name="guest.surname" label={label('surname')} autoComplete="family-name" required />
      <TextField name="guest.residence" label={label('residence')} autoComplete="address-level2" required />
      <SelectField name="guest.country" label={label('country')} placeholder={t('checkIn.guest.person.countryPlaceholder')} options={countries} required />
      <DayField name="guest.dateOfBirth" label={label('dateOfBirth')} required />
      <SelectField name="guest.nationality" label={label('nationality')} placeholder={t('checkIn.guest.person.countryPlaceholder')} options={countries} required />
      <SelectField
        name="guest.documentType"
        label={t('checkIn.guest.person.documentType')}
        description={t('checkIn.guest.person.documentTypeDescription')}
        placeholder={t('checkIn.guest.person.documentTypePlaceholder')}
        options={documentTypes}
        required
      />
      {asksDocumentNumber(recordDocumentNumber, nationality) && (
        <TextField
          name="guest.documentNumber"
          label={t('checkIn.guest.person.documentNumber')}
          description={t('checkIn.guest.person.documentNumberDescription')}
          autoComplete="off"
          spellCheck={false}
          width="md"
          required
        />
      )}
    </FormSection>
  );
}
