// The guest's check-in form: the shared stay inputs plus the signature and the honeypot, how they
// become what the API takes, and its validation — the shared selfCheckInSchema itself, so the
// phone and the server give the same verdict with the same codes, in the guest's language.
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import { dutchToday } from '../../../shared/register/dates.ts';
import { selfCheckInSchema, type SelfCheckInInput } from '../../../shared/schemas/register.ts';
import {
  askedFieldsRule,
  needsSignature,
  newSharedStayValues,
  sharedStayFieldNames,
  sharedStayFormFields,
  sharedStayInput,
  type FormRules,
} from '../../forms/stay/stay-form-fields.ts';

export const checkInFormFields = sharedStayFormFields.extend({
  /** The signature drawn on screen as a PNG data URL; '' while unsigned. */
  signature: z.string(),
  /** The honeypot: a field people never see. */
  website: z.string(),
});

const formFields = checkInFormFields;

export type CheckInFormValues = z.input<typeof formFields>;

function toSubmission(values: CheckInFormValues, rules: FormRules) {
  return {
    ...sharedStayInput(values, rules),
    signature: needsSignature(values.guest.nationality) ? values.signature : null,
    website: values.website,
  };
}

/**
 * The form's schema: its text turned into the API's shape, then judged by the shared schema, whose
 * problems land on the same paths (field names) as the server's would.
 */
export function checkInFormSchema(rules: FormRules) {
  const shared = selfCheckInSchema.superRefine(askedFieldsRule(rules));
  return formFields.transform((values, ctx): SelfCheckInInput => {
    const result = shared.safeParse(toSubmission(values, rules));
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

/** A new check-in starts on today's arrival (in the Netherlands) for one tourist. */
export function newCheckInValues(childAge: number | null, now = new Date()): CheckInFormValues {
  return { ...newSharedStayValues(dutchToday(now)), childAge: childAge === null ? '' : String(childAge), signature: '', website: '' };
}

/** Every input of the form with this many co-travellers, so the server's field errors find them. */
export function fieldNames(coTravellers: number): Path<CheckInFormValues>[] {
  return [...sharedStayFieldNames(coTravellers), 'signature'];
}
