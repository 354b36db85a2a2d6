// How a stay is written on the register pages: its status in one word, the guest's name with the
// number of co-travellers, euro amounts and country names in the reader's language.
import { countryOptions, OTHER_NATIONALITY } from '../../../shared/register/countries.ts';
import type { Stay } from '../../api/register.ts';
import i18n from 'i18next';
import { currentLanguage } from '../../i18n/index.ts';

export type StayStatusLabel = 'pending' | 'registered' | 'checkedIn' | 'checkedOut' | 'cancelled';

/** What happened to the stay last weighs most: a cancelled stay that was checked in is cancelled. */
export function statusOf(stay: Pick<Stay, 'status' | 'checkedInAt' | 'checkedOutAt'>): StayStatusLabel {
  if (stay.status === 'cancelled') return 'cancelled';
  if (stay.status === 'pending') return 'pending';
  if (stay.checkedOutAt) return 'checkedOut';
  return stay.checkedInAt ? 'checkedIn' : 'registered';
}

/** "J. Jansen", the way the register names a guest. */
export function personName(person: { initials: string; surname: string }): string {
  return `${person.initials} ${person.surname}`;
}

/** 8950 → "89,50" (or "89.50" in English): what a user types in the price field. */
export function euroText(cents: number, language: string = currentLanguage()): string {
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  return `${whole}${language === 'en' ? '.' : ','}${fraction}`;
}

/** 8950 → "89,50" with thousands grouped, for reading. */
export function formatEuro(cents: number, language: string = currentLanguage()): string {
  return (cents / 100).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const countryNames = new Map<string, Map<string, string>>();

/** The name of a country in the reader's language ("NL" → "Nederland"). */
export function countryName(code: string, language: string = currentLanguage()): string {
  if (code === OTHER_NATIONALITY) return i18n.t('residency.asked.otherNationality');
  let names = countryNames.get(language);
  if (!names) {
    names = new Map(countryOptions(language).map((option) => [option.code, option.name]));
    countryNames.set(language, names);
  }
  return names.get(code) ?? code;
}
