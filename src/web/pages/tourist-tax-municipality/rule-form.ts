// The forms of "Tarieven": text as typed ("3,95", "12,5", '' for not filled in) read into the
// API's integers (cents, basis points, whole numbers), then checked by the shared schemas, so
// the form and the API refuse the same things with the same codes. The form's field names are
// the API's, so a field error from the server lands next to the right input.
import { z } from 'zod';
import { ACCOMMODATION_TYPES, type AccommodationType } from '../../../shared/accommodation-types.ts';
import { day } from '../../../shared/schemas/register.ts';
import {
  RULE_EXEMPTIONS,
  TAX_PERIOD_KINDS,
  taxRuleInputSchema,
  taxSettingsSchema,
  type TaxPeriodKind,
  type TaxSettings,
} from '../../../shared/schemas/tourist-tax.ts';
import { formatDecimalText, parseDecimalText, type DecimalTextOptions } from '../../forms/decimal-text.ts';

/** A number in a text box: null when left empty, refused with `code` when not a number. */
function decimalText(fractionDigits: number, code: string, options?: DecimalTextOptions) {
  return z.string().transform((text, ctx) => {
    const parsed = parseDecimalText(text, fractionDigits, options);
    if (parsed.status === 'invalid') {
      ctx.addIssue({ code: 'custom', message: code });
      return z.NEVER;
    }
    return parsed.status === 'ok' ? parsed.value : null;
  });
}

/** A number that must be filled in. */
function requiredDecimalText(fractionDigits: number, code: string) {
  return decimalText(fractionDigits, code).transform((value, ctx) => {
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: code });
      return z.NEVER;
    }
    return value;
  });
}

/**
 * Runs the form's typed values through the API's schema, keeping its codes and field paths.
 * (A transform rather than zod's pipe, whose types want the API schema's wider input — undefined
 * for an optional field — to equal what the form produces.)
 */
function checkedBy<T extends z.ZodType>(schema: T) {
  return (value: unknown, ctx: z.RefinementCtx): z.output<T> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  };
}

function isAccommodationType(value: string): value is AccommodationType {
  return (ACCOMMODATION_TYPES as readonly string[]).includes(value);
}

/** The select's '' is "Alle soorten". */
const typeChoice = z.string().transform((value, ctx): AccommodationType | null => {
  if (value === '') return null;
  if (isAccommodationType(value)) return value;
  ctx.addIssue({ code: 'custom', message: 'ACCOMMODATION_TYPE_INVALID' });
  return z.NEVER;
});

/** A day of the season as typed, "01-04" (dd-mm), into the API's "04-01" (MM-DD). */
const seasonDay = z.string().transform((text, ctx) => {
  const match = /^\s*(\d{1,2})[-/ ](\d{1,2})\s*$/.exec(text);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: 'SEASON_INVALID' });
    return z.NEVER;
  }
  return `${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
});

export const ruleFormSchema = z
  .object({
    accommodationType: typeChoice,
    /** '' is "Alle"; the shared schema checks 1–5. */
    starRating: decimalText(0, 'STARS_INVALID'),
    /** Checked here too (not only by the API schema below), so its error shows with the others'. */
    validFrom: day,
    perPersonNightCents: decimalText(2, 'AMOUNT_INVALID', { money: true }),
    percentageBasisPoints: decimalText(2, 'PERCENTAGE_INVALID'),
    nightCap: decimalText(0, 'NIGHT_CAP_INVALID'),
    forfaitYearCents: decimalText(2, 'AMOUNT_INVALID', { money: true }),
    forfaitSeasonCents: decimalText(2, 'AMOUNT_INVALID', { money: true }),
    seasonStart: seasonDay,
    seasonEnd: seasonDay,
    forfaitPerBed: z.boolean(),
    forfaitActualNightsAllowed: z.boolean(),
    exemptUnderAge: decimalText(0, 'AGE_INVALID'),
    /** The by-law's exemptions as boxes; the children's follows from the age (decision 0014). */
    exemptions: z.object({ international_worker: z.boolean(), care_stay: z.boolean(), coa: z.boolean(), youth_group: z.boolean(), forensen: z.boolean() }),
    /** The form offers a rate of their own for international workers only; the API takes every purpose. */
    purposeRates: z.object({ international_worker: decimalText(2, 'AMOUNT_INVALID', { money: true }) }),
    sourceCitation: z.string(),
    sourceUrl: z.string(),
  })
  .transform(({ exemptions: boxes, purposeRates: rates, ...values }, ctx) => {
    const exemptions = RULE_EXEMPTIONS.filter((reason) => (reason === 'under_age' ? values.exemptUnderAge !== null : boxes[reason]));
    const purposeRates = rates.international_worker === null ? {} : { international_worker: rates.international_worker };

    // Required here, unlike the API: no new rate from the form without its by-law (decision
    // 0010). Checked beside the API schema's checks, so every problem shows on the first try.
    if (values.sourceCitation.trim() === '') ctx.addIssue({ code: 'custom', message: 'TAX_RULE_SOURCE_REQUIRED', path: ['sourceCitation'] });
    return checkedBy(taxRuleInputSchema)({ ...values, exemptions, purposeRates }, ctx);
  });

export type RuleFormValues = z.input<typeof ruleFormSchema>;
export type RuleFormOutput = z.output<typeof ruleFormSchema>;

/** The boxes of the form's exemptions, in the by-laws' usual order. */
export const FORM_EXEMPTIONS = ['international_worker', 'care_stay', 'coa', 'youth_group', 'forensen'] as const;

export const RULE_FIELD_NAMES = [
  'accommodationType',
  'starRating',
  'validFrom',
  'perPersonNightCents',
  'percentageBasisPoints',
  'nightCap',
  'forfaitYearCents',
  'forfaitSeasonCents',
  'seasonStart',
  'seasonEnd',
  'forfaitPerBed',
  'forfaitActualNightsAllowed',
  'exemptUnderAge',
  'exemptions',
  'purposeRates.international_worker',
  'sourceCitation',
  'sourceUrl',
] as const;

/** Residents are exempt by law (Gemeentewet art. 224) and have no box. */
export const EMPTY_RULE: RuleFormValues = {
  accommodationType: '',
  starRating: '',
  validFrom: '',
  perPersonNightCents: '',
  percentageBasisPoints: '',
  nightCap: '',
  forfaitYearCents: '',
  forfaitSeasonCents: '',
  // The season of Epe's and Oldebroek's by-laws, 1 April to 31 October (decision 0013).
  seasonStart: '01-04',
  seasonEnd: '31-10',
  forfaitPerBed: false,
  forfaitActualNightsAllowed: false,
  exemptUnderAge: '',
  exemptions: { international_worker: false, care_stay: false, coa: false, youth_group: false, forensen: false },
  purposeRates: { international_worker: '' },
  sourceCitation: '',
  sourceUrl: '',
};

function isPeriodKind(value: string): value is TaxPeriodKind {
  return (TAX_PERIOD_KINDS as readonly string[]).includes(value);
}

const periodChoice = z.string().transform((value, ctx): TaxPeriodKind => {
  if (isPeriodKind(value)) return value;
  ctx.addIssue({ code: 'custom', message: 'PERIOD_INVALID' });
  return z.NEVER;
});

export const settingsFormSchema = z
  .object({
    period: periodChoice,
    deadlineDays: requiredDecimalText(0, 'DEADLINE_INVALID'),
  })
  .transform(checkedBy(taxSettingsSchema));

export type SettingsFormValues = z.input<typeof settingsFormSchema>;

export const SETTINGS_FIELD_NAMES = ['period', 'deadlineDays'] as const;

export function settingsFormValues(settings: TaxSettings): SettingsFormValues {
  return { period: settings.period, deadlineDays: formatDecimalText(settings.deadlineDays, 0) };
}
