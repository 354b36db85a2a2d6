// "Tweefactorcode": the sign-in step after the password, with "Probeer een andere manier" for
// every method the user has (app code, passkey, backup code).
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { backupCode, sixDigitCode } from '../../../shared/schemas/two-factor.ts';
import { ApiError } from '../../api/client.ts';
import {
  challengeMethods,
  sendSignInSms,
  verifyBackupCode,
  verifyPasskey,
  verifySms,
  verifyTotp,
  type FactorMethod,
  type ProvenStatus,
} from '../../api/two-factor.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { redirectTargetFrom } from '../login-notice.ts';
import { Checkbox } from './Checkbox.tsx';
import { SixDigitCodeForm } from './SixDigitCodeForm.tsx';

const totpSchema = z.object({ code: sixDigitCode });
const backupSchema = z.object({ code: backupCode });
const OFFERED: readonly FactorMethod[] = ['totp', 'passkey', 'sms', 'backup_code'];

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
  const smsForm = useForm({ resolver: zodResolver(totpSchema), defaultValues: { code: '' } });
  const totpForm = useForm({ resolver: zodResolver(totpSchema), defaultValues: { code: '' } });
  const backupForm = useForm({ resolver: zodResolver(backupSchema), defaultValues: { code: '' } });

  const expired = () => navigate('/inloggen', { replace: true, state: { notice: 'sessionRequired' } });

  useEffect(() => {
    challengeMethods().then(
      ({ methods: list }) => {
        const usable = list.filter((m) => OFFERED.includes(m));
        setMethods(usable);
        if (usable[0]) setMethod(usable[0]);
      },
      () => expired(),
    );
    // Only on arrival: the step lives for 5 minutes on the server.
  }, []);

  const proceed = async (status: ProvenStatus) => {
    if (status === 'two-factor-setup-required') {
      navigate('/tweefactor-instellen', { replace: true });
      return;
    }
    await refresh();
    navigate(redirectTargetFrom(location.state), { replace: true });
  };

  /** Shows the failure (next to the code field when it is about the code), or starts over. */
  const fail = (error: unknown, place: (error: unknown) => UnplacedProblems | null = (e) => ({ error: e, otherFields: {} })) => {
    if (error instanceof ApiError && error.code === 'NOT_AUTHENTICATED') return expired();
    setProblem(place(error));
  };

  const submitTotp = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await proceed((await verifyTotp(code, remember)).status);
    } catch (error) {
      fail(error, (e) => applyApiError(e, totpForm.setError, ['code']));
    }
  };

  const submitBackup = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await proceed((await verifyBackupCode(code)).status);
    } catch (error) {
      fail(error, (e) => applyApiError(e, backupForm.setError, ['code']));
    }
  };

  const sendSms = async () => {
    setProblem(null);
    try {
      setSmsPhone((await sendSignInSms()).phone);
    } catch (error) {
      fail(error);
    }
  };

  const submitSms = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await proceed((await verifySms(code, remember)).status);
    } catch (error) {
      fail(error, (e) => applyApiError(e, smsForm.setError, ['code']));
    }
  };

  const usePasskey = async () => {
    setProblem(null);
    try {
      await proceed((await verifyPasskey(remember)).status);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <PageHeading>{t('twoFactor.step.heading')}</PageHeading>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      {method === 'totp' && (
        <>
          <Paragraph>{t('twoFactor.step.intro')}</Paragraph>
          <SixDigitCodeForm form={totpForm} onSubmit={submitTotp} label={t('twoFactor.step.code')} submitLabel={t('twoFactor.step.submit')}>
            <Checkbox label={t('twoFactor.step.remember')} checked={remember} onChange={setRemember} />
          </SixDigitCodeForm>
        </>
      )}
      {method === 'passkey' && (
        <>
          <Paragraph>{t('twoFactor.step.passkeyIntro')}</Paragraph>
          <Checkbox label={t('twoFactor.step.remember')} checked={remember} onChange={setRemember} />
          <div className="nr-form-actions">
            <Button appearance="primary-action" onClick={() => void usePasskey()}>
              {t('twoFactor.step.passkeyButton')}
            </Button>
          </div>
        </>
      )}
      {method === 'sms' && (
        <>
          {smsPhone && <Paragraph>{t('twoFactor.step.smsSent', { phone: smsPhone })}</Paragraph>}
          {smsPhone ? (
            <SixDigitCodeForm
              form={smsForm}
              onSubmit={submitSms}
              label={t('twoFactor.step.smsCode')}
              submitLabel={t('twoFactor.step.submit')}
              secondary={<Button onClick={() => void sendSms()}>{t('twoFactor.step.smsAgain')}</Button>}
            >
              <Checkbox label={t('twoFactor.step.remember')} checked={remember} onChange={setRemember} />
            </SixDigitCodeForm>
          ) : (
            <div className="nr-form-actions">
              <Button appearance="primary-action" onClick={() => void sendSms()}>
                {t('twoFactor.step.methods.sms')}
              </Button>
            </div>
          )}
        </>
      )}
      {method === 'backup_code' && (
        <>
          <Paragraph>{t('twoFactor.step.backupIntro')}</Paragraph>
          <Form form={backupForm} onSubmit={submitBackup}>
            <TextField name="code" label={t('twoFactor.step.backupCode')} autoComplete="off" spellCheck={false} width="md" />
            <div className="nr-form-actions">
              <Button type="submit" appearance="primary-action" busy={backupForm.formState.isSubmitting}>
                {t('twoFactor.step.submit')}
              </Button>
            </div>
          </Form>
        </>
      )}
      {methods.length > 1 && (
        <section className="nr-section">
          <Button onClick={() => setChoosing((v) => !v)} aria-expanded={choosing}>
            {t('twoFactor.step.otherWay')}
          </Button>
          {choosing && (
            <>
              <Heading level={2} className="nr-visually-hidden">
                {t('twoFactor.step.otherWay')}
              </Heading>
              <ul className="nr-link-group nr-method-list">
                {methods
                  .filter((m) => m !== method)
                  .map((m) => (
                    <li key={m}>
                      <Button
                        onClick={() => {
                          setMethod(m);
                          setChoosing(false);
                          setProblem(null);
                        }}
                      >
                        {t(`twoFactor.step.methods.${m}`)}
                      </Button>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
