// Tourist tax (toeristenbelasting, Gemeentewet art. 224): the municipality's rules, the owner's
// return (aangifte) and the shapes both the API and the web app read. Money is integer cents,
// percentages are basis points (1250 = 12.5 %).
import { z } from 'zod';
import { ACCOMMODATION_TYPES } from '../accommodation-types.ts';
import { oneLine, tooLong } from './fields.ts';
import { day } from './register.ts';

export const TAX_PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type TaxPeriodKind = (typeof TAX_PERIOD_KINDS)[number];

/** Why a person-night is not taxed. */
export const TAX_EXEMPTIONS = ['resident', 'under_age', 'international_worker'] as const;
export type TaxExemption = (typeof TAX_EXEMPTIONS)[number];

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
  z.number({ error: code }).int(code).min(1, code).max(max, code).nullish().transform((v) => v ?? null);

export const taxSettingsSchema = z.object({
  period: z.enum(TAX_PERIOD_KINDS, { error: 'PERIOD_INVALID' }),
  /** Days after the end of a period by which its return must be in. */
  deadlineDays: z.number({ error: 'DEADLINE_INVALID' }).int('DEADLINE_INVALID').min(1, 'DEADLINE_INVALID').max(366, 'DEADLINE_INVALID'),
});
export type TaxSettings = z.output<typeof taxSettingsSchema>;

/**
 * One version of a rule: valid from a day on, for one accommodation type (or all) and one star
 * rating (or all), until a newer version of the same type and stars starts.
 */
export const taxRuleInputSchema = z
  .object({
    accommodationType: z.enum(ACCOMMODATION_TYPES, { error: 'ACCOMMODATION_TYPE_INVALID' }).nullish().transform((v) => v ?? null),
    starRating: z.number({ error: 'STARS_INVALID' }).int('STARS_INVALID').min(1, 'STARS_INVALID').max(5, 'STARS_INVALID').nullish().transform((v) => v ?? null),
    validFrom: day,
    perPersonNightCents: cents(100_000, 'AMOUNT_INVALID').nullish().transform((v) => v ?? null),
    percentageBasisPoints: cents(10_000, 'PERCENTAGE_INVALID').nullish().transform((v) => v ?? null),
    /** The per-person amount is due for at most this many nights of one stay (Amsterdam before 2024: 21). */
    nightCap: optionalCount(3 * 366, 'NIGHT_CAP_INVALID'),
    /** A yearly amount per seasonal pitch, charged pro rata per month of the return period. */
    forfaitPerPitchCents: cents(10_000_000, 'AMOUNT_INVALID').nullish().transform((v) => v ?? null),
    /** Persons younger than this at arrival pay no per-person amount. */
    exemptUnderAge: optionalCount(100, 'AGE_INVALID'),
    exemptResidents: z.boolean({ error: 'INVALID_TYPE' }).default(true),
    exemptInternationalWorkers: z.boolean({ error: 'INVALID_TYPE' }).default(false),
  })
  .superRefine((rule, ctx) => {
    if (rule.perPersonNightCents === null && rule.percentageBasisPoints === null && rule.forfaitPerPitchCents === null) {
      ctx.addIssue({ code: 'custom', message: 'TAX_RULE_EMPTY', path: ['perPersonNightCents'] });
    }
  });
export type TaxRuleInput = z.output<typeof taxRuleInputSchema>;
export type TaxRule = TaxRuleInput & { id: string };

/** What the owner adds when submitting: a correction with its reason, and platform-collected tax. */
export const taxReturnSubmissionSchema = z
  .object({
    /** Plus or minus, in cents: what the register cannot know (e.g. a guest who turned out to be a resident). */
    correctionCents: z.number({ error: 'AMOUNT_INVALID' }).int('AMOUNT_INVALID').min(-100_000_000_00, 'AMOUNT_INVALID').max(100_000_000_00, 'AMOUNT_INVALID').default(0),
    correctionReason: optionalText(500),
    /** Tax a booking platform (Airbnb, Booking.com…) already collected and paid for this period. */
    platformDeductionCents: cents(100_000_000_00, 'AMOUNT_INVALID').default(0),
    platformReference: optionalText(200),
    /** Seasonal pitches for a forfait rule. */
    seasonalPitches: z.number({ error: 'PITCHES_INVALID' }).int('PITCHES_INVALID').min(0, 'PITCHES_INVALID').max(100_000, 'PITCHES_INVALID').default(0),
  })
  .superRefine((s, ctx) => {
    if (s.correctionCents !== 0 && !s.correctionReason) ctx.addIssue({ code: 'custom', message: 'REASON_REQUIRED', path: ['correctionReason'] });
    if (s.platformDeductionCents > 0 && !s.platformReference) ctx.addIssue({ code: 'custom', message: 'PLATFORM_REFERENCE_REQUIRED', path: ['platformReference'] });
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
  percentageCents: number;
  forfaitCents: number;
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
  /**
   * The yearly forfait of one seasonal pitch summed over the period's months: the forfait for
   * p pitches is p × this / 12, rounded half up (0 when no rule has a forfait).
   */
  forfaitPerPitchTwelfths: number;
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
  totals: { accommodations: number; submitted: number; overdue: number; corrected: number; declaredCents: number; computedOpenCents: number; personNights: number; taxablePersonNights: number };
}

/** GET /api/municipality/tax/statistics?year=…: overnight stays (person-nights) per month. */
export interface TaxStatistics {
  year: number;
  types: string[];
  months: Array<{
    month: string;
    personNights: number;
    byType: Record<string, number>;
    previousYearPersonNights: number;
    /** Beds × days of the month, over the accommodations of the municipality. */
    bedNights: number;
  }>;
}
