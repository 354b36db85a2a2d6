// The staff's words for the shared guest and co-traveller fields of the stay form ("Hoofdgast",
// "Medereizigers"): staff register someone else's details.
import { CO_TRAVELLER_RELATIONS } from '../../../shared/register/signatures.ts';
import type { TFunction } from 'i18next';
import type { CoTravellerTexts } from '../../forms/stay/CoTravellerFields.tsx';
import type { GuestFieldTexts } from '../../forms/stay/GuestFields.tsx';

export function stayGuestTexts(t: TFunction): GuestFieldTexts {
  return {
    heading: t('nightRegister.form.guestHeading'),
    initials: t('nightRegister.form.initials'),
    surname: t('nightRegister.form.surname'),
    residence: t('nightRegister.form.residence'),
    country: t('nightRegister.form.country'),
    countryPlaceholder: t('nightRegister.form.countryPlaceholder'),
    postcode: t('residency.form.postcode'),
    postcodeDescription: t('residency.form.postcodeDescription'),
    houseNumber: t('residency.form.houseNumber'),
    dateOfBirth: t('nightRegister.form.dateOfBirth'),
    nationality: t('nightRegister.form.nationality'),
    documentType: t('nightRegister.form.documentType'),
    documentTypePlaceholder: t('nightRegister.form.documentTypePlaceholder'),
    documentTypes: {
      passport: t('nightRegister.documentType.passport'),
      id_card: t('nightRegister.documentType.id_card'),
      driving_licence: t('nightRegister.documentType.driving_licence'),
      residence_permit: t('nightRegister.documentType.residence_permit'),
      other: t('nightRegister.documentType.other'),
    },
    documentNumber: t('nightRegister.form.documentNumber'),
    documentNumberDescription: t('nightRegister.form.documentNumberDescription'),
    askedBy: (citation) => t('residency.asked.askedBy', { citation }),
    youngerThan: (age) => t('residency.asked.youngerThan', { age }),
    nationalityDutch: t('residency.asked.nationalityDutch'),
    nationalityOther: t('residency.asked.nationalityOther'),
    nationalityMinimalDescription: t('residency.asked.nationalityMinimalDescription'),
  };
}

export function stayCoTravellerTexts(t: TFunction): CoTravellerTexts {
  return {
    heading: t('nightRegister.form.coTravellersHeading'),
    intro: t('nightRegister.form.coTravellersIntro'),
    none: t('nightRegister.form.noCoTravellers'),
    traveller: (number) => t('nightRegister.form.coTraveller', { number }),
    initials: t('nightRegister.form.initials'),
    surname: t('nightRegister.form.surname'),
    dateOfBirth: t('nightRegister.form.dateOfBirth'),
    sameAddress: t('residency.form.sameAddress'),
    askedBy: (citation) => t('residency.asked.askedBy', { citation }),
    youngerThan: (age) => t('residency.asked.youngerThan', { age }),
    add: t('nightRegister.form.addCoTraveller'),
    remove: t('nightRegister.form.removeCoTraveller'),
    removeLabel: (number) => t('nightRegister.form.removeCoTravellerLabel', { number }),
    relation: {
      label: t('nightRegister.form.relation'),
      description: t('nightRegister.form.relationDescription'),
      placeholder: t('nightRegister.form.relationNone'),
      options: CO_TRAVELLER_RELATIONS.map((value) => ({ value, label: t(`nightRegister.form.relations.${value}`) })),
    },
  };
}
