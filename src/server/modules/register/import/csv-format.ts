// The register's CSV format, both ways: how a cell's text under one of the Dutch columns
// (shared/register/csv-columns.ts) becomes a value of the stay schema (dates, prices, countries,
// co-travellers) and back. The import reads
// it, the export and the template write it, so an exported file imports again unchanged.
// docs/handbook/csv-import.md describes the same format for people.
import { COUNTRY_CODES } from '../../../../shared/register/countries.ts';
import type { CsvColumn } from '../../../../shared/register/csv-columns.ts';
import type { CoTraveller, DocumentType, StayPurpose } from '../../../../shared/schemas/register.ts';

export type CsvCells = Partial<Record<CsvColumn, string>>;

/** The column a field of the stay schema comes from, so errors speak of what the user sees. */
const COLUMN_OF_FIELD: Record<string, CsvColumn> = {
  arrival: 'aankomst',
  departure: 'vertrek',
  unitId: 'kamer',
  persons: 'personen',
  purpose: 'reisdoel',
  employerName: 'werkgever',
  bookingReference: 'boekingsnummer',
  lodgingPriceCents: 'prijs',
  'guest.initials': 'voorletters',
  'guest.surname': 'achternaam',
  'guest.residence': 'woonplaats',
  'guest.postcode': 'postcode',
  'guest.houseNumber': 'huisnummer',
  'guest.country': 'land',
  'guest.dateOfBirth': 'geboortedatum',
  'guest.nationality': 'nationaliteit',
  'guest.documentType': 'documentsoort',
  'guest.documentNumber': 'documentnummer',
};

export function columnOfField(path: string): CsvColumn | null {
  if (path.startsWith('coTravellers')) return 'medereizigers';
  return COLUMN_OF_FIELD[path] ?? null;
}

/** Lower case, no accents, single spaces: "Identiteitskaart " and "identiteitskaart" are one word. */
export function normalised(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

const PURPOSES: Record<StayPurpose, string[]> = {
  tourist: ['toerist', 'tourist', 'toeristisch', 'recreatief', 'vakantie'],
  international_worker: ['internationale werknemer', 'international worker', 'international_worker', 'werknemer', 'arbeidsmigrant', 'werk'],
  care_stay: ['zorgverblijf', 'zorginstelling', 'care stay', 'care_stay'],
  coa: ['coa', 'opvang coa', 'asielzoeker'],
  youth_group: ['jeugdgroep', 'jongerengroep', 'youth group', 'youth_group'],
  forensen: ['forens', 'forensen', 'forensenbelasting'],
};
export const PURPOSE_WORDS: Record<StayPurpose, string> = {
  tourist: 'toerist',
  international_worker: 'internationale werknemer',
  care_stay: 'zorgverblijf',
  coa: 'coa',
  youth_group: 'jeugdgroep',
  forensen: 'forens',
};

const DOCUMENTS: Record<DocumentType, string[]> = {
  passport: ['paspoort', 'passport'],
  id_card: ['identiteitskaart', 'id-kaart', 'id kaart', 'idkaart', 'id card', 'id_card', 'identity card'],
  driving_licence: ['rijbewijs', 'driving licence', 'driving license', 'driving_licence'],
  residence_permit: ['verblijfsdocument', 'verblijfsvergunning', 'residence permit', 'residence_permit'],
  other: ['anders', 'ander', 'overig', 'other'],
};
export const DOCUMENT_WORDS: Record<DocumentType, string> = {
  passport: 'paspoort',
  id_card: 'identiteitskaart',
  driving_licence: 'rijbewijs',
  residence_permit: 'verblijfsdocument',
  other: 'anders',
};

function lookup<T extends string>(words: Record<T, string[]>, text: string): T | null {
  const wanted = normalised(text);
  for (const [value, names] of Object.entries(words) as [T, string[]][]) {
    if (names.includes(wanted)) return value;
  }
  return null;
}

/** A purpose word; an unknown word is passed on as it is, for the schema to refuse. */
export function purposeOf(text: string): string | undefined {
  if (!text) return undefined;
  return lookup(PURPOSES, text) ?? text;
}

export function documentTypeOf(text: string): string | undefined {
  if (!text) return undefined;
  return lookup(DOCUMENTS, text) ?? text;
}

/** "2026-07-01", "01-07-2026", "1-7-2026" or "1/7/2026" as "2026-07-01"; anything else as it was. */
export function dayOf(text: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dutch) return `${dutch[3]}-${dutch[2]?.padStart(2, '0')}-${dutch[1]?.padStart(2, '0')}`;
  return text;
}

/** "89,50", "89.50", "€ 1.234,50" or "89" as cents; NaN for anything else, so the schema refuses it. */
export function centsOf(text: string): number | null {
  const plain = text.replace(/[€\s]/g, '');
  if (!plain) return null;
  let match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(plain);
  if (match) return euros(match[1]?.replaceAll('.', '') ?? '', match[2]);
  match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(plain);
  if (match) return euros(match[1] ?? '', match[2]);
  return Number.NaN;
}

function euros(whole: string, fraction = ''): number {
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents as the Dutch write money in a spreadsheet: "89,50". */
export function priceText(cents: number | null): string {
  if (cents === null) return '';
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

let countryNames: Map<string, string> | null = null;

function countryByName(): Map<string, string> {
  if (countryNames) return countryNames;
  const names = new Map<string, string>([
    ['holland', 'NL'],
    ['engeland', 'GB'],
    ['uk', 'GB'],
    ['usa', 'US'],
    ['vs', 'US'],
  ]);
  for (const language of ['en', 'nl']) {
    const display = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of COUNTRY_CODES) names.set(normalised(display.of(code) ?? code), code);
  }
  countryNames = names;
  return names;
}

/** An ISO code ("nl") or a Dutch or English name ("Duitsland", "Germany") as the ISO code. */
export function countryOf(text: string): string {
  if (/^[a-z]{2}$/i.test(text)) return text.toUpperCase();
  return countryByName().get(normalised(text)) ?? text;
}

function isInitial(token: string): boolean {
  return token.endsWith('.') || /^\p{L}$/u.test(token);
}

/**
 * "A. Jansen 1990-01-02 | B. de Vries": initials (the leading words that end in a dot or are one
 * letter, else the first word), the surname, and an optional date of birth at the end.
 */
export function coTravellersOf(text: string): { initials: string; surname: string; dateOfBirth: string | null }[] {
  if (!text.trim()) return [];
  return text.split('|').map((part) => {
    const words = part.trim().split(/\s+/).filter(Boolean);
    const last = words.at(-1) ?? '';
    const born = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(last) ? dayOf(words.pop() ?? '') : null;
    let count = 0;
    while (count < words.length - 1 && isInitial(words[count] ?? '')) count += 1;
    if (count === 0 && words.length > 1) count = 1;
    return { initials: words.slice(0, count).join(' '), surname: words.slice(count).join(' '), dateOfBirth: born };
  });
}

export function coTravellersText(people: readonly Pick<CoTraveller, 'initials' | 'surname' | 'dateOfBirth'>[]): string {
  return people.map((p) => [p.initials, p.surname, p.dateOfBirth ?? ''].filter(Boolean).join(' ')).join(' | ');
}
