// Setting up 2FA (DNR manual "Tweefactorauthenticatie" and "Handmatige code invoeren"; Visma
// "2FA verificatie inschakelen"): the QR code, the key to type in by hand, the code from the app;
// or a passkey instead. Ends with the backup code. After a reset it begins with the code mailed
// to the account (EmailCodeStep). Between the app's code and the backup code comes the optional
// SMS step (SmsBackupStep). The step is in the address (?stap=sms, ?stap=backupcode) and the backup
// code waits on the server until "Gereed", so a reload shows the same step and the same code.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passkeyName } from '../../../shared/schemas/two-factor.ts';
import { addPasskey, confirmTotpSetup, startTotpSetup, twoFactorStatus, type TwoFactorStatus } from '../../api/two-factor.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { ExternalLink } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError, type UnplacedProblems } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { BackupCodeActions } from './BackupCodeActions.tsx';
import { BackupCodePanel } from './BackupCodePanel.tsx';
import { EmailCodeStep } from './EmailCodeStep.tsx';
import { placeCodeProblem, sixDigitCodeForm } from './code-fields.ts';
import { CopyButton } from './CopyButton.tsx';
import { SixDigitCodeForm } from './SixDigitCodeForm.tsx';
import { SmsBackupStep } from './SmsBackupStep.tsx';

/** Where each app is downloaded: the maker's page, which links to both app stores. */
const APP_LINKS = [
  ['google', 'https://support.google.com/accounts/answer/1066447'],
  ['microsoft', 'https://www.microsoft.com/nl-nl/security/mobile-authenticator-app'],
  ['authy', 'https://www.authy.com/download/'],
] as const;

const passkeySchema = z.object({ name: passkeyName });

/** The steps after the first factor, as named in the address. */
const STEP_PARAM = 'stap';
type LaterStep = 'sms' | 'backupcode';

/** The key in groups of 4, easier to read and type over; copied without the spaces. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function SetUpTwoFactor({ forced, onFinished }: { forced: boolean; onFinished: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('twoFactor.setup.title'));
  const [setup, setSetup] = useState<{ secret: string; qrCode: string } | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [backupCode, setBackupCode] = useState<string | null>(null);
  /** On, but the backup code waits for "Gereed" and this session may not see it (step-up first). */
  const [unconfirmed, setUnconfirmed] = useState(false);
  const [problem, setProblem] = useState<UnplacedProblems | null>(null);
  const [passkeyProblem, setPasskeyProblem] = useState<UnplacedProblems | null>(null);
  const form = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });
  const passkeyForm = useForm({ resolver: zodResolver(passkeySchema), defaultValues: { name: '' } });

  const [emailCodeRequired, setEmailCodeRequired] = useState<boolean | null>(null);
  const start = () => startTotpSetup().then(setSetup, setLoadError);
  // The step is held here as well as in the address: the router applies an address change after
  // this component's own state, and for one render the backup code would show before the SMS step.
  const [step, setStep] = useState<LaterStep>(searchParams.get(STEP_PARAM) === 'sms' ? 'sms' : 'backupcode');
  const goTo = (next: LaterStep) => {
    setStep(next);
    setSearchParams({ [STEP_PARAM]: next }, { replace: true });
  };

  const load = () =>
    twoFactorStatus().then((loaded) => {
      setStatus(loaded);
      // A reload after the app's code: the same step with the same backup code, rather than a
      // new QR code (a new secret would silently replace the app just set up).
      if (loaded.newBackupCode) {
        setBackupCode(loaded.newBackupCode);
        setUnconfirmed(false);
        return;
      }
      if (loaded.enabled && loaded.backupCodeState === 'unconfirmed') {
        setUnconfirmed(true);
        return;
      }
      setEmailCodeRequired(loaded.emailCodeRequired);
      if (!loaded.emailCodeRequired) void start();
    }, setLoadError);

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once on arrival; load is a new function every render
  useEffect(() => {
    void load();
  }, []);

  /** A first factor is in place: the SMS step (unless a phone is confirmed already), then the code. */
  const afterFactor = async (code: string) => {
    const loaded = await twoFactorStatus();
    setStatus(loaded);
    setBackupCode(code);
    goTo(loaded.sms?.verified ? 'backupcode' : 'sms');
  };

  if (backupCode && status && step === 'sms' && !status.sms?.verified) {
    return <SmsBackupStep status={status} onDone={() => goTo('backupcode')} />;
  }
  if (backupCode) return <BackupCodePanel code={backupCode} onDone={onFinished} />;
  if (unconfirmed && status) {
    return (
      <>
        <PageHeading>{t('twoFactor.setup.heading')}</PageHeading>
        <Paragraph lead>{t('twoFactor.setup.alreadyOn')}</Paragraph>
        <Paragraph>{t('twoFactor.setup.alreadyOnUnconfirmed')}</Paragraph>
        <BackupCodeActions
          status={status}
          onIssued={(code) => {
            setBackupCode(code);
            goTo('backupcode');
          }}
          onReload={load}
        />
      </>
    );
  }
  if (emailCodeRequired) {
    const proven = () => {
      setEmailCodeRequired(false);
      void start();
    };
    return <EmailCodeStep onProven={proven} />;
  }

  const confirm = async ({ code }: { code: string }) => {
    setProblem(null);
    try {
      await afterFactor((await confirmTotpSetup(code)).backupCode);
    } catch (error) {
      setProblem(placeCodeProblem(error, form.setError, 'setup'));
    }
  };

  const registerPasskey = async ({ name }: { name: string }) => {
    setPasskeyProblem(null);
    try {
      const result = await addPasskey(name);
      if (result.backupCode) await afterFactor(result.backupCode);
      else onFinished();
    } catch (error) {
      setPasskeyProblem(applyApiError(error, passkeyForm.setError, ['name']));
    }
  };

  return (
    <>
      <PageHeading>{t('twoFactor.setup.heading')}</PageHeading>
      <Paragraph lead={forced}>{forced ? t('twoFactor.setup.forcedIntro') : t('twoFactor.setup.intro')}</Paragraph>
      <ErrorAlert error={loadError} />
      <Paragraph>{t('twoFactor.setup.step1')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {APP_LINKS.map(([key, href]) => (
          <li key={key} className="utrecht-unordered-list__item">
            <ExternalLink href={href} rel="noopener noreferrer" target="_blank">
              {t(`twoFactor.setup.apps.${key}`)}
              <span className="nr-visually-hidden"> {t('twoFactor.setup.newWindow')}</span>
            </ExternalLink>
          </li>
        ))}
      </ul>
      <Paragraph>{t('twoFactor.setup.step2')}</Paragraph>
      {setup && (
        <>
          <img className="nr-qr" src={setup.qrCode} alt={t('twoFactor.setup.qrAlt')} width={240} height={240} />
          <Paragraph className="nr-hint">{t('twoFactor.setup.qrStays')}</Paragraph>
          <Heading level={2}>{t('twoFactor.setup.manualHeading')}</Heading>
          <Paragraph>{t('twoFactor.setup.manualIntro')}</Paragraph>
          <div className="nr-secret-row">
            <p className="nr-secret" data-testid="totp-secret">
              {grouped(setup.secret)}
            </p>
            <CopyButton value={setup.secret} />
          </div>
        </>
      )}
      <Paragraph>{t('twoFactor.setup.step3')}</Paragraph>
      {problem && <ErrorAlert error={problem.error} otherFields={problem.otherFields} />}
      <SixDigitCodeForm form={form} onSubmit={confirm} label={t('twoFactor.setup.code')} submitLabel={t('twoFactor.setup.next')} />
      <section className="nr-section" aria-labelledby="passkey-instead">
        <Heading level={2} id="passkey-instead">
          {t('twoFactor.setup.passkeyHeading')}
        </Heading>
        <Paragraph>{t('twoFactor.setup.passkeyIntro')}</Paragraph>
        {passkeyProblem && <ErrorAlert error={passkeyProblem.error} otherFields={passkeyProblem.otherFields} />}
        <Form form={passkeyForm} onSubmit={registerPasskey}>
          <TextField name="name" label={t('twoFactor.setup.passkeyName')} width="md" />
          <div className="nr-form-actions">
            <Button type="submit" busy={passkeyForm.formState.isSubmitting} disabled={passkeyForm.formState.isSubmitting}>
              {t('twoFactor.setup.addPasskey')}
            </Button>
          </div>
        </Form>
      </section>
    </>
  );
}
