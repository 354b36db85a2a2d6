// The part "Hoofdgast" of the stay form: what the law asks of the main guest (initials, surname,
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
import { DayField } from './DayField.tsx';
import { asksDocumentNumber, type StayFormValues } from './stay-form.ts';

export function GuestFields({ recordDocumentNumber }: { recordDocumentNumber: boolean }) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<StayFormValues>();
  const nationality = useWatch({ control, name: 'guest.nationality' });
  const language = i18n.resolvedLanguage ?? 'nl';
  const countries = useMemo(() => countryOptions(language).map((c) => ({ value: c.code, label: c.name })), [language]);
  const documentTypes = DOCUMENT_TYPES.map((value) => ({ value, label: t(`nightRegister.documentType.${value}`) }));

  return (
    <FormSection title={t('nightRegister.form.guestHeading')}>
      <TextField name="guest.initials" label={t('nightRegister.form.initials')} autoComplete="off" width="sm" required />
      <TextField name="guest.surname" label={t('nightRegister.form.surname')} autoComplete="off" required />
      <TextField name="guest.residence" label={t('nightRegister.form.residence')} autoComplete="off" required />
      <SelectField name="guest.country" label={t('nightRegister.form.country')} placeholder={t('nightRegister.form.countryPlaceholder')} options={countries} required />
      <DayField name="guest.dateOfBirth" label={t('nightRegister.form.dateOfBirth')} required />
      <SelectField
        name="guest.nationality"
        label={t('nightRegister.form.nationality')}
        placeholder={t('nightRegister.form.countryPlaceholder')}
        options={countries}
        required
      />
      <SelectField
        name="guest.documentType"
        label={t('nightRegister.form.documentType')}
        placeholder={t('nightRegister.form.documentTypePlaceholder')}
        options={documentTypes}
        required
      />
      {asksDocumentNumber(recordDocumentNumber, nationality) && (
        <TextField
          name="guest.documentNumber"
          label={t('nightRegister.form.documentNumber')}
          description={t('nightRegister.form.documentNumberDescription')}
          autoComplete="off"
          spellCheck={false}
          width="md"
          required
        />
      )}
    </FormSection>
  );
}
