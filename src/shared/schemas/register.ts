// The register's request bodies: one stay schema validates the staff form, the guest's self
// check-in, every CSV row and every stay posted through the API, so all four give the same verdict.
import { z } from 'zod';
import { COUNTRY_CODES, NETHERLANDS, OTHER_NATIONALITY } from '../register/countries.ts';
import { dayNumber } from '../register/dates.ts';
import * as f from './fields.ts';
import { CO_TRAVELLER_RELATIONS } from '../register/signatures.ts';

export const UNIT_KINDS = ['room', 'apartment', 'chalet', 'pitch', 'dormitory', 'other'] as const;
export const DOCUMENT_TYPES = ['passport', 'id_card', 'driving_licence', 'residence_permit', 'other'] as const;
/**
 * Why a guest stays (decision 0014). Besides tourists and international workers, the purposes the
 * by-laws exempt: a stay in a toegelaten zorginstelling (care_stay), persons in the care of the COA
 * (coa), an organised youth group under 18 (youth_group) and persons liable to forensenbelasting
 * (forensen). Those four are the owner's statement, never the guest's own choice (GUEST_PURPOSES).
 */
export const STAY_PURPOSES = ['tourist', 'international_worker', 'care_stay', 'coa', 'youth_group', 'forensen'] as const;
/** What a guest may choose at self check-in; an exempt purpose is confirmed by the owner. */
export const GUEST_PURPOSES = ['tourist', 'international_worker'] as const;
export const STAY_STATUSES = ['pending', 'registered', 'cancelled'] as const;
export const STAY_SOURCES = ['staff', 'self_check_in', 'import', 'api'] as const;
export type StayStatus = (typeof STAY_STATUSES)[number];
export type StaySource = (typeof STAY_SOURCES)[number];
export type UnitKind = (typeof UNIT_KINDS)[number];
/**
 * A unit the tourist tax charges by a forfait instead of per person (decision 0013): a jaarplaats
 * (1 January to 31 December) or a seizoensplaats (the season of the municipality's rule).
 */
export const UNIT_FORFAIT_KINDS = ['none', 'jaarplaats', 'seizoensplaats'] as const;
export type UnitForfaitKind = (typeof UNIT_FORFAIT_KINDS)[number];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type StayPurpose = (typeof STAY_PURPOSES)[number];

/** The longest stay the register takes in one record; longer residence is re-registered. */
export const MAX_STAY_NIGHTS = 3 * 366;
export const MAX_CO_TRAVELLERS = 50;
export const MAX_PERSONS = 1000;

/** One line that may be left out or empty, stored as null. */
const optionalText = (max: number) =>
  f
    .oneLine(z.string({ error: 'INVALID_TYPE' }).trim().max(max, f.tooLong(max)))
    .nullish()
    .transform((v) => (v ? v : null));

/** A calendar day, 'YYYY-MM-DD'. */
export const day = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .refine((v) => dayNumber(v) !== null, 'DATE_INVALID');

export const country = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .transform((v) => v.toUpperCase())
  .refine((v) => COUNTRY_CODES.includes(v), 'COUNTRY_INVALID');

/** "J.P." or "JP" or "Jan-Pieter": letters of any script, dots, spaces and hyphens. */
const initials = f.requiredText(20).refine((v) => /^[\p{L}][\p{L}\p{M}. '-]*$/u.test(v), 'INITIALS_INVALID');
const surname = f.requiredText(100).refine((v) => /\p{L}/u.test(v), 'NAME_INVALID');

const dateOfBirth = day.refine((v) => (dayNumber(v) ?? 0) >= (dayNumber('1900-01-01') ?? 0), 'DATE_OF_BIRTH_INVALID');
/**
 * An optional value: '' and null are left out (null). Read before the check rather than as a union
 * with '', so a wrong value gets its own code (POSTCODE_INVALID), not a union's "invalid input".
 */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' ? null : v), schema.nullish()).transform((v) => v ?? null);
}

/** Optional: a municipality asks it only where its APV does (decision 0017). */
const optionalDateOfBirth = optional(dateOfBirth);

/** A country, or "another nationality" where the municipality does not ask which (decision 0017). */
const nationality = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .transform((v) => v.toUpperCase())
  .refine((v) => v === OTHER_NATIONALITY || COUNTRY_CODES.includes(v), 'COUNTRY_INVALID');

/**
 * "Jonger dan N?" (decision 0017): where the date of birth is not asked and a rate exempts children,
 * whether the person is younger than the rate's age N at arrival.
 */
const youngerThan = z
  .object({
    age: z.number({ error: 'AGE_INVALID' }).int('AGE_INVALID').min(1, 'AGE_INVALID').max(25, 'AGE_INVALID'),
    younger: z.boolean({ error: 'INVALID_TYPE' }),
  })
  .nullish()
  .transform((v) => v ?? null)
  .describe('Where the date of birth is not asked: whether the person is younger than age at arrival ("jonger dan 12?"), for the children\'s exemption.');

/** Passport or identity card numbers: letters and digits, no spaces (a BSN is never asked for). */
const documentNumber = z
  .string({ error: 'INVALID_TYPE' })
  .trim()
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .refine((v) => v === '' || /^[A-Z0-9]{5,20}$/.test(v), 'DOCUMENT_NUMBER_INVALID')
  .nullish()
  .transform((v) => (v ? v : null));

/** The house number of a Dutch address, without its addition (12 of "12 A"). */
const houseNumber = z
  .number({ error: 'HOUSE_NUMBER_INVALID' })
  .int('HOUSE_NUMBER_INVALID')
  .min(1, 'HOUSE_NUMBER_INVALID')
  .max(99_999, 'HOUSE_NUMBER_INVALID')
  .nullish()
  .transform((v) => v ?? null);

export const guestSchema = z
  .object({
    initials,
    surname,
    residence: f.requiredText(100),
    country,
    /**
     * The Dutch address's postcode and house number (decision 0016): with the postcode table they
     * say whether the guest lives in the municipality, and is exempt from its tourist tax.
     */
    postcode: optional(f.postcode).describe(
      'Postcode of an address in the Netherlands, "1234 AB"; with houseNumber it decides whether the guest lives in the municipality.',
    ),
    houseNumber: houseNumber.describe('House number of that address, without its addition.'),
    /**
     * The owner's statement that the guest is (true) or is not (false) registered at an address in
     * the municipality; left out, the postcode table decides. Never the guest's own.
     */
    resident: z
      .boolean({ error: 'INVALID_TYPE' })
      .nullish()
      .transform((v) => v ?? null)
      .describe(
        'The owner confirms (true) or denies (false) that the guest is registered in the municipality (BRP); left out, the postcode and house number decide.',
      ),
    dateOfBirth: optionalDateOfBirth.describe('YYYY-MM-DD; required where the municipality asks it (its APV), else left out.'),
    youngerThan,
    nationality: nationality.describe('ISO 3166 code; where the municipality does not ask the nationality, NL or XX (another nationality).'),
    documentType: z.enum(DOCUMENT_TYPES, { error: 'DOCUMENT_TYPE_INVALID' }),
    documentNumber,
  })
  .superRefine((guest, ctx) => {
    // The table knows Dutch addresses only; half an address decides nothing.
    if (guest.postcode && guest.country !== NETHERLANDS) ctx.addIssue({ code: 'custom', message: 'POSTCODE_ONLY_NL', path: ['postcode'] });
    if (guest.postcode && guest.houseNumber === null) ctx.addIssue({ code: 'custom', message: 'HOUSE_NUMBER_INVALID', path: ['houseNumber'] });
    if (!guest.postcode && guest.houseNumber !== null) ctx.addIssue({ code: 'custom', message: 'POSTCODE_INVALID', path: ['postcode'] });
  });
export type Guest = z.output<typeof guestSchema>;

export const coTravellerSchema = z.object({
  initials,
  surname,
  /** Optional: accompanying family and members of a travel group need only the minimal fields. */
  dateOfBirth: optionalDateOfBirth,
  youngerThan,
  /** Art. 45: partners, minor children and travel group members do not sign; left out means 'other' (decision 0012). */
  relation: z
    .enum(CO_TRAVELLER_RELATIONS, { error: 'INVALID_TYPE' })
    .nullish()
    .transform((v) => v ?? 'other'),
  /** Left out: the main guest's nationality. */
  nationality: optional(nationality),
  /** Registered at the main guest's address: a resident with a resident main guest (decision 0016). */
  sameAddress: z
    .boolean({ error: 'INVALID_TYPE' })
    .default(false)
    .describe("Registered at the main guest's address: lives in the municipality when the main guest does."),
});
export type CoTraveller = z.output<typeof coTravellerSchema>;

const persons = z.number({ error: 'PERSONS_INVALID' }).int('PERSONS_INVALID').min(1, 'PERSONS_INVALID').max(MAX_PERSONS, 'PERSONS_INVALID');
const priceCents = z.number({ error: 'PRICE_INVALID' }).int('PRICE_INVALID').min(0, 'PRICE_INVALID').max(100_000_000_00, 'PRICE_INVALID');

/** The parts every way of registering shares: the guests and the dates. */
const stayFields = {
  arrival: day,
  departure: day,
  persons,
  purpose: z
    .enum(STAY_PURPOSES, { error: 'PURPOSE_INVALID' })
    .default('tourist')
    .describe(
      'tourist; international_worker (employerName required); care_stay (a stay in a toegelaten zorginstelling), coa (in the care of the COA), ' +
        'youth_group (an organised youth group under 18), forensen (liable to forensenbelasting): the owner states these, the by-law decides whether they are exempt.',
    ),
  employerName: optionalText(200),
  guest: guestSchema,
  coTravellers: z.array(coTravellerSchema, { error: 'INVALID_TYPE' }).max(MAX_CO_TRAVELLERS, 'TOO_MANY').default([]),
};

/** Rules across fields, with the field each message belongs to. */
export function checkStay(
  stay: {
    arrival: string;
    departure: string;
    persons: number;
    purpose: string;
    employerName: string | null;
    coTravellers: unknown[];
    guest: { dateOfBirth: string | null };
  },
  ctx: z.RefinementCtx,
) {
  const arrival = dayNumber(stay.arrival);
  const departure = dayNumber(stay.departure);
  if (arrival !== null && departure !== null) {
    if (departure <= arrival) ctx.addIssue({ code: 'custom', message: 'DEPARTURE_BEFORE_ARRIVAL', path: ['departure'] });
    else if (departure - arrival > MAX_STAY_NIGHTS) ctx.addIssue({ code: 'custom', message: 'STAY_TOO_LONG', path: ['departure'] });
    const born = stay.guest.dateOfBirth === null ? null : dayNumber(stay.guest.dateOfBirth);
    if (born !== null && born > arrival) ctx.addIssue({ code: 'custom', message: 'DATE_OF_BIRTH_INVALID', path: ['guest', 'dateOfBirth'] });
  }
  if (stay.persons < 1 + stay.coTravellers.length) ctx.addIssue({ code: 'custom', message: 'PERSONS_TOO_FEW', path: ['persons'] });
  if (stay.purpose === 'international_worker' && !stay.employerName) {
    ctx.addIssue({ code: 'custom', message: 'EMPLOYER_REQUIRED', path: ['employerName'] });
  }
}

/** A stay as staff, an import or a booking system registers it. */
export const stayInputObject = z.object({
  ...stayFields,
  unitId: z
    .uuid({ error: 'UNIT_INVALID' })
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  bookingReference: optionalText(100),
  /** The lodging only, as the guest pays it (decision 0010): VAT included, tourist tax and breakfast not. */
  lodgingPriceCents: priceCents
    .nullish()
    .transform((v) => v ?? null)
    .describe('Price of the lodging for the whole stay in cents, as the guest pays it: including VAT, excluding tourist tax, breakfast and other services.'),
});
export const stayInputSchema = stayInputObject.superRefine(checkStay);
export type StayInput = z.output<typeof stayInputSchema>;

/** A correction: the new stay and why it changed. */
export const stayCorrectionSchema = z.object({
  stay: stayInputSchema,
  reason: f.requiredMultiLineText(500),
});

/** What a guest fills in on their phone: no unit, price or booking reference. */
export const selfCheckInSchema = z
  .object({
    ...stayFields,
    purpose: z.enum(GUEST_PURPOSES, { error: 'PURPOSE_INVALID' }).default('tourist'),
    /** Whether the guest lives in the municipality is the postcode table's or the owner's word, not the guest's. */
    guest: guestSchema.transform((guest) => ({ ...guest, resident: null })),
    /** A PNG drawn on screen, as a data URL; required for guests of foreign nationality. */
    signature: z
      .string({ error: 'INVALID_TYPE' })
      .max(200_000, 'SIGNATURE_INVALID')
      .refine((v) => v === '' || /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/.test(v), 'SIGNATURE_INVALID')
      .nullish()
      .transform((v) => (v ? v : null)),
    /** A field people never see: bots that fill in every field give themselves away. */
    website: z.string().max(200).optional(),
  })
  .superRefine(checkStay)
  .superRefine((stay, ctx) => {
    if (stay.guest.nationality !== NETHERLANDS && !stay.signature) {
      ctx.addIssue({ code: 'custom', message: 'SIGNATURE_REQUIRED', path: ['signature'] });
    }
  });
export type SelfCheckInInput = z.output<typeof selfCheckInSchema>;

export const unitSchema = z.object({
  name: f.requiredText(60),
  kind: z.enum(UNIT_KINDS, { error: 'UNIT_KIND_INVALID' }),
  capacity: z.number({ error: 'CAPACITY_INVALID' }).int('CAPACITY_INVALID').min(1, 'CAPACITY_INVALID').max(1000, 'CAPACITY_INVALID'),
  exclusive: z.boolean({ error: 'INVALID_TYPE' }).default(true),
  active: z.boolean({ error: 'INVALID_TYPE' }).default(true),
  forfaitKind: z.enum(UNIT_FORFAIT_KINDS, { error: 'FORFAIT_KIND_INVALID' }).default('none'),
  /** "Werkelijke nachten": taxed per person instead of the forfait, where the rule allows it. */
  actualNights: z.boolean({ error: 'INVALID_TYPE' }).default(false),
});
export type UnitInput = z.output<typeof unitSchema>;

const searchText = f.searchText(100);

/** A time of day on the Dutch wall clock, "HH:MM" (24 hours). */
const timeOfDay = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'TIME_INVALID');

/**
 * "Inchecken en uitchecken": from when guests may check in on their arrival day and by when they
 * leave on their departure day. A stay nobody marked as checked in or out counts as present between
 * those two moments (the emergency list, "Aanwezig").
 */
export const houseTimesSchema = z.object({ checkInTime: timeOfDay, checkOutTime: timeOfDay });
export type HouseTimes = z.output<typeof houseTimesSchema>;

/** The groups of the emergency list, each with its persons. */
export const PRESENCE_GROUPS = ['in_house', 'departing', 'expected'] as const;
export type PresenceGroup = (typeof PRESENCE_GROUPS)[number];
/** Why a stay counts as present: someone pressed "Inchecken", or its dates and the house times. */
export type PresenceBasis = 'check_in' | 'registration';

export const STAY_VIEWS = ['all', 'arrivals', 'present', 'departures', 'pending'] as const;

/** The register overview: a view of today, or a search by name, dates and unit. */
export const stayListQuerySchema = z.object({
  view: z.enum(STAY_VIEWS, { error: 'INVALID_TYPE' }).default('all'),
  q: searchText,
  from: day.optional(),
  to: day.optional(),
  unitId: z.uuid({ error: 'UNIT_INVALID' }).optional(),
  page: z.coerce.number({ error: 'INVALID_TYPE' }).int('INVALID_TYPE').min(1, 'INVALID_TYPE').max(100_000, 'INVALID_TYPE').default(1),
});
export type StayListQuery = z.output<typeof stayListQuerySchema>;

export const exportQuerySchema = z.object({ from: day, to: day });

/** What the municipality's APV asks of each guest beyond what the law always asks (decision 0017). */
export interface AskedFields {
  askDateOfBirth: boolean;
  askNationality: boolean;
}

/**
 * The fields the municipality asks that a stay leaves empty, as [path, code]: the server's rule for
 * every way of registering, and the forms' own check before anything is sent.
 */
export function missingAskedFields(stay: { guest: { dateOfBirth: string | null } }, asked: AskedFields): [string, 'REQUIRED'][] {
  return asked.askDateOfBirth && !stay.guest.dateOfBirth ? [['guest.dateOfBirth', 'REQUIRED']] : [];
}
