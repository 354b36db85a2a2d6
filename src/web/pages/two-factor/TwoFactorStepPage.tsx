// "Tweefactorcode": the sign-in step after the password, with "Probeer een andere manier" for
// every method the user has (app code, passkey, SMS, backup code). Each method's panel lives in
// step/; their forms stay here, so a code typed before switching is still there on the way back.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { sendSignInSms, verifyBackupCode, verifyPasskey, verifySms, verifyTotp, type FactorMethod } from '../../api/two-factor.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import type { UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { Checkbox } from './Checkbox.tsx';
import { backupCodeForm, placeCodeProblem, sixDigitCodeForm } from './code-fields.ts';
import { AppCodeMethod } from './step/AppCodeMethod.tsx';
import { BackupCodeMethod } from './step/BackupCodeMethod.tsx';
import { OtherWays } from './step/OtherWays.tsx';
import { PasskeyMethod } from './step/PasskeyMethod.tsx';
import { SmsMethod } from './step/SmsMethod.tsx';
import { useOfferedMethods } from './step/useOfferedMethods.ts';
import { usePanelFocus } from './step/usePanelFocus.ts';
import { useStepExits } from './step/useStepExits.ts';

function isCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}

export function TwoFactorStepPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('twoFactor.step.title'));
  const { expired, toSetUp, proceed } = useStepExits();
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const { methods, method, setMethod } = useOfferedMethods((error) => {
    if (isCode(error, 'NOT_AUTHENTICATED')) expired();
    else if (isCode(error, 'TWO_FACTOR_SETUP_REQUIRED')) void toSetUp();
    else setProblem({ error, otherFields: {} });
  });
  const [smsPhone, setSmsPhone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const smsForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });
  const totpForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });
  const backupForm = useForm({ resolver: zodResolver(backupCodeForm), defaultValues: { code: '' } });
  const { panelRef, focusNext } = usePanelFocus(method, smsPhone);

  /** Shows the failure (next to the code field when it is about the code), or starts over. */
  const fail = (error: unknown, place: (error: unknown) => UnplacedProblems | null = (e) => ({ error: e, otherFields: {} })) => {
    if (isCode(error, 'NOT_AUTHENTICATED')) return expired();
    setProblem(place(error));
  };

  /** Proves the second factor with `verify`, then goes on; `place` puts a wrong code at its field. */
  const attempt = async (used: FactorMethod, verify: () => Promise<unknown>, place?: (error: unknown) => UnplacedProblems | null) => {
    setProblem(null);
    try {
      await verify();
      await proceed(used);
    } catch (error) {
      fail(error, place);
    }
  };

  const sendSms = async () => {
    setProblem(null);
    setBusy(true);
    try {
      setSmsPhone((await sendSignInSms()).phone);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const signInWithPasskey = async () => {
    setBusy(true);
    try {
      await attempt('passkey', () => verifyPasskey(remember));
    } finally {
      setBusy(false);
    }
  };

  const choose = (next: FactorMethod) => {
    setMethod(next);
    setProblem(null);
    focusNext();
    // "Stuur een code per SMS" does what it says: the code is on its way at once.
    if (next === 'sms') void sendSms();
  };

  const rememberBox = <Checkbox label={t('twoFactor.step.remember')} checked={remember} onChange={setRemember} />;

  return (
    <>
      <PageHeading>{t('twoFactor.step.heading')}</PageHeading>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <div ref={panelRef}>
        {method === 'totp' && (
          <AppCodeMethod
            form={totpForm}
            onSubmit={({ code }) =>
              attempt(
                'totp',
                () => verifyTotp(code, remember),
                (e) => placeCodeProblem(e, totpForm.setError, 'app'),
              )
            }
            remember={rememberBox}
          />
        )}
        {method === 'passkey' && <PasskeyMethod busy={busy} onUse={() => void signInWithPasskey()} remember={rememberBox} />}
        {method === 'sms' && (
          <SmsMethod
            phone={smsPhone}
            busy={busy}
            onSend={() => void sendSms()}
            form={smsForm}
            onSubmit={({ code }) =>
              attempt(
                'sms',
                () => verifySms(code, remember),
                (e) => placeCodeProblem(e, smsForm.setError, 'sms'),
              )
            }
            remember={rememberBox}
          />
        )}
        {method === 'backup_code' && (
          <BackupCodeMethod
            form={backupForm}
            onSubmit={({ code }) =>
              attempt(
                'backup_code',
                () => verifyBackupCode(code),
                (e) => placeCodeProblem(e, backupForm.setError, 'backup'),
              )
            }
          />
        )}
      </div>
      {methods.length > 1 && <OtherWays methods={methods} current={method} onChoose={choose} />}
    </>
  );
}
