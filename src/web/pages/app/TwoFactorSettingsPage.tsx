// "Tweefactorauthenticatie (2FA)" in the user menu: the state, the methods (app, backup code,
// passkeys), remembered devices, turning 2FA off where allowed, and the owner's company policy.
// Changes that need a fresh second factor ask for it inline, then carry on.
import { useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { sixDigitCode } from '../../../shared/schemas/two-factor.ts';
import { ApiError } from '../../api/client.ts';
import {
  addPasskey,
  addPhone,
  confirmPhone,
  removePhone,
  forgetDevice,
  removePasskey,
  municipalityPolicy,
  setCompanyPolicy,
  setMunicipalityPolicy,
  signOutElsewhere,
  turnOffTwoFactor,
  twoFactorStatus,
  verifyPasskey,
  verifyTotp,
  type TwoFactorStatus,
} from '../../api/two-factor.ts';
import type { Session } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { BackupCodePanel } from '../two-factor/BackupCodePanel.tsx';
import { Checkbox } from '../two-factor/Checkbox.tsx';
import { SixDigitCodeForm } from '../two-factor/SixDigitCodeForm.tsx';

const codeSchema = z.object({ code: sixDigitCode });
const phoneSchema = z.object({ phone: z.string().trim().min(1, 'REQUIRED') });
const nameSchema = z.object({ name: z.string().trim().min(1, 'NAME_INVALID').max(60, 'NAME_INVALID') });

function StepUp({ status, onDone }: { status: TwoFactorStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const byCode = async ({ code }: { code: string }) => {
    try {
      await verifyTotp(code, false);
      onDone();
    } catch (failure) {
      setError(applyApiError(failure, form.setError, ['code'])?.error ?? null);
    }
  };
  const byPasskey = async () => {
    try {
      await verifyPasskey(false);
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <section className="nr-section" aria-labelledby="step-up-heading">
      <Heading level={2} id="step-up-heading">
        {t('twoFactor.settings.stepUpHeading')}
      </Heading>
      <Paragraph>{t('twoFactor.settings.stepUpIntro')}</Paragraph>
      <ErrorAlert error={error} />
      {status.totp && (
        <SixDigitCodeForm form={form} onSubmit={byCode} label={t('twoFactor.step.code')} submitLabel={t('twoFactor.settings.stepUpSubmit')} />
      )}
      {status.passkeys.length > 0 && <Button onClick={() => void byPasskey()}>{t('twoFactor.step.passkeyButton')}</Button>}
    </section>
  );
}

export function TwoFactorSettingsPage({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('twoFactor.settings.title'));
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<(() => Promise<void>) | null>(null);
  const [backupCode, setBackupCode] = useState<string | null>(null);
  const nameForm = useForm({ resolver: zodResolver(nameSchema), defaultValues: { name: '' } });
  const phoneForm = useForm({ resolver: zodResolver(phoneSchema), defaultValues: { phone: '' } });
  const smsCodeForm = useForm({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const [smsSentTo, setSmsSentTo] = useState<string | null>(null);

  const [municipalityRequired, setMunicipalityRequired] = useState<boolean | null>(null);
  const isMunicipality = session.user.role === 'municipality';
  const load = useCallback(async () => {
    await twoFactorStatus().then(setStatus, setError);
    if (isMunicipality) await municipalityPolicy().then((p) => setMunicipalityRequired(p.required), setError);
  }, [isMunicipality]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Runs a change; when it needs a fresh second factor, asks for one and then runs it again. */
  const change = async (action: () => Promise<void>, done?: string) => {
    setError(null);
    setNotice(null);
    try {
      await action();
      setPending(null);
      if (done) setNotice(done);
      await load();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'STEP_UP_REQUIRED') setPending(() => action);
      else setError(failure);
    }
  };

  if (backupCode) return <BackupCodePanel code={backupCode} onDone={() => setBackupCode(null)} />;
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);

  return (
    <>
      <PageHeading>{t('twoFactor.settings.heading')}</PageHeading>
      {notice && <Alert type="ok">{notice}</Alert>}
      <ErrorAlert error={error} />
      {status && pending && <StepUp status={status} onDone={() => void change(pending)} />}
      {status && (
        <>
          <Paragraph lead>{status.enabled ? t('twoFactor.settings.on') : t('twoFactor.settings.off')}</Paragraph>
          {status.reason && <Paragraph>{t(`twoFactor.settings.requiredBy.${status.reason}`)}</Paragraph>}
          {!status.enabled && (
            <Paragraph>
              <Link to="/app/tweefactor/instellen" className="utrecht-button utrecht-button--primary-action nr-button-link">
                {t('twoFactor.settings.enable')}
              </Link>
            </Paragraph>
          )}

          <Heading level={2}>{t('twoFactor.settings.app')}</Heading>
          <Paragraph>{status.totp ? t('twoFactor.settings.appOn') : t('twoFactor.settings.appOff')}</Paragraph>
          {status.totp && (
            <Paragraph>
              <Link to="/app/tweefactor/instellen">{t('twoFactor.settings.resetApp')}</Link>
            </Paragraph>
          )}
          <Heading level={2}>{t('twoFactor.settings.backupCode')}</Heading>
          <Paragraph>{status.backupCode ? t('twoFactor.settings.backupOn') : t('twoFactor.settings.backupOff')}</Paragraph>

          <Heading level={2}>{t('twoFactor.settings.passkeys')}</Heading>
          {status.passkeys.length === 0 && <Paragraph>{t('twoFactor.settings.noPasskeys')}</Paragraph>}
          <ul className="utrecht-unordered-list">
            {status.passkeys.map((p) => (
              <li key={p.id} className="utrecht-unordered-list__item">
                {p.name} ({t('twoFactor.settings.since', { date: date(p.createdAt) })}){' '}
                <Button onClick={() => void change(() => removePasskey(p.id))}>{t('twoFactor.settings.remove')}</Button>
              </li>
            ))}
          </ul>
          <Form
            form={nameForm}
            onSubmit={(values) =>
              change(async () => {
                const result = await addPasskey(values.name);
                nameForm.reset();
                if (result.backupCode) setBackupCode(result.backupCode);
              })
            }
          >
            <TextField name="name" label={t('twoFactor.setup.passkeyName')} width="md" />
            <div className="nr-form-actions">
              <Button type="submit">{t('twoFactor.setup.addPasskey')}</Button>
            </div>
          </Form>

          <Heading level={2}>{t('twoFactor.settings.smsHeading')}</Heading>
          {status.sms?.verified ? (
            <Paragraph>
              {t('twoFactor.settings.smsVerified', { phone: status.sms.phone })}{' '}
              <Button onClick={() => void change(removePhone)}>{t('twoFactor.settings.remove')}</Button>
            </Paragraph>
          ) : (
            <>
              <Paragraph>{t('twoFactor.settings.smsIntro')}</Paragraph>
              <Form
                form={phoneForm}
                onSubmit={(values) =>
                  change(async () => {
                    try {
                      setSmsSentTo((await addPhone(values.phone)).phone);
                    } catch (failure) {
                      applyApiError(failure, phoneForm.setError, ['phone']);
                      throw failure;
                    }
                  })
                }
              >
                <TextField name="phone" type="tel" label={t('twoFactor.settings.smsPhone')} autoComplete="tel" width="md" />
                <div className="nr-form-actions">
                  <Button type="submit">{t('twoFactor.settings.smsSend')}</Button>
                </div>
              </Form>
              {smsSentTo && (
                <>
                  <Paragraph>{t('twoFactor.step.smsSent', { phone: smsSentTo })}</Paragraph>
                  <SixDigitCodeForm
                    form={smsCodeForm}
                    label={t('twoFactor.step.smsCode')}
                    submitLabel={t('twoFactor.settings.smsConfirm')}
                    onSubmit={(values) =>
                      change(async () => {
                        try {
                          await confirmPhone(values.code);
                          setSmsSentTo(null);
                        } catch (failure) {
                          if (!(failure instanceof ApiError) || failure.code !== 'TWO_FACTOR_CODE_INVALID') throw failure;
                          smsCodeForm.setError('code', { type: 'server', message: failure.code });
                        }
                      })
                    }
                  />
                </>
              )}
            </>
          )}

          <Heading level={2}>{t('twoFactor.settings.devices')}</Heading>
          {status.trustedDevices.length === 0 && <Paragraph>{t('twoFactor.settings.noDevices')}</Paragraph>}
          <ul className="utrecht-unordered-list">
            {status.trustedDevices.map((d) => (
              <li key={d.id} className="utrecht-unordered-list__item">
                {d.userAgent ?? '—'} ({t('twoFactor.settings.since', { date: date(d.createdAt) })}){' '}
                <Button onClick={() => void change(() => forgetDevice(d.id))}>{t('twoFactor.settings.forget')}</Button>
              </li>
            ))}
          </ul>

          {status.enabled &&
            (status.required ? (
              <Paragraph>{t('twoFactor.settings.cannotTurnOff')}</Paragraph>
            ) : (
              <div className="nr-form-actions">
                <Button onClick={() => void change(turnOffTwoFactor, t('twoFactor.settings.turnedOff'))}>
                  {t('twoFactor.settings.turnOff')}
                </Button>
              </div>
            ))}

          <Heading level={2}>{t('twoFactor.backup.signOutOthers')}</Heading>
          <div className="nr-form-actions">
            <Button onClick={() => void change(signOutElsewhere, t('twoFactor.backup.signedOutOthers'))}>
              {t('twoFactor.backup.signOutOthers')}
            </Button>
          </div>

          {isMunicipality && municipalityRequired !== null && (
            <section className="nr-section">
              <Heading level={2}>{t('twoFactor.settings.municipalityHeading')}</Heading>
              <Paragraph>{t('twoFactor.settings.municipalityIntro')}</Paragraph>
              <Checkbox
                label={t('twoFactor.settings.municipalityCheckbox')}
                checked={municipalityRequired}
                onChange={(required) =>
                  void change(async () => void (await setMunicipalityPolicy(required)), t('twoFactor.settings.saved'))
                }
              />
            </section>
          )}

          {session.user.role === 'owner' && (
            <section className="nr-section">
              <Heading level={2}>{t('twoFactor.settings.companyHeading')}</Heading>
              {status.reason === 'municipality' ? (
                <Paragraph>{t('twoFactor.settings.companyByMunicipality')}</Paragraph>
              ) : (
                <Checkbox
                  label={t('twoFactor.settings.companyCheckbox')}
                  checked={status.reason === 'company'}
                  onChange={(required) => void change(async () => void (await setCompanyPolicy(required)), t('twoFactor.settings.saved'))}
                />
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}
