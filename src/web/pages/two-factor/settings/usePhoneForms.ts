// The phone number and SMS code forms on the 2FA settings page, and where the code went. Held by
// the page, so a code on its way survives the backup code shown in the page's place.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { addPhone, confirmPhone } from '../../../api/two-factor.ts';
import { applyApiError } from '../../../forms/apply-api-error.ts';
import { placeCodeProblem, sixDigitCodeForm } from '../code-fields.ts';
import { phoneSchema } from '../PhoneForms.tsx';
import type { Change } from './useTwoFactorSettings.ts';

export const SMS_CODE_FIELD_ID = 'field-sms-code';

/** `onBackupCode`: the first factor brings a backup code, shown with "Gereed". */
export function usePhoneForms(change: Change, onBackupCode: (code: string) => void) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const phoneForm = useForm({ resolver: zodResolver(phoneSchema), defaultValues: { phone: '' } });
  const codeForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });

  useEffect(() => {
    // After "Code versturen" the user types the code from the SMS next.
    if (sentTo) document.getElementById(SMS_CODE_FIELD_ID)?.focus();
  }, [sentTo]);

  const send = (values: { phone: string }) =>
    change(async () => {
      try {
        setSentTo((await addPhone(values.phone)).phone);
      } catch (failure) {
        applyApiError(failure, phoneForm.setError, ['phone']);
        throw failure;
      }
    });

  const confirm = (values: { code: string }) =>
    change(async () => {
      try {
        const result = await confirmPhone(values.code);
        if (result.backupCode) onBackupCode(result.backupCode);
        setSentTo(null);
        phoneForm.reset();
        codeForm.reset();
      } catch (failure) {
        const rest = placeCodeProblem(failure, codeForm.setError, 'sms');
        if (rest) throw failure;
      }
    });

  return { phoneForm, codeForm, sentTo, send, confirm };
}

export type PhoneFormsState = ReturnType<typeof usePhoneForms>;
