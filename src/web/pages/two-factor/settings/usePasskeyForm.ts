// The form that adds a passkey on the 2FA settings page, with its name. Held by the page, so what
// was typed survives the backup code shown in the page's place.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { passkeyName } from '../../../../shared/schemas/two-factor.ts';
import { addPasskey } from '../../../api/two-factor.ts';
import { applyApiError } from '../../../forms/apply-api-error.ts';
import type { Change } from './useTwoFactorSettings.ts';

const nameSchema = z.object({ name: passkeyName });

/** `onBackupCode`: the first factor brings a backup code, shown with "Gereed". */
export function usePasskeyForm(change: Change, onBackupCode: (code: string) => void) {
  const form = useForm({ resolver: zodResolver(nameSchema), defaultValues: { name: '' } });

  const add = (values: { name: string }) =>
    change(async () => {
      try {
        const result = await addPasskey(values.name);
        form.reset();
        if (result.backupCode) onBackupCode(result.backupCode);
      } catch (failure) {
        applyApiError(failure, form.setError, ['name']);
        throw failure;
      }
    });

  return { form, add };
}
