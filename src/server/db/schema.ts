// Drizzle table definitions mirroring migrations/*.sql (the migrations are the source of truth;
// these give typed queries).
import { sql } from 'drizzle-orm';
import type { RatedPurpose, RuleExemption, TaxAssessmentKind, TaxLine, TaxPeriodKind, TaxRule, TaxTotals } from '../../shared/schemas/tourist-tax.ts';
import type { CoTraveller, DocumentType, StayPurpose, StaySource, StayStatus, UnitForfaitKind, UnitKind } from '../../shared/schemas/register.ts';
import { bigint, bigserial, boolean, date, integer, jsonb, pgTable, primaryKey, smallint, customType, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  cbsCode: text('cbs_code').notNull().unique(),
  name: text('name').notNull(),
  twoFactorRequired: boolean('two_factor_required').notNull().default(false),
  active: boolean('active').notNull().default(true),
  createdAt: tz('created_at').notNull().defaultNow(),
  approvalRequired: boolean('approval_required').notNull().default(false),
  contactEmail: text('contact_email'),
  contactPhone: text('contact_phone'),
  contactText: text('contact_text'),
  themeColor: text('theme_color'),
  logoType: text('logo_type').$type<'image/png' | 'image/jpeg'>(),
  logo: bytea('logo'),
  recordDocumentNumber: boolean('record_document_number').notNull().default(false),
  retentionMonths: integer('retention_months').notNull().default(24),
  privacyStatement: text('privacy_statement'),
  taxPeriod: text('tax_period').$type<TaxPeriodKind>().notNull().default('year'),
  taxDeadlineDays: integer('tax_deadline_days').notNull().default(31),
  lastTaxReturnNumber: integer('last_tax_return_number').notNull().default(0),
  /** The monthly copy of the register (0015): the municipality's choice, off by default. */
  monthlyCopy: boolean('monthly_copy').notNull().default(false),
  /** Date of birth and nationality only where the APV asks them, with its article (0017). */
  askDateOfBirth: boolean('ask_date_of_birth').notNull().default(true),
  askNationality: boolean('ask_nationality').notNull().default(true),
  registerApvCitation: text('register_apv_citation'),
});

export const accommodations = pgTable('accommodations', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  companyName: text('company_name').notNull(),
  address: text('address').notNull(),
  postcode: text('postcode').notNull(),
  city: text('city').notNull(),
  kvkNumber: text('kvk_number'),
  phone: text('phone'),
  beds: integer('beds').notNull(),
  accommodationType: text('accommodation_type').notNull(),
  twoFactorRequired: boolean('two_factor_required').notNull().default(false),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
  status: text('status').$type<AccommodationStatus>().notNull().default('approved'),
  rejectionReason: text('rejection_reason'),
  decidedAt: tz('decided_at'),
  lastStayNumber: integer('last_stay_number').notNull().default(0),
  registerHead: text('register_head').notNull().default(''),
  checkInToken: text('check_in_token').unique(),
  privacyStatement: text('privacy_statement'),
  starRating: smallint('star_rating'),
  /** From this time guests may check in on their arrival day (Europe/Amsterdam), 'HH:MM:SS'. */
  checkInTime: time('check_in_time').notNull().default('15:00'),
  /** By this time guests leave on their departure day. */
  checkOutTime: time('check_out_time').notNull().default('11:00'),
});

export type AccommodationStatus = 'pending' | 'approved' | 'rejected';

export type Role = 'owner' | 'staff' | 'municipality' | 'inspector' | 'admin';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  email: text('email').notNull().unique(),
  name: text('name'),
  passwordHash: text('password_hash'),
  role: text('role').$type<Role>().notNull(),
  accommodationId: uuid('accommodation_id').references(() => accommodations.id),
  municipalityId: uuid('municipality_id').references(() => municipalities.id),
  emailConfirmedAt: tz('email_confirmed_at'),
  active: boolean('active').notNull().default(true),
  lastLoginAt: tz('last_login_at'),
  /** Set when the first second factor is bound; cleared only by turning 2FA off on purpose. */
  twoFactorEnabledAt: tz('two_factor_enabled_at'),
  createdAt: tz('created_at').notNull().defaultNow(),
});
export type User = typeof users.$inferSelect;

export const accommodationMembers = pgTable(
  'accommodation_members',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accommodationId: uuid('accommodation_id')
      .notNull()
      .references(() => accommodations.id, { onDelete: 'cascade' }),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.accommodationId] })],
);

export type InvitedRole = Exclude<Role, 'admin'>;

export const invitations = pgTable('invitations', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  tokenHash: text('token_hash').notNull().unique(),
  email: text('email').notNull(),
  name: text('name'),
  role: text('role').$type<InvitedRole>().notNull(),
  accommodationId: uuid('accommodation_id').references(() => accommodations.id, { onDelete: 'cascade' }),
  municipalityId: uuid('municipality_id').references(() => municipalities.id),
  invitedBy: uuid('invited_by').references(() => users.id),
  createdAt: tz('created_at').notNull(),
  expiresAt: tz('expires_at').notNull(),
  acceptedAt: tz('accepted_at'),
  revokedAt: tz('revoked_at'),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  id: uuid('id').notNull().default(sql`gen_random_uuid()`),
  /** The accommodation chosen in this session (owners with several); null: the user's own. */
  accommodationId: uuid('accommodation_id').references(() => accommodations.id, { onDelete: 'set null' }),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: tz('created_at').notNull(),
  lastSeenAt: tz('last_seen_at').notNull(),
  expiresAt: tz('expires_at').notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
  stage: text('stage').$type<SessionStage>().notNull().default('full'),
  secondFactorAt: tz('second_factor_at'),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  /** In a set-up after a reset: when the code mailed to the account's address was entered. */
  emailProvenAt: tz('email_proven_at'),
});

/** challenge: second factor pending; enrolment: 2FA must be set up first; full: signed in. */
export type SessionStage = 'challenge' | 'enrolment' | 'full';

export type CodePurpose = 'email_confirmation' | 'password_reset' | 'email_change' | 'two_factor_recovery';

export const oneTimeCodes = pgTable('one_time_codes', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  purpose: text('purpose').$type<CodePurpose>().notNull(),
  codeHash: text('code_hash').notNull().unique(),
  createdAt: tz('created_at').notNull(),
  expiresAt: tz('expires_at').notNull(),
  usedAt: tz('used_at'),
  revokedAt: tz('revoked_at'),
  /** For 'email_change': the address the code was sent to. */
  newEmail: text('new_email'),
});

export const auditEvents = pgTable('audit_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  occurredAt: tz('occurred_at').notNull(),
  action: text('action').notNull(),
  actorUserId: uuid('actor_user_id').references(() => users.id),
  subjectUserId: uuid('subject_user_id').references(() => users.id),
  accommodationId: uuid('accommodation_id').references(() => accommodations.id),
  municipalityId: uuid('municipality_id').references(() => municipalities.id),
  ip: text('ip'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
});

export const jobs = pgTable('jobs', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  kind: text('kind').notNull(),
  payload: jsonb('payload').$type<unknown>().notNull(),
  status: text('status').$type<'pending' | 'done' | 'dead'>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  runAt: tz('run_at').notNull().defaultNow(),
  lockedUntil: tz('locked_until'),
  /** When the last attempt started. */
  triedAt: tz('tried_at'),
  lastError: text('last_error'),
  createdAt: tz('created_at').notNull().defaultNow(),
  doneAt: tz('done_at'),
});

export const devOutbox = pgTable('dev_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  channel: text('channel').$type<'mail' | 'sms'>().notNull(),
  recipient: text('recipient').notNull(),
  subject: text('subject'),
  bodyText: text('body_text').notNull(),
  bodyHtml: text('body_html'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  expiresAt: tz('expires_at').notNull(),
});

export const loginThrottles = pgTable('login_throttles', {
  emailHash: text('email_hash').primaryKey(),
  failures: integer('failures').notNull(),
  freeAttempts: integer('free_attempts').notNull().default(5),
  blockedUntil: tz('blocked_until'),
  updatedAt: tz('updated_at').notNull(),
});

export const totpCredentials = pgTable('totp_credentials', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEncrypted: text('secret_encrypted').notNull(),
  createdAt: tz('created_at').notNull(),
  lastUsedStep: bigint('last_used_step', { mode: 'number' }).notNull().default(0),
});

export const totpEnrolments = pgTable('totp_enrolments', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEncrypted: text('secret_encrypted').notNull(),
  createdAt: tz('created_at').notNull(),
});

export const backupCodes = pgTable('backup_codes', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  codeHash: text('code_hash').notNull(),
  /** The code itself, encrypted, until the user confirms having stored it. */
  displayEncrypted: text('display_encrypted'),
  createdAt: tz('created_at').notNull(),
});

export const smsPhones = pgTable('sms_phones', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  phone: text('phone').notNull(),
  verifiedAt: tz('verified_at'),
  createdAt: tz('created_at').notNull(),
});

export const smsCodes = pgTable('sms_codes', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  purpose: text('purpose').$type<'verify_phone' | 'sign_in'>().notNull(),
  codeHash: text('code_hash').notNull(),
  attempts: integer('attempts').notNull().default(0),
  createdAt: tz('created_at').notNull(),
  expiresAt: tz('expires_at').notNull(),
  usedAt: tz('used_at'),
});

export const passkeys = pgTable('passkeys', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  credentialId: text('credential_id').notNull().unique(),
  publicKey: text('public_key').notNull(),
  counter: bigint('counter', { mode: 'number' }).notNull().default(0),
  transports: text('transports').array().notNull().default(sql`'{}'::text[]`),
  name: text('name').notNull(),
  createdAt: tz('created_at').notNull(),
  lastUsedAt: tz('last_used_at'),
});

export const webauthnChallenges = pgTable('webauthn_challenges', {
  sessionTokenHash: text('session_token_hash')
    .primaryKey()
    .references(() => sessions.tokenHash, { onDelete: 'cascade' }),
  challenge: text('challenge').notNull(),
  purpose: text('purpose').$type<'register' | 'authenticate'>().notNull(),
  expiresAt: tz('expires_at').notNull(),
});

export const trustedDevices = pgTable('trusted_devices', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  tokenHash: text('token_hash').notNull().unique(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: tz('created_at').notNull(),
  expiresAt: tz('expires_at').notNull(),
  lastUsedAt: tz('last_used_at'),
  userAgent: text('user_agent'),
  ip: text('ip'),
});

export const signInDevices = pgTable(
  'sign_in_devices',
  {
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: tz('created_at').notNull(),
    expiresAt: tz('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenHash, t.userId] })],
);

// ---- the register (migration 0004) ----

const day = (name: string) => date(name, { mode: 'string' });
const daterange = customType<{ data: string }>({ dataType: () => 'daterange' });

export const units = pgTable('units', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  accommodationId: uuid('accommodation_id')
    .notNull()
    .references(() => accommodations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  kind: text('kind').$type<UnitKind>().notNull(),
  capacity: integer('capacity').notNull(),
  exclusive: boolean('exclusive').notNull().default(true),
  active: boolean('active').notNull().default(true),
  /** A forfait unit of the tourist tax (migration 0013), and the owner's choice of actual nights. */
  forfaitKind: text('forfait_kind').$type<UnitForfaitKind>().notNull().default('none'),
  actualNights: boolean('actual_nights').notNull().default(false),
  createdAt: tz('created_at').notNull().defaultNow(),
});

/** The main guest as stored (document number encrypted). */
/** One person's signature taken at the desk: the image encrypted, or "op papier" with who saw it. */
export interface StoredSignature {
  person: number;
  initials: string;
  surname: string;
  method: 'screen' | 'paper';
  image: string | null;
  witnessId: string | null;
  witnessName: string | null;
  signedAt: string;
}

/** A co-traveller as stored: "same address" (0016) only where it was said. */
export type StoredCoTraveller = Omit<CoTraveller, 'sameAddress' | 'youngerThan'> & { sameAddress?: boolean; youngerThan?: CoTraveller['youngerThan'] };

export interface StoredGuest {
  initials: string;
  surname: string;
  residence: string;
  country: string;
  /** The Dutch address's postcode and house number, and the owner's word on residency (0016). */
  postcode?: string | null;
  houseNumber?: number | null;
  resident?: boolean | null;
  /** Null where the municipality does not ask it (0017); then "jonger dan N?" may be answered. */
  dateOfBirth: string | null;
  youngerThan?: { age: number; younger: boolean } | null;
  nationality: string;
  documentType: DocumentType;
  /** Encrypted with the application key; null when not recorded. */
  documentNumber: string | null;
}

export const stays = pgTable('stays', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  accommodationId: uuid('accommodation_id')
    .notNull()
    .references(() => accommodations.id),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  number: integer('number').notNull(),
  version: integer('version').notNull().default(1),
  status: text('status').$type<StayStatus>().notNull(),
  source: text('source').$type<StaySource>().notNull(),
  unitId: uuid('unit_id').references(() => units.id),
  arrival: day('arrival').notNull(),
  departure: day('departure').notNull(),
  /** [arrival, departure) as a daterange, generated by the database, for the GiST night indexes. */
  nights: daterange('nights').generatedAlwaysAs(sql`daterange(arrival, departure, '[)')`),
  persons: integer('persons').notNull(),
  purpose: text('purpose').$type<StayPurpose>().notNull(),
  employerName: text('employer_name'),
  bookingReference: text('booking_reference'),
  lodgingPriceCents: bigint('lodging_price_cents', { mode: 'number' }),
  checkedInAt: tz('checked_in_at'),
  checkedOutAt: tz('checked_out_at'),
  guest: jsonb('guest').$type<StoredGuest>(),
  coTravellers: jsonb('co_travellers').$type<StoredCoTraveller[]>(),
  /** Encrypted PNG data URL of the guest's signature. */
  signature: text('signature'),
  /** Signatures taken at the desk, one per signing person (0012_signatures.sql); null while none. */
  signatures: jsonb('signatures').$type<StoredSignature[]>(),
  surnameSearch: text('surname_search'),
  /**
   * Filled by the stays_tax_facts trigger (0005, 0016): the ages at arrival of the non-resident
   * persons with a known date of birth, whether the main guest lives in the municipality, and
   * how many of the persons do.
   */
  guestAges: smallint('guest_ages').array().notNull().default(sql`'{}'`),
  resident: boolean('resident').notNull().default(false),
  residents: smallint('residents').notNull().default(0),
  erasedAt: tz('erased_at'),
  createdAt: tz('created_at').notNull(),
  updatedAt: tz('updated_at').notNull(),
});
export type StayRow = typeof stays.$inferSelect;

export const stayVersions = pgTable('stay_versions', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  accommodationId: uuid('accommodation_id')
    .notNull()
    .references(() => accommodations.id),
  stayId: uuid('stay_id')
    .notNull()
    .references(() => stays.id),
  stayNumber: integer('stay_number').notNull(),
  version: integer('version').notNull(),
  change: text('change').$type<StayChange>().notNull(),
  recordedAt: tz('recorded_at').notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  reason: text('reason'),
  data: jsonb('data').$type<Record<string, unknown>>(),
  dataHash: text('data_hash').notNull(),
  chainHash: text('chain_hash').notNull(),
});

export type StayChange = 'created' | 'corrected' | 'confirmed' | 'checked_in' | 'checked_out' | 'cancelled' | 'signed';

/** Idempotency-Key of the booking-system API (migration 0018): the first answer, for 24 hours. */
export const apiIdempotencyKeys = pgTable(
  'api_idempotency_keys',
  {
    accommodationId: uuid('accommodation_id')
      .notNull()
      .references(() => accommodations.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    answer: jsonb('answer').$type<Record<string, unknown>>(),
    createdAt: tz('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.accommodationId, table.key] })],
);

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  accommodationId: uuid('accommodation_id')
    .notNull()
    .references(() => accommodations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: tz('created_at').notNull(),
  lastUsedAt: tz('last_used_at'),
  revokedAt: tz('revoked_at'),
});

export const accommodationReports = pgTable('accommodation_reports', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  accommodationId: uuid('accommodation_id')
    .notNull()
    .references(() => accommodations.id, { onDelete: 'cascade' }),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  kind: text('kind').$type<'start' | 'takeover' | 'move' | 'closure'>().notNull(),
  effectiveDate: day('effective_date').notNull(),
  details: text('details').notNull().default(''),
  reportedBy: uuid('reported_by').references(() => users.id, { onDelete: 'set null' }),
  reportedAt: tz('reported_at').notNull(),
});

export const scheduledRuns = pgTable(
  'scheduled_runs',
  {
    task: text('task').notNull(),
    day: day('day').notNull(),
    startedAt: tz('started_at').notNull().defaultNow(),
    result: jsonb('result').$type<Record<string, unknown>>(),
  },
  (t) => [primaryKey({ columns: [t.task, t.day] })],
);

/** A version of a municipality's tourist tax rule (see migration 0005). */
export const taxRules = pgTable('tax_rules', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  accommodationType: text('accommodation_type'),
  starRating: smallint('star_rating'),
  validFrom: day('valid_from').notNull(),
  perPersonNightCents: integer('per_person_night_cents'),
  percentageBasisPoints: integer('percentage_basis_points'),
  nightCap: integer('night_cap'),
  forfaitYearCents: integer('forfait_year_cents'),
  forfaitSeasonCents: integer('forfait_season_cents'),
  seasonStart: text('season_start').notNull().default('04-01'),
  seasonEnd: text('season_end').notNull().default('10-31'),
  forfaitPerBed: boolean('forfait_per_bed').notNull().default(false),
  forfaitActualNightsAllowed: boolean('forfait_actual_nights_allowed').notNull().default(false),
  exemptUnderAge: integer('exempt_under_age'),
  /** The by-law's exemptions the rule chooses (migration 0014); residents are exempt by law. */
  exemptions: text('exemptions').array().$type<RuleExemption[]>().notNull().default(sql`'{}'::text[]`),
  purposeRates: jsonb('purpose_rates').$type<Partial<Record<RatedPurpose, number>>>().notNull().default({}),
  /** The by-law the rate comes from (migration 0010); null for versions entered before. */
  sourceCitation: text('source_citation'),
  sourceUrl: text('source_url'),
  createdAt: tz('created_at').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
});

/** A submitted, locked tourist tax return or correction. */
export const taxReturns = pgTable('tax_returns', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  number: text('number').notNull().unique(),
  accommodationId: uuid('accommodation_id')
    .notNull()
    .references(() => accommodations.id),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  period: text('period').notNull(),
  periodStart: day('period_start').notNull(),
  periodEnd: day('period_end').notNull(),
  kind: text('kind').$type<'return' | 'correction'>().notNull(),
  sequence: integer('sequence').notNull(),
  totals: jsonb('totals').$type<TaxTotals>().notNull(),
  lines: jsonb('lines').$type<TaxLine[]>().notNull(),
  rules: jsonb('rules').$type<TaxRule[]>().notNull(),
  correctionCents: bigint('correction_cents', { mode: 'number' }).notNull().default(0),
  correctionReason: text('correction_reason'),
  platformDeductionCents: bigint('platform_deduction_cents', { mode: 'number' }).notNull().default(0),
  platformReference: text('platform_reference'),
  seasonalPitches: integer('seasonal_pitches').notNull().default(0),
  totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
  amountDueCents: bigint('amount_due_cents', { mode: 'number' }).notNull(),
  submittedAt: tz('submitted_at').notNull(),
  submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
});
export type TaxReturnRow = typeof taxReturns.$inferSelect;

/** An aanslag recorded by the municipality or imported from its tax system (migration 0011). */
export const taxAssessments = pgTable('tax_assessments', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  accommodationId: uuid('accommodation_id')
    .notNull()
    .references(() => accommodations.id),
  period: text('period').notNull(),
  periodStart: day('period_start').notNull(),
  periodEnd: day('period_end').notNull(),
  kind: text('kind').$type<TaxAssessmentKind>().notNull(),
  number: text('number').notNull(),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  datedOn: day('dated_on').notNull(),
  source: text('source').$type<'portal' | 'import'>().notNull(),
  recordedAt: tz('recorded_at').notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
});
export type TaxAssessmentRow = typeof taxAssessments.$inferSelect;

/** A request for ambtshalve vermindering of an aanslag (migration 0011). */
export const taxReductionRequests = pgTable('tax_reduction_requests', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  municipalityId: uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id),
  accommodationId: uuid('accommodation_id')
    .notNull()
    .references(() => accommodations.id),
  assessmentId: uuid('assessment_id')
    .notNull()
    .references(() => taxAssessments.id),
  reductionCents: bigint('reduction_cents', { mode: 'number' }).notNull(),
  reason: text('reason').notNull(),
  submittedAt: tz('submitted_at').notNull(),
  submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
});
export type TaxReductionRequestRow = typeof taxReductionRequests.$inferSelect;

/** Reminders and overdue notices already sent, one per accommodation, period and kind. */
export const taxNotices = pgTable(
  'tax_notices',
  {
    accommodationId: uuid('accommodation_id')
      .notNull()
      .references(() => accommodations.id),
    period: text('period').notNull(),
    kind: text('kind').$type<'reminder' | 'overdue'>().notNull(),
    sentAt: tz('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accommodationId, t.period, t.kind] })],
);

/** The postcode table (0016): CBS's postcode and house number ranges per municipality. */
export const postcodeRanges = pgTable(
  'postcode_ranges',
  {
    postcode: text('postcode').notNull(),
    fromNumber: integer('from_number').notNull(),
    toNumber: integer('to_number').notNull(),
    municipalityCode: text('municipality_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postcode, t.fromNumber] })],
);

/** Which postcode table is loaded (one row). */
export const postcodeTable = pgTable('postcode_table', {
  id: boolean('id').primaryKey().default(true),
  source: text('source').notNull(),
  example: boolean('example').notNull(),
  areas: integer('areas').notNull(),
  importedAt: tz('imported_at').notNull().defaultNow(),
});
