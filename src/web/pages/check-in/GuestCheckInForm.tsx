// The guest's form: their stay, their own details, those travelling with them, a signature for
// guests of foreign nationality, the privacy statement, and "Inchecken". Problems appear next to
// the fields in the guest's language, and nothing typed (or drawn) is lost when one is found.
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
import { checkInFormSchema, fieldNames, newCheckInValues } from './check-in-form.ts';
import { checkInCoTravellerTexts, checkInGuestTexts } from './guest-texts.ts';
import { Honeypot } from './Honeypot.tsx';
import { PrivacyStatement } from './PrivacyStatement.tsx';
import { SignaturePad } from './SignaturePad.tsx';

interface GuestCheckInFormProps {
  token: string;
  form: CheckInForm;
  onCheckedIn: (receipt: CheckInReceipt) => void;
}

export function GuestCheckInForm({ token, form: facts, onCheckedIn }: GuestCheckInFormProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const schema = useMemo(() => checkInFormSchema(facts.recordDocumentNumber), [facts.recordDocumentNumber]);
  const form = useForm({ resolver: zodResolver(schema), defaultValues: newCheckInValues() });
  const nationality = useWatch({ control: form.control, name: 'guest.nationality' });

  const onSubmit = async (values: z.output<typeof schema>) => {
    setProblem(null);
    try {
      onCheckedIn(await checkIn(token, values));
    } catch (error) {
      setProblem(applyApiError(error, form.setError, fieldNames(form.getValues('coTravellers').length)));
    }
  };

  return (
    <>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <Form form={form} onSubmit={onSubmit} label={t('checkIn.guest.title')}>
        <Paragraph className="nr-required-note">{t('checkIn.guest.requiredNote')}</Paragraph>
        <CheckInStayFields />
        <GuestFields texts={checkInGuestTexts(t)} recordDocumentNumber={facts.recordDocumentNumber} ownDetails />
        <CoTravellerFields texts={checkInCoTravellerTexts(t)} />
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
