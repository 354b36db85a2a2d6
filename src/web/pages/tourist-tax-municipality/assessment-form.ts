// The form "Aanslag vastleggen": text as typed read into the API's input (the amount in euros as
// cents), then checked by the shared schema, so the form and the API refuse the same things with
// the same codes; the field names are the API's, so a server error lands at its input.
import { z } from 'zod';
import { taxAssessmentInputSchema } from '../../../shared/schemas/tourist-tax.ts';
import { parseDecimalText } from '../../forms/decimal-text.ts';

const money = z.string().transform((text, ctx) => {
  const parsed = parseDecimalText(text, 2, { money: true });
  if (parsed.status !== 'ok') {
    ctx.addIssue({ code: 'custom', message: 'AMOUNT_INVALID' });
    return z.NEVER;
  }
  return parsed.value;
});

export const assessmentFormSchema = z
  .object({
    accommodationId: z.string().min(1, 'ACCOMMODATION_INVALID'),
    period: z.string(),
    kind: z.string(),
    number: z.string(),
    amountCents: money,
    datedOn: z.string().trim(),
  })
  .transform((value, ctx) => {
    const result = taxAssessmentInputSchema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });

export type AssessmentFormValues = z.input<typeof assessmentFormSchema>;
export type AssessmentFormOutput = z.output<typeof assessmentFormSchema>;
export const ASSESSMENT_FIELD_NAMES = ['accommodationId', 'kind', 'number', 'amountCents', 'datedOn'] as const;

export const emptyAssessment = (period: string): AssessmentFormValues => ({ accommodationId: '', period, kind: '', number: '', amountCents: '', datedOn: '' });

/** The reduction request's form: the amount in euros, and the reason. */
export const reductionFormSchema = z.object({
  reductionCents: z.string().transform((text, ctx) => {
    const parsed = parseDecimalText(text, 2, { money: true });
    if (parsed.status !== 'ok' || parsed.value < 1) {
      ctx.addIssue({ code: 'custom', message: 'AMOUNT_INVALID' });
      return z.NEVER;
    }
    return parsed.value;
  }),
  reason: z.string().trim().min(1, 'REQUIRED').max(2000, 'TOO_LONG:2000'),
});
export type ReductionFormValues = z.input<typeof reductionFormSchema>;
export type ReductionFormOutput = z.output<typeof reductionFormSchema>;
