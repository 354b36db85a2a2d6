// Request bodies and query strings of user management, invitations, accommodations, the
// municipality portal and the admin pages; shared by the API and the web forms.
import { z } from 'zod';
import { ACCOMMODATION_TYPES } from '../accommodation-types.ts';
import * as f from './fields.ts';
import { accommodationDetailsSchema } from './accounts.ts';

/** One line that may be empty ('' = not filled in), stored as null. */
const optionalText = (max: number) =>
  f
    .oneLine(z.string({ error: 'INVALID_TYPE' }).trim().max(max, f.tooLong(max)))
    .optional()
    .transform((v) => (v ? v : null));

/** Text of several lines that may be empty, stored as null. */
const optionalMultiLineText = (max: number) =>
  f
    .multiLine(z.string({ error: 'INVALID_TYPE' }).trim().max(max, f.tooLong(max)))
    .optional()
    .transform((v) => (v ? v : null));

export const personName = f.requiredText(100);

export const ENTREPRENEUR_ROLES = ['owner', 'staff'] as const;
export const MUNICIPALITY_ROLES = ['municipality', 'inspector'] as const;
export const INVITABLE_ROLES = [...ENTREPRENEUR_ROLES, ...MUNICIPALITY_ROLES] as const;

const searchText = f.searchText(200);

/** Page of a long list, 1-based; the cap keeps the offset within what the database can handle. */
const pageNumber = z.coerce.number({ error: 'INVALID_TYPE' }).int('INVALID_TYPE').min(1, 'INVALID_TYPE').max(100_000, 'INVALID_TYPE').default(1);

/** Roles a user list may be narrowed to; 'entrepreneur' is owners and staff together ("Ondernemers"). */
export const USER_LIST_ROLES = ['owner', 'staff', 'municipality', 'inspector', 'admin', 'entrepreneur'] as const;

export const userListQuerySchema = z.object({
  accommodationId: z.uuid({ error: 'INVALID_TYPE' }).optional(),
  role: z.enum(USER_LIST_ROLES, { error: 'ROLE_INVALID' }).optional(),
  q: searchText,
  page: pageNumber,
});

export const changeRoleSchema = z.object({ role: z.enum(ENTREPRENEUR_ROLES, { error: 'ROLE_INVALID' }) });

export const invitationSchema = z.object({
  email: f.email,
  name: optionalText(100),
  role: z.enum(INVITABLE_ROLES, { error: 'ROLE_INVALID' }),
  municipalityId: z.uuid({ error: 'MUNICIPALITY_INVALID' }).optional(),
});

const invitationToken = z
  .string({ error: 'REQUIRED' })
  .trim()
  .min(1, 'REQUIRED')
  .regex(/^[0-9a-fA-F]{64}$/, 'INVITATION_INVALID')
  .transform((v) => v.toLowerCase());

export const invitationTokenSchema = z.object({ token: invitationToken });

export const acceptInvitationSchema = z.object({ token: invitationToken, name: personName, password: f.newPassword });

export const newAccommodationSchema = accommodationDetailsSchema.extend({ municipalityId: f.municipalityId });

export const switchAccommodationSchema = z.object({ accommodationId: z.uuid({ error: 'INVALID_TYPE' }) });

export const themeColor = z
  .string({ error: 'COLOR_INVALID' })
  .trim()
  .regex(/^(#[0-9a-fA-F]{6})?$/, 'COLOR_INVALID')
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null));

/** How long guest data may be kept, in months (the database holds the same bounds). */
export const RETENTION_MONTHS_MIN = 12;
export const RETENTION_MONTHS_MAX = 84;

export const municipalitySettingsSchema = z.object({
  name: f.requiredText(100),
  approvalRequired: z.boolean({ error: 'INVALID_TYPE' }),
  twoFactorRequired: z.boolean({ error: 'INVALID_TYPE' }),
  contactEmail: z
    .string({ error: 'EMAIL_INVALID' })
    .trim()
    .max(254, 'EMAIL_INVALID')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'EMAIL_INVALID')
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  contactPhone: f.phone,
  contactText: optionalMultiLineText(1000),
  themeColor,
  // The register's settings; left out (older clients), they stay as they are.
  /** "Documentnummer van buitenlandse gasten vastleggen": off by default (AVG). */
  recordDocumentNumber: z.boolean({ error: 'INVALID_TYPE' }).optional(),
  /** "Bewaartermijn gastgegevens (maanden)". */
  retentionMonths: z
    .number({ error: 'RETENTION_INVALID' })
    .int('RETENTION_INVALID')
    .min(RETENTION_MONTHS_MIN, 'RETENTION_INVALID')
    .max(RETENTION_MONTHS_MAX, 'RETENTION_INVALID')
    .optional(),
  /** "Maandkopie van het register": off by default (AVG, decision 0015). */
  monthlyCopy: z.boolean({ error: 'INVALID_TYPE' }).optional(),
  /** "Geboortedatum vragen", "Nationaliteit vragen": only where the APV asks (decision 0017). */
  askDateOfBirth: z.boolean({ error: 'INVALID_TYPE' }).optional(),
  askNationality: z.boolean({ error: 'INVALID_TYPE' }).optional(),
  /** The APV article that asks them, shown in the register's forms; '' or null clears it. */
  registerApvCitation: f
    .oneLine(z.string({ error: 'INVALID_TYPE' }).trim().max(200, f.tooLong(200)))
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)),
  /** "Privacyverklaring voor gasten"; '' or null clears it. */
  privacyStatement: f
    .multiLine(z.string({ error: 'INVALID_TYPE' }).trim().max(5000, f.tooLong(5000)))
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null)),
});

/** A logo as a data URL; the server checks the bytes themselves. */
export const logoSchema = z.object({
  dataUrl: z
    .string({ error: 'LOGO_INVALID' })
    .max(300_000, 'LOGO_INVALID')
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'LOGO_INVALID'),
});

export const ACCOMMODATION_STATUSES = ['pending', 'approved', 'rejected'] as const;

const bedsFilter = z.coerce.number({ error: 'BEDS_INVALID' }).int('BEDS_INVALID').min(0, 'BEDS_INVALID').max(f.BEDS_MAX, 'BEDS_INVALID').optional();

export const accommodationListQuerySchema = z.object({
  q: searchText,
  type: z.enum(ACCOMMODATION_TYPES, { error: 'ACCOMMODATION_TYPE_INVALID' }).optional(),
  status: z.enum(ACCOMMODATION_STATUSES, { error: 'INVALID_TYPE' }).optional(),
  minBeds: bedsFilter,
  maxBeds: bedsFilter,
  page: pageNumber,
});

/** Typed into a textarea: several lines, mailed to the owner as they are. */
export const rejectionSchema = z.object({
  reason: f.multiLine(z.string({ error: 'REASON_REQUIRED' }).trim().min(1, 'REASON_REQUIRED').max(1000, f.tooLong(1000))),
});

export const cbsCode = z
  .string({ error: 'CBS_CODE_INVALID' })
  .trim()
  .regex(/^(GM)?[0-9]{4}$/i, 'CBS_CODE_INVALID')
  .transform((v) => `GM${v.slice(-4)}`);

export const newMunicipalitySchema = z.object({
  code: cbsCode,
  name: f.requiredText(100),
});

export const municipalityUpdateSchema = z.object({
  name: f.requiredText(100),
  active: z.boolean({ error: 'INVALID_TYPE' }),
});

export const idParams = z.object({ id: z.uuid({ error: 'NOT_FOUND' }) });
