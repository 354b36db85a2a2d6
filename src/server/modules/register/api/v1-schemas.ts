// The booking-system API as its OpenAPI document shows it: bodies, answers and examples. A
// batch's items are checked one by one by the stay schema (so one bad item does not refuse the
// batch), hence the POST body is validated in the use case and only described here.
import { z } from 'zod';
import { day, PRESENCE_GROUPS, STAY_STATUSES, stayInputSchema, UNIT_FORFAIT_KINDS, UNIT_KINDS } from '../../../../shared/schemas/register.ts';
import { SIGNATURE_STATUSES } from '../../../../shared/register/signatures.ts';
import { MAX_BATCH } from './post-stays.ts';

export const EXAMPLE_STAY = {
  arrival: '2026-07-01',
  departure: '2026-07-04',
  persons: 2,
  purpose: 'tourist',
  bookingReference: 'BK-20260701-118',
  lodgingPriceCents: 26850,
  unitId: null,
  guest: {
    initials: 'M.',
    surname: 'Schneider',
    residence: 'Köln',
    country: 'DE',
    dateOfBirth: '1984-03-12',
    nationality: 'DE',
    documentType: 'passport',
    documentNumber: 'C01X00T47',
  },
  coTravellers: [{ initials: 'A.', surname: 'Schneider', dateOfBirth: '1986-11-30', relation: 'partner' }],
};

function stayJsonSchema(): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(stayInputSchema, { io: 'input', unrepresentable: 'any' });
  return schema;
}

export const postStaysBody = z.unknown().meta({
  description:
    `One stay, or \`{ "stays": [...] }\` with at most ${MAX_BATCH}. Dates are YYYY-MM-DD (local days in the Netherlands; nights are [arrival, departure)). ` +
    'The document number is stored only where the municipality asks for it. `unitId` comes from GET /api/v1/units.',
  oneOf: [
    { title: 'One stay', ...stayJsonSchema() },
    { title: 'A batch', type: 'object', properties: { stays: { type: 'array', maxItems: MAX_BATCH, items: stayJsonSchema() } }, required: ['stays'] },
  ],
  examples: [EXAMPLE_STAY, { stays: [EXAMPLE_STAY, { ...EXAMPLE_STAY, bookingReference: 'BK-20260701-119', departure: '2026-06-30' }] }],
});

/** Schengen art. 45: stays from a booking system are accepted without signatures and wait for them. */
const signatureStatus = z
  .enum(SIGNATURE_STATUSES)
  .nullable()
  .meta({
    description:
      'Whether everyone who must sign the register personally (Schengen Implementation Convention art. 45: guests of foreign nationality, EU citizens included, except accompanying partners, minor children and travel group members) has signed. ' +
      "'missing' (shown to staff and inspectors as \"handtekening ontbreekt\"): the stay is registered, and the guests sign at the desk on arrival. 'complete', 'not_required', or null once the guest data has been erased. " +
      "A co-traveller may carry `relation` ('partner', 'child' (a minor child), 'group_member', 'other'; left out: 'other') and `nationality` (left out: the main guest's).",
  });

const fieldErrors = z.record(z.string(), z.object({ code: z.string(), message: z.string() }));
const itemError = z.object({ code: z.string(), message: z.string(), fields: fieldErrors.optional() });

/** A stay as the API answers it (the fields the register keeps, the document number readable). */
export const stayView = z
  .looseObject({
    id: z.uuid(),
    number: z.number().int(),
    version: z.number().int(),
    status: z.enum(STAY_STATUSES),
    arrival: z.string(),
    departure: z.string(),
    bookingReference: z.string().nullable(),
    checkedInAt: z.string().nullable(),
    checkedOutAt: z.string().nullable(),
    signatureStatus: signatureStatus,
  })
  .meta({
    example: {
      id: '0b5b1f0e-8a4c-4a57-9d7e-3f2d0c1b9a10',
      number: 118,
      version: 1,
      status: 'registered',
      source: 'api',
      ...EXAMPLE_STAY,
      checkedInAt: null,
      checkedOutAt: null,
      signatureStatus: 'missing',
    },
  });

export const singleAnswer = z
  .object({ status: z.enum(['created', 'existing']), stay: stayView })
  .meta({ description: "'created' (201), or 'existing' (200) when the booking reference and arrival were registered before: nothing is added." });

export const batchAnswer = z
  .object({
    results: z.array(
      z.object({
        index: z.number().int(),
        status: z.enum(['created', 'existing', 'rejected']),
        stay: z.object({ id: z.uuid(), number: z.number().int(), signatureStatus }).optional(),
        error: itemError.optional(),
      }),
    ),
    counts: z.object({ created: z.number().int(), existing: z.number().int(), rejected: z.number().int() }),
  })
  .meta({
    example: {
      results: [
        { index: 0, status: 'created', stay: { id: '0b5b1f0e-8a4c-4a57-9d7e-3f2d0c1b9a10', number: 118, signatureStatus: 'missing' } },
        {
          index: 1,
          status: 'rejected',
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Niet alle velden zijn goed ingevuld.',
            fields: { departure: { code: 'DEPARTURE_BEFORE_ARRIVAL', message: 'De vertrekdatum moet na de aankomstdatum liggen.' } },
          },
        },
      ],
      counts: { created: 1, existing: 0, rejected: 1 },
    },
  });

/** Page numbers over newest-first arrivals shift while stays are added: kept for existing clients only. */
const legacyPage = z.coerce
  .number({ error: 'INVALID_TYPE' })
  .int('INVALID_TYPE')
  .min(1, 'INVALID_TYPE')
  .max(100_000, 'INVALID_TYPE')
  .optional()
  .meta({ deprecated: true, description: 'Deprecated: page numbers (50 stays a page, newest arrival first) shift while stays are added. Use `cursor`.' });

export const MAX_LIMIT = 1000;

/** A moment PostgreSQL and JavaScript both hold: years 1 to 9999 in UTC. */
export function withinCalendar(moment: string | Date): boolean {
  const year = new Date(moment).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

export const listQuery = z.object({
  from: day.optional().meta({ description: 'Only stays with a night on or after this day (YYYY-MM-DD)', example: '2026-07-01' }),
  to: day.optional().meta({ description: 'Only stays with a night on or before this day (YYYY-MM-DD)', example: '2026-07-31' }),
  updatedSince: z.iso
    .datetime({ offset: true, error: 'DATE_INVALID' })
    .refine(withinCalendar, 'DATE_INVALID')
    .optional()
    .meta({ description: 'Only stays changed after this moment (RFC 3339). For synchronisation: the `updatedAt` of the last stay you read, less a minute.' }),
  cursor: z.string().max(200, 'CURSOR_INVALID').optional().meta({ description: 'The `nextCursor` of the previous page, unchanged.' }),
  limit: z.coerce
    .number({ error: 'INVALID_TYPE' })
    .int('INVALID_TYPE')
    .min(1, 'INVALID_TYPE')
    .max(MAX_LIMIT, 'INVALID_TYPE')
    .default(100)
    .meta({ description: `Stays per page (1–${MAX_LIMIT})` }),
  page: legacyPage,
});

export const stayPage = z.object({
  stays: z.array(stayView),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  total: z.number().int().meta({ description: 'Stays matching the filters over all pages' }),
  page: z.number().int().optional().meta({ deprecated: true }),
  pageSize: z.number().int().optional().meta({ deprecated: true }),
});

export const unitsAnswer = z.object({
  units: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.enum(UNIT_KINDS),
      capacity: z.number().int().meta({ description: 'Persons it sleeps' }),
      exclusive: z.boolean().meta({ description: 'Let to one party at a time (false: beds in a dormitory)' }),
      active: z.boolean().meta({ description: 'Inactive units take no new stays' }),
      forfaitKind: z.enum(UNIT_FORFAIT_KINDS).meta({ description: 'A yearly or seasonal pitch taxed by the forfait of the by-law' }),
      actualNights: z.boolean().meta({ description: 'A forfait pitch taxed by its actual nights instead' }),
    }),
  ),
});

const groupCount = z.object({ stays: z.number().int(), persons: z.number().int() });

/** The emergency list: who is in the house now, who is expected, who has yet to check out today. */
export const presenceAnswer = z.object({
  at: z.string().meta({ format: 'date-time' }),
  today: z.string().meta({ format: 'date' }),
  checkInTime: z.string().meta({ example: '15:00' }),
  checkOutTime: z.string().meta({ example: '11:00' }),
  persons: z.number().int().meta({ description: 'Persons present now' }),
  total: z.number().int().meta({ description: 'Stays present now' }),
  groups: z.object({ in_house: groupCount, departing: groupCount, expected: groupCount }),
  capped: z.boolean(),
  maxRows: z.number().int(),
  stays: z.array(
    stayView.extend({
      presence: z.object({
        group: z.enum(PRESENCE_GROUPS),
        present: z.boolean(),
        basis: z.enum(['check_in', 'registration']),
      }),
    }),
  ),
});
