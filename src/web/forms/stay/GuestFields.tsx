// The main guest's part of both stay forms: what the law asks (initials, surname, place of
// residence, date of birth), nationality and the type of identity document; the document number
// only for foreign guests where the municipality asks for it. Never a copy of the document. For
// an address in the Netherlands the postcode and house number, which decide whether the guest
// lives in the municipality (decision 0016); the staff form adds its own residency part there.
// Each form brings its own words: staff register someone else, a guest fills in their own details.
import { useMemo, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countryOptions, NETHERLANDS, OTHER_NATIONALITY } from '../../../shared/register/countries.ts';
import { DOCUMENT_TYPES } from '../../../shared/schemas/register.ts';
import { FormSection } from '../../components/FormSection.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { AgeFields } from './AgeFields.tsx';
import { asksAddress, asksDocumentNumber, type FormRules, type SharedStayFormValues } from './stay-form-fields.ts';

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
  /** "Gevraagd op grond van {citation}": the APV article under a field it asks (decision 0017). */
  askedBy: (citation: string) => string;
  /** "Jonger dan {age} jaar", where the date of birth is not asked and a rate exempts children. */
  youngerThan: (age: number) => string;
  /** Where the nationality is not asked: Dutch or another, and why that much is asked (art. 45). */
  nationalityDutch: string;
  nationalityOther: string;
  nationalityMinimalDescription: string;
}

interface GuestFieldsProps {
  texts: GuestFieldTexts;
  rules: FormRules;
  /** The guest types their own details, so the browser may fill in surname and residence. */
  ownDetails?: boolean;
  /** Shown under a Dutch address: the staff form's postcode-table answer and the owner's word. */
  residency?: ReactNode;
}

export function GuestFields({ texts, rules, ownDetails = false, residency }: GuestFieldsProps) {
  const { i18n } = useTranslation();
  const { control } = useFormContext<SharedStayFormValues>();
  const [nationality, country, childAge] = useWatch({ control, name: ['guest.nationality', 'guest.country', 'childAge'] });
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
          <TextField
            name="guest.postcode"
            label={texts.postcode}
            description={texts.postcodeDescription}
            autoComplete={ownDetails ? 'postal-code' : 'off'}
            width="sm"
          />
          <TextField name="guest.houseNumber" label={texts.houseNumber} autoComplete="off" width="xs" />
          {residency}
        </>
      )}
      <AgeFields
        person="guest"
        rules={rules}
        childAge={childAge}
        dateOfBirth={texts.dateOfBirth}
        askedBy={texts.askedBy}
        youngerThan={texts.youngerThan}
        required
      />
      <SelectField
        name="guest.nationality"
        label={texts.nationality}
        description={rules.askNationality ? (rules.apvCitation ? texts.askedBy(rules.apvCitation) : undefined) : texts.nationalityMinimalDescription}
        placeholder={texts.countryPlaceholder}
        options={
          rules.askNationality
            ? countries
            : [
                { value: NETHERLANDS, label: texts.nationalityDutch },
                { value: OTHER_NATIONALITY, label: texts.nationalityOther },
              ]
        }
        required
      />
      <SelectField
        name="guest.documentType"
        label={texts.documentType}
        description={texts.documentTypeDescription}
        placeholder={texts.documentTypePlaceholder}
        options={documentTypes}
        required
      />
      {asksDocumentNumber(rules.recordDocumentNumber, nationality) && (
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
