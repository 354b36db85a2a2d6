// The guest's own words for the shared guest and co-traveller fields ("Uw gegevens",
// "Medereizigers"): addressed to the guest, in the guest's language.
import type { TFunction } from 'i18next';
import type { CoTravellerTexts } from '../../forms/stay/CoTravellerFields.tsx';
import type { GuestFieldTexts } from '../../forms/stay/GuestFields.tsx';
import type { Catalog } from '../../i18n/en.ts';

type PersonKey = keyof Catalog['checkIn']['guest']['person'];

export function checkInGuestTexts(t: TFunction): GuestFieldTexts {
  const person = (key: PersonKey) => t(`checkIn.guest.person.${key}`);
  return {
    heading: person('heading'),
    initials: person('initials'),
    initialsDescription: person('initialsDescription'),
    surname: person('surname'),
    residence: person('residence'),
    country: person('country'),
    countryPlaceholder: person('countryPlaceholder'),
    postcode: person('postcode'),
    postcodeDescription: person('postcodeDescription'),
    houseNumber: person('houseNumber'),
    dateOfBirth: person('dateOfBirth'),
    nationality: person('nationality'),
    documentType: person('documentType'),
    documentTypeDescription: person('documentTypeDescription'),
    documentTypePlaceholder: person('documentTypePlaceholder'),
    documentTypes: {
      passport: person('passport'),
      id_card: person('id_card'),
      driving_licence: person('driving_licence'),
      residence_permit: person('residence_permit'),
      other: person('other'),
    },
    documentNumber: person('documentNumber'),
    documentNumberDescription: person('documentNumberDescription'),
    askedBy: (citation) => t('checkIn.guest.person.askedBy', { citation }),
    youngerThan: (age) => t('checkIn.guest.person.youngerThan', { age }),
    nationalityDutch: person('nationalityDutch'),
    nationalityOther: person('nationalityOther'),
    nationalityMinimalDescription: person('nationalityMinimalDescription'),
  };
}

export function checkInCoTravellerTexts(t: TFunction): CoTravellerTexts {
  return {
    heading: t('checkIn.guest.coTravellers.heading'),
    intro: t('checkIn.guest.coTravellers.intro'),
    none: t('checkIn.guest.coTravellers.none'),
    traveller: (number) => t('checkIn.guest.coTravellers.traveller', { number }),
    initials: t('checkIn.guest.person.initials'),
    surname: t('checkIn.guest.person.surname'),
    dateOfBirth: t('checkIn.guest.person.dateOfBirth'),
    sameAddress: t('checkIn.guest.person.sameAddress'),
    askedBy: (citation) => t('checkIn.guest.person.askedBy', { citation }),
    youngerThan: (age) => t('checkIn.guest.person.youngerThan', { age }),
    add: t('checkIn.guest.coTravellers.add'),
    remove: t('checkIn.guest.coTravellers.remove'),
    removeLabel: (number) => t('checkIn.guest.coTravellers.removeLabel', { number }),
  };
}
