// Tourist tax (toeristenbelasting, Gemeentewet art. 224): the municipality's rules, the owner's
// return (aangifte) and the shapes both the API and the web app read. Money is integer cents,
// percentages are basis points (1250 = 12.5 %).
import { z } from 'zod';
import { ACCOMMODATION_TYPES } from '../accommodation-types.ts';
import { oneLine, requiredMultiLineText, requiredText, tooLong } from './fields.ts';
import { day, STAY_PURPOSES, type StayPurpose } from './register.ts';

export const TAX_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type TaxPeriodKind = (typeof TAX_PERIOD_KINDS)[number];

/**
 * Why a person-night is not taxed (decision 0014). Residents always (Gemeentewet art. 224: the tax
 * is levied on those not registered as residents); the others where the rule chooses them. Returns
 * submitted before a reason existed lack its key: read `exempt[reason] ?? 0`.
 */
export const TAX_EXEMPTIONS = ['resident', 'under_age', 'international_worker', 'care_stay', 'coa', 'youth_group', 'forensen'] as const;
export type TaxExemption = (typeof TAX_EXEMPTIONS)[number];
/** The exemptions a rule chooses from its by-law's list; the residents' is the law's own. */
export const RULE_EXEMPTIONS = ['under_age', 'international_worker', 'care_stay', 'coa', 'youth_group', 'forensen'] as const;
export type RuleExemption = (typeof RULE_EXEMPTIONS)[number];
/** The purposes a rule may tax at a rate of their own instead of the per-person amount. */
export const RATED_PURPOSES = STAY_PURPOSES.filter((p): p is Exclude<StayPurpose, 'tourist'> => p !== 'tourist');
export type RatedPurpose = Exclude<StayPurpose, 'tourist'>;

/**
 * A return period as it appears in URLs and exports: '2026' (a year), '2026-Q2' (a quarter) or
 * '2026-04' (a month).
 */
export const TAX_PERIOD_PATTERN = /^(19|20)\d\d(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
export const taxPeriod = z.string({ error: 'REQUIRED' }).trim().regex(TAX_PERIOD_PATTERN, 'PERIOD_INVALID');

/** One line (the return form's inputs; the texts are printed on the return's PDF) that may be empty. */
const optionalText = (max: number) =>
  oneLine(z.string({ error: 'INVALID_TYPE' }).trim().max(max, tooLong(max)))
    .nullish()
    .transform((v) => (v ? v : null));
const cents = (max: number, code: string) => z.number({ error: code }).int(code).min(0, code).max(max, code);
const optionalCount = (max: number, code: string) =>
  z
    .number({ error: code })
    .int(code)
    .min(1, code)
    .max(max, code)
    .nullish()
    .transform((v) => v ?? null);

/** 31 days after a period's last day is at least one calendar month after it, whatever the month. */
export const TAX_DEADLINE_MIN_DAYS = 31;

/** A day of every year, 'MM-DD' (29 February is not one). */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDay = z
  .string({ error: 'SEASON_INVALID' })
  .regex(/^\d\d-\d\d$/, 'SEASON_INVALID')
  .refine((v) => {
    const [m, d] = [Number(v.slice(0, 2)), Number(v.slice(3, 5))];
    return m >= 1 && m <= 12 && d >= 1 && d <= (DAYS_IN_MONTH[m - 1] ?? 0);
  }, 'SEASON_INVALID');

export const taxSettingsSchema = z.object({
  period: z.enum(TAX_PERIOD_KINDS, { error: 'PERIOD_INVALID' }),
  /**
   * Days after the end of a period by which its return must be in: at least TAX_DEADLINE_MIN_DAYS,
   * so never less than one calendar month (AWR art. 10).
   */
  deadlineDays: z.number({ error: 'DEADLINE_INVALID' }).int('DEADLINE_INVALID').min(TAX_DEADLINE_MIN_DAYS, 'DEADLINE_INVALID').max(366, 'DEADLINE_INVALID'),
});
export type TaxSettings = z.output<typeof taxSettingsSchema>;

/**
 * One version of a rule: valid from a day on, for one accommodation type (or all) and one star
 * rating (or all), until a newer version of the same type and stars starts.
 */
export const taxRuleInputSchema = z
  .object({
    accommodationType: z
      .enum(ACCOMMODATION_TYPES, { error: 'ACCOMMODATION_TYPE_INVALID' })
      .nullish()
      .transform((v) => v ?? null),
    starRating: z
      .number({ error: 'STARS_INVALID' })
      .int('STARS_INVALID')
      .min(1, 'STARS_INVALID')
      .max(5, 'STARS_INVALID')
      .nullish()
      .transform((v) => v ?? null),
    validFrom: day,
    perPersonNightCents: cents(100_000, 'AMOUNT_INVALID')
      .nullish()
      .transform((v) => v ?? null),
    percentageBasisPoints: cents(10_000, 'PERCENTAGE_INVALID')
      .nullish()
      .transform((v) => v ?? null),
    /** The per-person amount is due for at most this many nights of one stay (Amsterdam before 2024: 21). */
    nightCap: optionalCount(3 * 366, 'NIGHT_CAP_INVALID'),
    /** The forfait per jaarplaats per year (1 January to 31 December), spread over the year's months. */
    forfaitYearCents: cents(10_000_000, 'AMOUNT_INVALID')
      .nullish()
      .transform((v) => v ?? null),
    /** The forfait per seizoensplaats per season, spread over the season's months. */
    forfaitSeasonCents: cents(10_000_000, 'AMOUNT_INVALID')
      .nullish()
      .transform((v) => v ?? null),
    /** The season's first and last day ('MM-DD', both included); 1 April to 31 October by default. */
    seasonStart: monthDay.default('04-01'),
    seasonEnd: monthDay.default('10-31'),
    /** The forfait amounts are per bed (the unit's capacity) instead of per unit. */
    forfaitPerBed: z.boolean({ error: 'INVALID_TYPE' }).default(false),
    /** The by-law lets an owner choose the actual nights for a forfait unit ("werkelijke nachten"). */
    forfaitActualNightsAllowed: z.boolean({ error: 'INVALID_TYPE' }).default(false),
    /** Persons younger than this at arrival pay no per-person amount. */
    exemptUnderAge: optionalCount(100, 'AGE_INVALID'),
    /**
     * The exemptions of the by-law (decision 0014). Unset: the children's exemption where an age is
     * set. Residents are exempt by law and need no choice.
     */
    exemptions: z
      .array(z.enum(RULE_EXEMPTIONS, { error: 'EXEMPTION_INVALID' }), { error: 'INVALID_TYPE' })
      .max(RULE_EXEMPTIONS.length, 'EXEMPTION_INVALID')
      .optional(),
    /**
     * Deprecated (before decision 0014): `true` where `exemptions` is left out still exempts
     * international workers, so an older client's rule does not silently start taxing them.
     */
    exemptInternationalWorkers: z.boolean({ error: 'INVALID_TYPE' }).optional(),
    /** Cents per person per night for stays of a purpose, replacing the per-person amount and the percentage. */
    purposeRates: z
      .partialRecord(z.enum(RATED_PURPOSES as [RatedPurpose, ...RatedPurpose[]], { error: 'PURPOSE_INVALID' }), cents(100_000, 'AMOUNT_INVALID'), {
        error: 'INVALID_TYPE',
      })
      .default({}),
    /**
     * Where the rate comes from: the by-law and its article ("Verordening toeristenbelasting 2024,
     * art. 5"), and the address of its text (CVDR). Required by the rate form, optional here
     * (docs/decisions/0010-tax-base-and-sources.md); a rule without one shows "Geen bron opgegeven".
     */
    sourceCitation: optionalText(300),
    sourceUrl: oneLine(
      z
        .string({ error: 'SOURCE_URL_INVALID' })
        .trim()
        .max(500, 'SOURCE_URL_INVALID')
        .regex(/^(https:\/\/\S+)?$/, 'SOURCE_URL_INVALID'),
    )
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((rule, ctx) => {
    if (rule.perPersonNightCents === null && rule.percentageBasisPoints === null && rule.forfaitYearCents === null && rule.forfaitSeasonCents === null) {
      ctx.addIssue({ code: 'custom', message: 'TAX_RULE_EMPTY', path: ['perPersonNightCents'] });
    }
    if (rule.seasonEnd < rule.seasonStart) ctx.addIssue({ code: 'custom', message: 'SEASON_INVALID', path: ['seasonEnd'] });
    if (rule.exemptions?.includes('under_age') && rule.exemptUnderAge === null)
      ctx.addIssue({ code: 'custom', message: 'AGE_REQUIRED', path: ['exemptUnderAge'] });
    for (const purpose of Object.keys(rule.purposeRates) as RatedPurpose[]) {
      if (rule.exemptions?.includes(purpose)) ctx.addIssue({ code: 'custom', message: 'PURPOSE_RATE_EXEMPT', path: ['purposeRates', purpose] });
    }
  })
  .transform(({ exemptions, exemptInternationalWorkers, ...rule }) => ({
    ...rule,
    exemptions: [...new Set(exemptions ?? chosenExemptions({ exemptUnderAge: rule.exemptUnderAge, exemptInternationalWorkers }))],
  }));
export type TaxRuleInput = z.output<typeof taxRuleInputSchema>;
export type TaxRule = TaxRuleInput & { id: string };

/**
 * The exemptions a rule chose, also for a rule stored in a return before decision 0014 (no
 * `exemptions`; `exemptInternationalWorkers` and an age instead).
 */
export function chosenExemptions(rule: {
  exemptUnderAge: number | null;
  exemptions?: readonly RuleExemption[];
  exemptInternationalWorkers?: boolean;
}): RuleExemption[] {
  if (rule.exemptions) return [...rule.exemptions];
  const legacy: RuleExemption[] = [];
  if (rule.exemptUnderAge !== null) legacy.push('under_age');
  if (rule.exemptInternationalWorkers) legacy.push('international_worker');
  return legacy;
}

/** What the owner adds when submitting: a correction with its reason, and platform-collected tax. */
export const taxReturnSubmissionSchema = z
  .object({
    /** Plus or minus, in cents: what the register cannot know (e.g. a guest who turned out to be a resident). */
    correctionCents: z
      .number({ error: 'AMOUNT_INVALID' })
      .int('AMOUNT_INVALID')
      .min(-100_000_000_00, 'AMOUNT_INVALID')
      .max(100_000_000_00, 'AMOUNT_INVALID')
      .default(0),
    correctionReason: optionalText(500),
    /** Tax a booking platform (Airbnb, Booking.com…) already collected and paid for this period. */
    platformDeductionCents: cents(100_000_000_00, 'AMOUNT_INVALID').default(0),
    platformReference: optionalText(200),
  })
  .superRefine((s, ctx) => {
    if (s.correctionCents !== 0 && !s.correctionReason) ctx.addIssue({ code: 'custom', message: 'REASON_REQUIRED', path: ['correctionReason'] });
    if (s.platformDeductionCents > 0 && !s.platformReference)
      ctx.addIssue({ code: 'custom', message: 'PLATFORM_REFERENCE_REQUIRED', path: ['platformReference'] });
  });
export type TaxReturnSubmission = z.output<typeof taxReturnSubmissionSchema>;

/** The register's figures for one stay (or, in the municipality's totals, a group of nights). */
export interface TaxLine {
  stayId: string | null;
  stayNumber: number | null;
  /** The nights of the line inside the period: [from, to). */
  from: string;
  to: string;
  nights: number;
  persons: number;
  personNights: number;
  exempt: Record<TaxExemption, number>;
  taxablePersonNights: number;
  /** The part of the lodging price that falls in the period; null when the stay has no price. */
  revenueCents: number | null;
  perPersonCents: number;
  percentageCents: number;
  amountCents: number;
  /** A percentage rule applied but the stay has no lodging price. */
  priceMissing: boolean;
  /**
   * The base of a percentage: revenueCents without the VAT of each night (decision 0010).
   * Absent from returns submitted before it was kept; null when the stay has no price.
   */
  baseCents?: number | null;
  /** The VAT rates (basis points) of the line's nights, in order: [900, 2100] across 1 January 2026. */
  vatBasisPoints?: number[];
  /**
   * Persons of the stay without a known age while a rule of the line exempts children: they are
   * taxed as adults ("2 personen zonder leeftijd: geen vrijstelling toegepast").
   */
  personsWithoutAge?: number;
  /**
   * Person-nights on a forfait unit within its forfait time: neither per person nor by percentage
   * (decision 0013). Absent from returns submitted before forfait units.
   */
  forfaitPersonNights?: number;
}

/** The forfait of one jaarplaats or seizoensplaats over the period. */
export interface TaxForfaitLine {
  unitId: string;
  unitName: string;
  kind: 'jaarplaats' | 'seizoensplaats';
  /** The unit's capacity when the rule charges per bed, else null. */
  beds: number | null;
  /** The months of the period in the unit's forfait time. */
  months: number;
  /** The first day of the forfait time in the period and the day after its last. */
  from: string;
  to: string;
  amountCents: number;
}

/** The per-person amount at one rate: "3 persoonsnachten × € 2,10 = € 6,30". */
export interface TaxRateLine {
  rateCents: number;
  /** Person-nights charged at this rate (taxable and within the rule's night cap). */
  personNights: number;
  amountCents: number;
}

export interface TaxTotals {
  stays: number;
  nights: number;
  personNights: number;
  exempt: Record<TaxExemption, number>;
  taxablePersonNights: number;
  revenueCents: number;
  perPersonCents: number;
  /**
   * perPersonCents by rate, lowest rate first; their amounts add up to perPersonCents. Absent
   * from returns submitted before it was kept.
   */
  perPersonRates?: TaxRateLine[];
  /** The lodging revenue without VAT, the base of a percentage (absent from older returns). */
  baseCents?: number;
  /** Persons taxed without the children's exemption because their age is unknown (absent from older returns). */
  personsWithoutAge?: number;
  percentageCents: number;
  forfaitCents: number;
  /** forfaitCents per unit (decision 0013); absent from returns submitted before forfait units. */
  forfaits?: TaxForfaitLine[];
  /** Person-nights on forfait units within their forfait time; absent from older returns. */
  forfaitPersonNights?: number;
  /** perPersonCents + percentageCents + forfaitCents: the tax the register yields. */
  computedCents: number;
  staysWithoutPrice: number;
}

export type TaxReturnStatus = 'open' | 'due' | 'overdue' | 'submitted';

export interface SubmittedTaxReturn {
  id: string;
  number: string;
  kind: 'return' | 'correction';
  submittedAt: string;
  submittedBy: string | null;
  totals: TaxTotals;
  correctionCents: number;
  correctionReason: string | null;
  platformDeductionCents: number;
  platformReference: string | null;
  /** Seasonal pitches typed on returns before forfait units (decision 0013); 0 since. */
  seasonalPitches: number;
  /** computed + correction − platform deduction (for a correction: what it adds to the returns before it). */
  amountDueCents: number;
  /** For a correction: the total of the returns before it and the new total. */
  previousTotalCents: number | null;
}

/** GET /api/tax/returns: the owner's periods. */
export interface TaxPeriodSummary {
  period: string;
  from: string;
  /** The last day of the period. */
  to: string;
  deadline: string;
  status: TaxReturnStatus;
  /** Submitted (and corrected) amount due, or null when nothing was submitted. */
  declaredCents: number | null;
  returnNumber: string | null;
  corrections: number;
  /** Stays of a submitted period changed after submission: a correctie-aangifte is proposed. */
  correctionProposed: boolean;
}

/** GET /api/tax/returns/:period: one period of the owner's accommodation. */
export interface TaxReturnView extends TaxPeriodSummary {
  accommodation: { id: string; companyName: string; accommodationType: string; starRating: number | null };
  municipality: string;
  /** The register now, line per stay. */
  totals: TaxTotals;
  lines: TaxLine[];
  /** The rules in force for this accommodation at some time in the period, in order. */
  rules: TaxRule[];
  submissions: SubmittedTaxReturn[];
  /** When submitted: the current register's total minus what was declared (0 when unchanged). */
  proposedCorrectionCents: number | null;
}

/** GET /api/municipality/tax/returns?period=…: one row per accommodation. */
export interface MunicipalityTaxRow {
  accommodationId: string;
  companyName: string;
  accommodationType: string;
  status: TaxReturnStatus;
  corrected: boolean;
  /** The number of the period's first return. */
  returnNumber: string | null;
  /** The latest submission (the return or its last correction), for its PDF. */
  returnId: string | null;
  submittedAt: string | null;
  nights: number;
  personNights: number;
  taxablePersonNights: number;
  revenueCents: number;
  /** Declared (when submitted, incl. corrections) or computed from the register. */
  amountDueCents: number;
  declared: boolean;
}

export interface MunicipalityTaxOverview {
  period: string;
  from: string;
  to: string;
  deadline: string;
  rows: MunicipalityTaxRow[];
  totals: {
    accommodations: number;
    submitted: number;
    overdue: number;
    corrected: number;
    declaredCents: number;
    computedOpenCents: number;
    personNights: number;
    taxablePersonNights: number;
  };
}

/** GET /api/municipality/tax/statistics?year=…: overnight stays (person-nights) per month. */
export interface TaxStatistics {
  year: number;
  types: string[];
  months: Array<{
    month: string;
    personNights: number;
    byType: Record<string, number>;
    /** Person-nights by the stays' purpose, the by-laws' exempt groups among them (decision 0014). */
    byPurpose: Record<StayPurpose, number>;
    previousYearPersonNights: number;
    /** Beds × days of the month, over the accommodations of the municipality. */
    bedNights: number;
  }>;
}

// Aangifte, then aanslag (docs/decisions/0011-assessments.md): the municipality's assessments
// and the owner's request for ambtshalve vermindering after a definitive one.

export const TAX_ASSESSMENT_KINDS = ['voorlopig', 'definitief'] as const;
export type TaxAssessmentKind = (typeof TAX_ASSESSMENT_KINDS)[number];

/** One aanslag as the tax system issued it (entered in the portal, or one row of an import). */
export const taxAssessmentInputSchema = z.object({
  accommodationId: z.uuid({ error: 'ACCOMMODATION_INVALID' }),
  period: taxPeriod,
  kind: z.enum(TAX_ASSESSMENT_KINDS, { error: 'ASSESSMENT_KIND_INVALID' }),
  /** The aanslagnummer of the tax system; unique within the municipality. */
  number: requiredText(40),
  amountCents: cents(100_000_000_00, 'AMOUNT_INVALID'),
  /** The dagtekening: the date on the aanslag, from which the term for bezwaar runs. */
  datedOn: day,
});
export type TaxAssessmentInput = z.output<typeof taxAssessmentInputSchema>;

/** A bulk import from the tax system (JSON), at most 1000 aanslagen, all or none. */
export const taxAssessmentImportSchema = z.object({
  assessments: z.array(taxAssessmentInputSchema, { error: 'INVALID_TYPE' }).min(1, 'REQUIRED').max(1000, 'BATCH_TOO_LARGE'),
});

/** "Verzoek om ambtshalve vermindering": how much lower, and why. */
export const taxReductionRequestSchema = z.object({
  reductionCents: z.number({ error: 'AMOUNT_INVALID' }).int('AMOUNT_INVALID').min(1, 'AMOUNT_INVALID').max(100_000_000_00, 'AMOUNT_INVALID'),
  reason: requiredMultiLineText(2000),
});
export type TaxReductionRequestInput = z.output<typeof taxReductionRequestSchema>;

export interface TaxReductionRequest {
  id: string;
  assessmentId: string;
  assessmentNumber: string;
  reductionCents: number;
  reason: string;
  submittedAt: string;
}

export interface TaxAssessment {
  id: string;
  accommodationId: string;
  companyName: string;
  period: string;
  kind: TaxAssessmentKind;
  number: string;
  amountCents: number;
  datedOn: string;
  /** The last day to object (bezwaar): six weeks after the dagtekening (Awb art. 6:7, 6:8). */
  objectionDeadline: string;
  source: 'portal' | 'import';
  recordedAt: string;
  reductionRequests: TaxReductionRequest[];
}

/** GET /api/tax/returns/:period/assessments: the aanslagen beside the owner's return. */
export interface OwnTaxAssessments {
  period: string;
  assessments: TaxAssessment[];
  /** A definitive aanslag is in: lowering goes by a request for ambtshalve vermindering. */
  definitive: boolean;
}
