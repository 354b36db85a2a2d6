// "Tweefactorcode": the sign-in step after the password, with "Probeer een andere manier" for
// every method the user has (app code, passkey, SMS, backup code).
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import {
  challengeMethods,
  sendSignInSms,
  verifyBackupCode,
  verifyPasskey,
  verifySms,
  verifyTotp,
  type FactorMethod,
} from '../../api/two-factor.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { redirectTargetFrom, type LoginNotice } from '../sign-in/login-notice.ts';
import { Checkbox } from './Checkbox.tsx';
import { backupCodeForm, placeCodeProblem, sixDigitCodeForm } from './code-fields.ts';
import { SET_UP_PATH, SETTINGS_PATH } from './paths.ts';
import { SixDigitCodeForm } from './SixDigitCodeForm.tsx';
import type { SettingsNotice } from './settings-notice.ts';

const OFFERED: readonly FactorMethod[] = ['totp', 'passkey', 'sms', 'backup_code'];

function isCode(error: unknown, code: string): boolean {
  return error instanceof ApiError && error.code === code;
}

export function TwoFactorStepPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('twoFactor.step.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const { refresh } = useSession();
  const [methods, setMethods] = useState<FactorMethod[]>([]);
  const [method, setMethod] = useState<FactorMethod>('totp');
  const [remember, setRemember] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [smsPhone, setSmsPhone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const smsForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });
  const totpForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });
  const backupForm = useForm({ resolver: zodResolver(backupCodeForm), defaultValues: { code: '' } });
  /** The current method's controls; after a switch, focus moves to its first one. */
  const panelRef = useRef<HTMLDivElement>(null);
  const focusPanel = useRef(false);

  const expired = () => {
    const notice: LoginNotice = 'twoFactorExpired';
    navigate('/inloggen', { replace: true, state: { notice, from: redirectTargetFrom(location.state) } });
  };

  const toSetUp = async () => {
    await refresh();
    navigate(SET_UP_PATH, { replace: true });
  };

  useEffect(() => {
    challengeMethods().then(
      ({ methods: list }) => {
        const usable = list.filter((m) => OFFERED.includes(m));
        setMethods(usable);
        if (usable[0]) setMethod(usable[0]);
      },
      (error: unknown) => {
        if (isCode(error, 'NOT_AUTHENTICATED')) expired();
        else if (isCode(error, 'TWO_FACTOR_SETUP_REQUIRED')) void toSetUp();
        else setProblem({ error, otherFields: {} });
      },
    );
    // Only on arrival: the step lives for 5 minutes on the server.
  }, []);

  useEffect(() => {
    if (!focusPanel.current) return;
    // A disabled button (an SMS on its way) cannot take focus: wait for the field that follows.
    const target = panelRef.current?.querySelector<HTMLElement>('input:not([type="checkbox"]), button:not([disabled])');
    if (!target) return;
    focusPanel.current = false;
    target.focus();
  }, [method, smsPhone]);

  const proceed = async (used: FactorMethod) => {
    await refresh();
    if (used === 'backup_code') {
      // The new backup code is shown there, with what to do when the phone is really lost.
      const notice: SettingsNotice = 'backupCodeUsed';
      navigate(SETTINGS_PATH, { replace: true, state: { notice } });
      return;
    }
    navigate(redirectTargetFrom(location.state), { replace: true });
  };

  /** Shows the failure (next to the code field when it is about the code), or starts over. */
  const fail = (error: unknown, place: (error: unknown) => UnplacedProblems | null = (e) => ({ error: e, otherFields: {} })) => {
    if (isCode(error, 'NOT_AUTHENTICATED')) return expired();
    setProblem(place(error));
  };

  const submitTotp = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await verifyTotp(code, remember);
      await proceed('totp');
    } catch (error) {
      fail(error, (e) => placeCodeProblem(e, totpForm.setError, 'app'));
    }
  };

  const submitBackup = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await verifyBackupCode(code);
      await proceed('backup_code');
    } catch (error) {
      fail(error, (e) => placeCodeProblem(e, backupForm.setError, 'backup'));
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

  const submitSms = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await verifySms(code, remember);
      await proceed('sms');
    } catch (error) {
      fail(error, (e) => placeCodeProblem(e, smsForm.setError, 'sms'));
    }
  };

  const usePasskey = async () => {
    setProblem(null);
    setBusy(true);
    try {
      await verifyPasskey(remember);
      await proceed('passkey');
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const choose = (next: FactorMethod) => {
    setMethod(next);
    setChoosing(false);
    setProblem(null);
    focusPanel.current = true;
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
          <>
            <Paragraph>{t('twoFactor.step.intro')}</Paragraph>
            <SixDigitCodeForm form={totpForm} onSubmit={submitTotp} label={t('twoFactor.step.code')} submitLabel={t('twoFactor.step.submit')}>
              {rememberBox}
            </SixDigitCodeForm>
          </>
        )}
        {method === 'passkey' && (
          <>
            <Paragraph>{t('twoFactor.step.passkeyIntro')}</Paragraph>
            {rememberBox}
            <div className="nr-form-actions">
              <Button appearance="primary-action" onClick={() => void usePasskey()} busy={busy} disabled={busy}>
                {t('twoFactor.step.passkeyButton')}
              </Button>
            </div>
          </>
        )}
        {method === 'sms' &&
          (smsPhone ? (
            <SixDigitCodeForm
              form={smsForm}
              onSubmit={submitSms}
              label={t('twoFactor.step.smsCode')}
              description={t('twoFactor.step.smsSent', { phone: smsPhone })}
              submitLabel={t('twoFactor.step.submit')}
              secondary={
                <Button onClick={() => void sendSms()} busy={busy} disabled={busy}>
                  {t('twoFactor.step.smsAgain')}
                </Button>
              }
            >
              {rememberBox}
            </SixDigitCodeForm>
          ) : (
            <>
              <Paragraph>{busy ? t('twoFactor.step.smsSending') : t('twoFactor.step.smsIntro')}</Paragraph>
              <div className="nr-form-actions">
                <Button appearance="primary-action" onClick={() => void sendSms()} busy={busy} disabled={busy}>
                  {t('twoFactor.step.methods.sms')}
                </Button>
              </div>
            </>
          ))}
        {method === 'backup_code' && (
          <>
            <Paragraph>{t('twoFactor.step.backupIntro')}</Paragraph>
            <Form form={backupForm} onSubmit={submitBackup}>
              <TextField name="code" label={t('twoFactor.step.backupCode')} autoComplete="off" spellCheck={false} width="md" />
              <div className="nr-form-actions">
                <Button type="submit" appearance="primary-action" busy={backupForm.formState.isSubmitting} disabled={backupForm.formState.isSubmitting}>
                  {t('twoFactor.step.submit')}
                </Button>
              </div>
            </Form>
          </>
        )}
      </div>
      {methods.length > 1 && (
        <section className="nr-section" aria-labelledby="other-way-heading">
          <Heading level={2} id="other-way-heading" className="nr-visually-hidden">
            {t('twoFactor.step.otherWay')}
          </Heading>
          <Button onClick={() => setChoosing((v) => !v)} aria-expanded={choosing} aria-controls="other-ways">
            {t('twoFactor.step.otherWay')}
          </Button>
          <ul id="other-ways" className="nr-link-group nr-method-list" hidden={!choosing}>
            {methods
              .filter((m) => m !== method)
              .map((m) => (
                <li key={m}>
                  <Button onClick={() => choose(m)}>{t(`twoFactor.step.methods.${m}`)}</Button>
                </li>
              ))}
          </ul>
        </section>
      )}
    </>
  );
}
