// The submission form's schema: the owner types euro amounts in Dutch notation; they become the
// cents of the shared API schema, whose own rules (a reason
// with a correction, a reference with a deduction, the ranges) then apply with the API's codes.
import { z } from 'zod';
import { taxReturnSubmissionSchema, type TaxReturnSubmission } from '../../../shared/schemas/tourist-tax.ts';
import type { SubmittedTaxReturn } from '../../api/tax-returns.ts';
import { formatDecimalText, parseDecimalText } from '../../forms/decimal-text.ts';

/**
 * A euro amount, plus or minus, in cents: blank is 0 (an optional field left empty), null when
 * the text is not an amount.
 */
function euroCents(text: string): number | null {
  const parsed = parseDecimalText(text, 2, { money: true, signed: true });
  if (parsed.status === 'invalid') return null;
  return parsed.status === 'ok' ? parsed.value : 0;
}

/** Cents as the owner would type them: "12,50", "-3,00" (no euro sign, no thousands dots). */
function euroInput(cents: number): string {
  return formatDecimalText(cents, 2, { fixed: true });
}

/**
 * The typed texts become numbers and the shared schema judges the whole submission in one pass, so
 * every problem shows on the first "Indienen" (an amount that is no amount, a reason too long and a
 * missing reference together), not one round after another.
 */
export const taxReturnFormSchema = z
  .object({
    correctionCents: z.string(),
    correctionReason: z.string(),
    platformDeductionCents: z.string(),
    platformReference: z.string(),
  })
  .transform((values, ctx): TaxReturnSubmission => {
    const numbers = {
      correctionCents: euroCents(values.correctionCents),
      platformDeductionCents: euroCents(values.platformDeductionCents),
    };
    const invalid = new Set<string>();
    for (const [path, value] of Object.entries(numbers)) {
      if (value !== null) continue;
      invalid.add(path);
      ctx.addIssue({ code: 'custom', message: 'AMOUNT_INVALID', path: [path] });
    }
    // Not .pipe(): zod's types want the next schema's input to match exactly, and the shared one
    // has defaults (optional input). Re-raising its issues keeps their codes and field paths; an
    // amount already refused stands in as 1 so the rules that depend on it (a reason with a
    // correction, a reference with a deduction) still speak.
    const parsed = taxReturnSubmissionSchema.safeParse({
      ...values,
      correctionCents: numbers.correctionCents ?? 1,
      platformDeductionCents: numbers.platformDeductionCents ?? 1,
    });
    if (parsed.success && invalid.size === 0) return parsed.data;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (!invalid.has(String(issue.path[0]))) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
    }
    return z.NEVER;
  });

export type TaxReturnFormValues = z.input<typeof taxReturnFormSchema>;
export type TaxReturnFormOutput = TaxReturnSubmission;

/** Field names as the API names them, so its field errors land next to the right input. */
export const TAX_RETURN_FIELDS = ['correctionCents', 'correctionReason', 'platformDeductionCents', 'platformReference'] as const;

/**
 * A first return starts empty; a correction return starts from the latest return, because it
 * replaces that return's correction and deduction rather than adding to them.
 */
export function initialValues(latest: SubmittedTaxReturn | undefined): TaxReturnFormValues {
  if (!latest) return { correctionCents: '', correctionReason: '', platformDeductionCents: '', platformReference: '' };
  return {
    correctionCents: latest.correctionCents === 0 ? '' : euroInput(latest.correctionCents),
    correctionReason: latest.correctionReason ?? '',
    platformDeductionCents: latest.platformDeductionCents === 0 ? '' : euroInput(latest.platformDeductionCents),
    platformReference: latest.platformReference ?? '',
  };
}

/** The form's numbers as far as they can be read yet (null while a field is not a valid number). */
export function liveNumbers(values: { correctionCents?: string; platformDeductionCents?: string }) {
  return {
    correction: euroCents(values.correctionCents ?? ''),
    deduction: euroCents(values.platformDeductionCents ?? ''),
  };
}
