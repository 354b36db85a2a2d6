// The guest's form: their stay, their own details, those travelling with them, a signature for
// guests of foreign nationality, the privacy statement, and "Inchecken". Problems appear next to
// the fields in the guest's language, and nothing typed (or drawn) is lost when one is found.
// What is typed survives a reload (a draft in this tab, keyed by the link; the signature is drawn
// again) and is gone after checking in (see drafts/ and docs/decisions/0008).
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { checkIn, type CheckInForm, type CheckInReceipt } from '../../api/check-in.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { FormSection } from '../../components/FormSection.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { CoTravellerFields } from '../../forms/stay/CoTravellerFields.tsx';
import { GuestFields } from '../../forms/stay/GuestFields.tsx';
import { needsSignature } from '../../forms/stay/stay-form-fields.ts';
import { CheckInStayFields } from './CheckInStayFields.tsx';
import { DraftNotice } from '../../drafts/DraftNotice.tsx';
import { useFormDraft } from '../../drafts/useFormDraft.ts';
import { checkInFormFields, checkInFormSchema, fieldNames, newCheckInValues, type CheckInFormValues } from './check-in-form.ts';
import { checkInCoTravellerTexts, checkInGuestTexts } from './guest-texts.ts';
import { Honeypot } from './Honeypot.tsx';
import { PrivacyStatement } from './PrivacyStatement.tsx';
import { SignaturePad } from './SignaturePad.tsx';

/** A check-in takes minutes; a half-filled form left on a shared tablet at the reception must not wait for the next guest long. */
const DRAFT_MAX_AGE_MS = 30 * 60_000;

function parseCheckInDraft(values: unknown): CheckInFormValues | null {
  const parsed = checkInFormFields.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** Neither the signature (drawn again after a reload) nor the honeypot is kept. */
function withoutSignature(values: CheckInFormValues): CheckInFormValues {
  return { ...values, signature: '', website: '' };
}

interface GuestCheckInFormProps {
  token: string;
  form: CheckInForm;
  onCheckedIn: (receipt: CheckInReceipt) => void;
}

export function GuestCheckInForm({ token, form: facts, onCheckedIn }: GuestCheckInFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const rules = useMemo(
    () => ({
      recordDocumentNumber: facts.recordDocumentNumber,
      askDateOfBirth: facts.askDateOfBirth,
      askNationality: facts.askNationality,
      apvCitation: facts.apvCitation,
    }),
    [facts],
  );
  const schema = useMemo(() => checkInFormSchema(rules), [rules]);
  const empty = useMemo(() => newCheckInValues(facts.childExemptionAge), [facts.childExemptionAge]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: empty });
  const draft = useFormDraft(
    form,
    { storage: 'session', key: `check-in:${token}`, maxAgeMs: DRAFT_MAX_AGE_MS },
    { empty, parse: parseCheckInDraft, keep: withoutSignature },
  );
  const nationality = useWatch({ control: form.control, name: 'guest.nationality' });

  const onSubmit = async (values: z.output<typeof schema>) => {
    setProblem(null);
    try {
      const receipt = await checkIn(token, values);
      draft.forget();
      onCheckedIn(receipt);
    } catch (error) {
      setProblem(applyApiError(error, form.setError, fieldNames(form.getValues('coTravellers').length)));
    }
  };

  return (
    <>
      <DraftNotice draft={draft} />
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit} label={t('checkIn.guest.title')}>
        <Paragraph className="nr-required-note">{t('checkIn.guest.requiredNote')}</Paragraph>
        <CheckInStayFields />
        <GuestFields texts={checkInGuestTexts(t)} rules={rules} ownDetails />
        <CoTravellerFields texts={checkInCoTravellerTexts(t)} rules={rules} />
        {needsSignature(nationality) && (
          <FormSection title={t('checkIn.guest.signature.heading')} intro={t('checkIn.guest.signature.intro')}>
            <SignaturePad />
            <Paragraph className="nr-hint">{t('checkIn.guest.signature.help')}</Paragraph>
          </FormSection>
        )}
        <Honeypot />
        <PrivacyStatement form={facts} />
        <div className="nr-form-actions">
          <Button type="submit" appearance="primary-action" busy={form.formState.isSubmitting} disabled={form.formState.isSubmitting}>
            {t('checkIn.guest.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
