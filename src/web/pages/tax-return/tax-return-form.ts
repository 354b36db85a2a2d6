// The submission form's schema: the owner types euro amounts in Dutch notation and a count of
// pitches; they become the cents and numbers of the shared API schema, whose own rules (a reason
// with a correction, a reference with a deduction, the ranges) then apply with the API's codes.
import { z } from 'zod';
import { taxReturnSubmissionSchema, type TaxReturnSubmission } from '../../../shared/schemas/tourist-tax.ts';
import type { SubmittedTaxReturn } from '../../api/tax-returns.ts';
import { centsToEuroInput, parseEuroCents } from './euro-amount.ts';

const euroText = z.string().transform((text, ctx) => {
  const cents = parseEuroCents(text);
  if (cents === null) {
    ctx.addIssue({ code: 'custom', message: 'AMOUNT_INVALID' });
    return z.NEVER;
  }
  return cents;
});

const pitchesText = z.string().transform((text, ctx) => {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  if (!/^\d{1,6}$/.test(trimmed)) {
    ctx.addIssue({ code: 'custom', message: 'PITCHES_INVALID' });
    return z.NEVER;
  }
  return Number(trimmed);
});

export const taxReturnFormSchema = z
  .object({
    correctionCents: euroText,
    correctionReason: z.string(),
    platformDeductionCents: euroText,
    platformReference: z.string(),
    seasonalPitches: pitchesText,
  })
  // Not .pipe(): zod's types want the next schema's input to match exactly, and the shared one
  // has defaults (optional input). Re-raising its issues keeps their codes and field paths.
  .transform((values, ctx): TaxReturnSubmission => {
    const parsed = taxReturnSubmissionSchema.safeParse(values);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });

export type TaxReturnFormValues = z.input<typeof taxReturnFormSchema>;
export type TaxReturnFormOutput = TaxReturnSubmission;

/** Field names as the API names them, so its field errors land next to the right input. */
export const TAX_RETURN_FIELDS = ['correctionCents', 'correctionReason', 'platformDeductionCents', 'platformReference', 'seasonalPitches'] as const;

/**
 * A first return starts empty; a correction return starts from the latest return, because it
 * replaces that return's correction and deduction rather than adding to them.
 */
export function initialValues(latest: SubmittedTaxReturn | undefined): TaxReturnFormValues {
  if (!latest) return { correctionCents: '', correctionReason: '', platformDeductionCents: '', platformReference: '', seasonalPitches: '' };
  return {
    correctionCents: latest.correctionCents === 0 ? '' : centsToEuroInput(latest.correctionCents),
    correctionReason: latest.correctionReason ?? '',
    platformDeductionCents: latest.platformDeductionCents === 0 ? '' : centsToEuroInput(latest.platformDeductionCents),
    platformReference: latest.platformReference ?? '',
    seasonalPitches: latest.seasonalPitches === 0 ? '' : String(latest.seasonalPitches),
  };
}

/** The form's numbers as far as they can be read yet (null while a field is not a valid number). */
export function liveNumbers(values: { correctionCents?: string; platformDeductionCents?: string; seasonalPitches?: string }) {
  const pitchesText = (values.seasonalPitches ?? '').trim();
  return {
    correction: parseEuroCents(values.correctionCents ?? ''),
    deduction: parseEuroCents(values.platformDeductionCents ?? ''),
    pitches: pitchesText === '' ? 0 : /^\d{1,6}$/.test(pitchesText) ? Number(pitchesText) : null,
  };
}
