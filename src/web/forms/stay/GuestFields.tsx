// The main guest's part of both stay forms: what the law asks (initials, surname, place of
// residence, date of birth), nationality and the type of identity document; the document number
// only for foreign guests where the municipality asks for it. Never a copy of the document. For
// an address in the Netherlands the postcode and house number, which decide whether the guest
// lives in the municipality (decision 0016); the staff form adds its own residency part there.
// Each form brings its own words: staff register someone else, a guest fills in their own details.
import { useMemo, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../../shared/register/countries.ts';
import { DOCUMENT_TYPES } from '../../../shared/schemas/register.ts';
import { FormSection } from '../../components/FormSection.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { DayField } from '../../pages/register/DayField.tsx';
import { asksAddress, asksDocumentNumber, type SharedStayFormValues } from './stay-form-fields.ts';

export interface GuestFieldTexts {
  heading: string;
  initials: string;
  initialsDescription?: string;
  surname: string;
  residence: string;
  country: string;
  countryPlaceholder: string;
  postcode: string;
  postcodeDescription: string;
  houseNumber: string;
  dateOfBirth: string;
  nationality: string;
  documentType: string;
  documentTypeDescription?: string;
  documentTypePlaceholder: string;
  documentTypes: Readonly<Record<(typeof DOCUMENT_TYPES)[number], string>>;
  documentNumber: string;
  documentNumberDescription: string;
}

interface GuestFieldsProps {
  texts: GuestFieldTexts;
  recordDocumentNumber: boolean;
  /** The guest types their own details, so the browser may fill in surname and residence. */
  ownDetails?: boolean;
  /** Shown under a Dutch address: the staff form's postcode-table answer and the owner's word. */
  residency?: ReactNode;
}

export function GuestFields({ texts, recordDocumentNumber, ownDetails = false, residency }: GuestFieldsProps) {
  const { i18n } = useTranslation();
  const { control } = useFormContext<SharedStayFormValues>();
  const [nationality, country] = useWatch({ control, name: ['guest.nationality', 'guest.country'] });
  const language = i18n.resolvedLanguage ?? 'nl';
  const countries = useMemo(() => countryOptions(language).map((c) => ({ value: c.code, label: c.name })), [language]);
  const documentTypes = DOCUMENT_TYPES.map((value) => ({ value, label: texts.documentTypes[value] }));

  return (
    <FormSection title={texts.heading}>
      <TextField name="guest.initials" label={texts.initials} description={texts.initialsDescription} autoComplete="off" width="sm" required />
      <TextField name="guest.surname" label={texts.surname} autoComplete={ownDetails ? 'family-name' : 'off'} required />
      <TextField name="guest.residence" label={texts.residence} autoComplete={ownDetails ? 'address-level2' : 'off'} required />
      <SelectField name="guest.country" label={texts.country} placeholder={texts.countryPlaceholder} options={countries} required />
      {asksAddress(country) && (
        <>
          <TextField name="guest.postcode" label={texts.postcode} description={texts.postcodeDescription} autoComplete={ownDetails ? 'postal-code' : 'off'} width="sm" />
          <TextField name="guest.houseNumber" label={texts.houseNumber} inputMode="numeric" autoComplete="off" width="xs" />
          {residency}
        </>
      )}
      <DayField name="guest.dateOfBirth" label={texts.dateOfBirth} required />
      <SelectField name="guest.nationality" label={texts.nationality} placeholder={texts.countryPlaceholder} options={countries} required />
      <SelectField
        name="guest.documentType"
        label={texts.documentType}
        description={texts.documentTypeDescription}
        placeholder={texts.documentTypePlaceholder}
        options={documentTypes}
        required
      />
      {asksDocumentNumber(recordDocumentNumber, nationality) && (
        <TextField
          name="guest.documentNumber"
          label={texts.documentNumber}
          description={texts.documentNumberDescription}
          autoComplete="off"
          spellCheck={false}
          width="md"
          required
        />
      )}
    </FormSection>
  );
}
