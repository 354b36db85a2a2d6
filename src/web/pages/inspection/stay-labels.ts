// How an inspected stay's guest reads in the tables: the name with initials, a country by its
// name in the reader's language, the identity document with its number where it was recorded.
import { OTHER_NATIONALITY } from '../../../shared/register/countries.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/schemas/register.ts';
import i18n from '../../i18n/index.ts';
import type { InspectedGuest, InspectedStay } from '../../api/inspection.ts';

function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

export function personName(person: { initials: string; surname: string }): string {
  return `${person.initials} ${person.surname}`;
}

export function countryName(code: string): string {
  if (code === OTHER_NATIONALITY) return i18n.t('residency.asked.otherNationality');
  try {
    return new Intl.DisplayNames([i18n.language === 'en' ? 'en' : 'nl'], { type: 'region' }).of(code) ?? code;
  } catch {
    // An unknown code is shown as it was registered.
    return code;
  }
}

export function documentText(guest: InspectedGuest): string {
  const kind = isDocumentType(guest.documentType) ? i18n.t(`inspection.documentTypes.${guest.documentType}`) : guest.documentType;
  return guest.documentNumber ? `${kind} ${guest.documentNumber}` : kind;
}

export function coTravellerNames(stay: InspectedStay): string | null {
  if (stay.coTravellers.length === 0) return null;
  return stay.coTravellers.map(personName).join(', ');
}
