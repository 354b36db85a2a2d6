// Who signs the register personally (Schengen Implementation Convention art. 45(1)(a)): every
// guest of foreign nationality, EU citizens included, except accompanying spouses (partners),
// minor children and members of a travel group. Shared by the server (the stay's signature status)
// and the staff form (which signature boxes to show). See docs/decisions/0012-art-45-signatures.md.
import { NETHERLANDS } from './countries.ts';

/** How a co-traveller relates to the main guest; the first three are art. 45's exceptions when minor/accompanying. */
export const CO_TRAVELLER_RELATIONS = ['partner', 'child', 'group_member', 'other'] as const;
export type CoTravellerRelation = (typeof CO_TRAVELLER_RELATIONS)[number];

export const SIGNATURE_METHODS = ['screen', 'paper'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

export const SIGNATURE_STATUSES = ['not_required', 'complete', 'missing'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** A person as any form or stored stay has them; strings may be empty while a form is typed. */
interface PersonLike {
  initials: string;
  surname: string;
  dateOfBirth?: string | null;
}
interface CoTravellerLike extends PersonLike {
  relation?: string | null;
  nationality?: string | null;
}
export interface StayPersons {
  arrival: string;
  guest: PersonLike & { nationality: string };
  coTravellers: readonly CoTravellerLike[];
}

/** Someone who must sign: person 0 is the main guest, person n the n-th co-traveller. */
export interface Signer {
  person: number;
  initials: string;
  surname: string;
}

export function isForeign(nationality: string | null | undefined): boolean {
  return !!nationality && nationality.trim().toUpperCase() !== NETHERLANDS;
}

/**
 * Under 18 on the arrival day. Compared as 'YYYY-MM-DD' strings against the 18th birthday, so
 * someone born on 29 February is of age from 1 March in a year without one.
 */
export function isMinorOn(dateOfBirth: string, arrival: string): boolean {
  const match = /^(\d{4})-(\d{2}-\d{2})$/.exec(dateOfBirth);
  if (!match) return false;
  const eighteenth = `${String(Number(match[1]) + 18).padStart(4, '0')}-${match[2]}`;
  return arrival < eighteenth;
}

/** Whether a co-traveller signs: foreign (their own nationality, else the main guest's), of age and no exception. */
function coTravellerSigns(person: CoTravellerLike, stay: StayPersons): boolean {
  if (!isForeign(person.nationality || stay.guest.nationality)) return false;
  const relation = person.relation || 'other';
  if (relation === 'partner' || relation === 'group_member') return false;
  if (person.dateOfBirth) return !isMinorOn(person.dateOfBirth, stay.arrival);
  // A child without a date of birth is taken as declared: a minor child. Anyone else of unknown age signs.
  return relation !== 'child';
}

export function signersOf(stay: StayPersons): Signer[] {
  const signers: Signer[] = [];
  if (isForeign(stay.guest.nationality)) signers.push({ person: 0, initials: stay.guest.initials, surname: stay.guest.surname });
  stay.coTravellers.forEach((person, index) => {
    if (coTravellerSigns(person, stay)) signers.push({ person: index + 1, initials: person.initials, surname: person.surname });
  });
  return signers;
}

/** The name a signature is matched by: a corrected name (another person) needs a new signature. */
export function signerKey(person: { initials: string; surname: string }): string {
  return `${person.initials} ${person.surname}`.toLowerCase().replace(/\s+/g, ' ').trim();
}
