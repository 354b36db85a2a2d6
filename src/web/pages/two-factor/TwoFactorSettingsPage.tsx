// "Tweefactorauthenticatie (2FA)" in the user menu: the state and why it is mandatory, the
// methods (app, backup code, passkeys, SMS), remembered devices, signing out elsewhere, turning
// 2FA off where allowed, and the policy an owner (company) or municipality sets. Changes that
// need a fresh second factor ask for it inline ("Bevestig dat u het bent"), then carry on.
import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passkeyName } from '../../../shared/schemas/two-factor.ts';
import { ApiError } from '../../api/client.ts';
import { formatDate } from '../../i18n/format-date.ts';
import {
  addPasskey,
  addPhone,
  confirmPhone,
  forgetDevice,
  municipalityPolicy,
  removePasskey,
  removePhone,
  setCompanyPolicy,
  setMunicipalityPolicy,
  signOutElsewhere,
  turnOffTwoFactor,
  twoFactorStatus,
  type TwoFactorStatus,
} from '../../api/two-factor.ts';
import type { Session } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { Heading, PageHeading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextField } from '../../components/TextField.tsx';
import { applyApiError } from '../../forms/apply-api-error.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { BackupCodeActions } from './BackupCodeActions.tsx';
import { BackupCodePanel } from './BackupCodePanel.tsx';
import { Checkbox } from './Checkbox.tsx';
import { placeCodeProblem, sixDigitCodeForm } from './code-fields.ts';
import { describeUserAgent } from './device-name.ts';
import { SET_UP_PATH } from './paths.ts';
import { settingsNoticeFrom } from './settings-notice.ts';
import { PhoneForms, phoneSchema } from './PhoneForms.tsx';
import { StepUp } from './StepUp.tsx';

/** "Bewaard" only once the user confirmed with "Gereed" that the code is stored. */
const BACKUP_STATE_TEXT = {
  stored: 'twoFactor.settings.backupOn',
  unconfirmed: 'twoFactor.settings.backupUnconfirmed',
  none: 'twoFactor.settings.backupOff',
} as const;

const nameSchema = z.object({ name: passkeyName });

/** A change waiting for the step-up, with the notice to show once it is done. */
interface PendingChange {
  action: () => Promise<void>;
  done?: string;
}

/** A section of the page with its h2, named by it for assistive technology. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="nr-section" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function TwoFactorSettingsPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { confirm, dialog } = useConfirm();
  useDocumentTitle(t('twoFactor.settings.title'));
  const location = useLocation();
  const [backupCodeNotice, setBackupCodeNotice] = useState(() => settingsNoticeFrom(location.state) === 'backupCodeUsed');
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [backupCode, setBackupCode] = useState<string | null>(null);
  const [smsSentTo, setSmsSentTo] = useState<string | null>(null);
  const [municipalityRequired, setMunicipalityRequired] = useState<boolean | null>(null);
  const nameForm = useForm({ resolver: zodResolver(nameSchema), defaultValues: { name: '' } });
  const phoneForm = useForm({ resolver: zodResolver(phoneSchema), defaultValues: { phone: '' } });
  const smsCodeForm = useForm({ resolver: zodResolver(sixDigitCodeForm), defaultValues: { code: '' } });

  const isMunicipality = session.user.role === 'municipality';
  const load = useCallback(async () => {
    await twoFactorStatus().then(setStatus, setError);
    if (isMunicipality) await municipalityPolicy().then((p) => setMunicipalityRequired(p.required), setError);
  }, [isMunicipality]);
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    // After "Code versturen" the user types the code from the SMS next.
    if (smsSentTo) document.getElementById('field-sms-code')?.focus();
  }, [smsSentTo]);

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
      if (failure instanceof ApiError && failure.code === 'STEP_UP_REQUIRED') setPending({ action, done });
      else setError(failure);
    }
  };

  const shownCode = backupCode ?? status?.newBackupCode;
  if (shownCode) {
    const done = () => {
      setBackupCode(null);
      void load();
    };
    return <BackupCodePanel code={shownCode} onDone={done} replaced={backupCodeNotice} />;
  }

  const named = (action: string, name: string) => t('twoFactor.settings.namedAction', { action, name });
  const turnOff = async () => {
    // Everything goes at once (app, passkeys, phone, backup code): a deliberate choice, asked twice.
    const confirmed = await confirm({
      title: t('twoFactor.settings.turnOffHeading'),
      text: t('twoFactor.settings.turnOffConfirm'),
      confirmLabel: t('twoFactor.settings.turnOff'),
    });
    if (!confirmed) return;
    return change(async () => {
      await turnOffTwoFactor();
      setBackupCodeNotice(false);
    }, t('twoFactor.settings.turnedOff'));
  };

  const sendPhoneCode = (values: { phone: string }) =>
    change(async () => {
      try {
        setSmsSentTo((await addPhone(values.phone)).phone);
      } catch (failure) {
        applyApiError(failure, phoneForm.setError, ['phone']);
        throw failure;
      }
    });

  const confirmPhoneCode = (values: { code: string }) =>
    change(async () => {
      try {
        const result = await confirmPhone(values.code);
        if (result.backupCode) setBackupCode(result.backupCode);
        setSmsSentTo(null);
        phoneForm.reset();
        smsCodeForm.reset();
      } catch (failure) {
        const rest = placeCodeProblem(failure, smsCodeForm.setError, 'sms');
        if (rest) throw failure;
      }
    });

  const addKey = (values: { name: string }) =>
    change(async () => {
      try {
        const result = await addPasskey(values.name);
        nameForm.reset();
        if (result.backupCode) setBackupCode(result.backupCode);
      } catch (failure) {
        applyApiError(failure, nameForm.setError, ['name']);
        throw failure;
      }
    });

  return (
    <>
      <PageHeading>{t('twoFactor.settings.heading')}</PageHeading>
      {dialog}
      {notice && <Alert type="ok">{notice}</Alert>}
      <ErrorAlert error={error} />
      {status && pending && (
        <StepUp status={status} onVerified={() => void change(pending.action, pending.done)} onCancel={() => setPending(null)} />
      )}
      {status && (
        <>
          {backupCodeNotice && (
            <Alert type="warning">
              <Paragraph>{t('twoFactor.settings.backupUsed')}</Paragraph>
              <Paragraph>{status.required ? t('twoFactor.settings.backupUsedRequired') : t('twoFactor.settings.backupUsedChoice')}</Paragraph>
              <div className="nr-form-actions">
                <Link to={SET_UP_PATH} className="utrecht-button utrecht-button--primary-action nr-button-link">
                  {t('twoFactor.settings.setUpAgain')}
                </Link>
                {!status.required && <Button onClick={() => void turnOff()}>{t('twoFactor.settings.turnOff')}</Button>}
              </div>
            </Alert>
          )}

          <Paragraph lead>{status.enabled ? t('twoFactor.settings.on') : t('twoFactor.settings.off')}</Paragraph>
          {status.reason && <Paragraph>{t(`twoFactor.settings.requiredBy.${status.reason}`)}</Paragraph>}
          {!status.enabled && (
            <div className="nr-form-actions">
              <Link to={SET_UP_PATH} className="utrecht-button utrecht-button--primary-action nr-button-link">
                {t('twoFactor.settings.enable')}
              </Link>
            </div>
          )}

          <Section title={t('twoFactor.settings.app')}>
            <Paragraph>{status.totp ? t('twoFactor.settings.appOn') : t('twoFactor.settings.appOff')}</Paragraph>
            {status.totp && (
              <Paragraph>
                <Link to={SET_UP_PATH}>{t('twoFactor.settings.resetApp')}</Link>
              </Paragraph>
            )}
          </Section>

          <Section title={t('twoFactor.settings.backupCode')}>
            <Paragraph>{t(BACKUP_STATE_TEXT[status.backupCodeState ?? 'none'])}</Paragraph>
            {status.enabled && <BackupCodeActions status={status} onIssued={setBackupCode} onReload={load} />}
          </Section>

          <Section title={t('twoFactor.settings.passkeys')}>
            {status.passkeys.length === 0 && <Paragraph>{t('twoFactor.settings.noPasskeys')}</Paragraph>}
            {status.passkeys.length > 0 && (
              <ul className="utrecht-unordered-list nr-item-list">
                {status.passkeys.map((p) => (
                  <li key={p.id} className="utrecht-unordered-list__item nr-item-list__item">
                    <span>
                      <strong>{p.name}</strong> — {t('twoFactor.settings.passkeyAdded', { date: formatDate(p.createdAt) })},{' '}
                      {p.lastUsedAt ? t('twoFactor.settings.lastUsed', { date: formatDate(p.lastUsedAt) }) : t('twoFactor.settings.neverUsed')}
                    </span>
                    <Button
                      onClick={() => void change(() => removePasskey(p.id))}
                      aria-label={named(t('twoFactor.settings.remove'), p.name)}
                    >
                      {t('twoFactor.settings.remove')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <Form form={nameForm} onSubmit={addKey}>
              <TextField name="name" label={t('twoFactor.setup.passkeyName')} width="md" />
              <div className="nr-form-actions">
                <Button type="submit" busy={nameForm.formState.isSubmitting} disabled={nameForm.formState.isSubmitting}>
                  {t('twoFactor.setup.addPasskey')}
                </Button>
              </div>
            </Form>
          </Section>

          {(status.enabled || status.sms) && (
            <Section title={t('twoFactor.settings.smsHeading')}>
              {status.sms?.verified ? (
                <div className="nr-item-list__item">
                  <Paragraph>{t('twoFactor.settings.smsVerified', { phone: status.sms.phone })}</Paragraph>
                  <Button
                    onClick={() => void change(removePhone)}
                    aria-label={named(t('twoFactor.settings.remove'), status.sms.phone)}
                  >
                    {t('twoFactor.settings.remove')}
                  </Button>
                </div>
              ) : (
                <>
                  <Paragraph>{t('twoFactor.settings.smsIntro')}</Paragraph>
                  <PhoneForms
                    phoneForm={phoneForm}
                    onSend={sendPhoneCode}
                    sentTo={smsSentTo}
                    codeForm={smsCodeForm}
                    codeFieldId="field-sms-code"
                    onConfirm={confirmPhoneCode}
                  />
                </>
              )}
            </Section>
          )}

          <Section title={t('twoFactor.settings.devices')}>
            <Paragraph>{t('twoFactor.settings.devicesIntro')}</Paragraph>
            {status.trustedDevices.length === 0 && <Paragraph>{t('twoFactor.settings.noDevices')}</Paragraph>}
            {status.trustedDevices.length > 0 && (
              <ul className="utrecht-unordered-list nr-item-list">
                {status.trustedDevices.map((d) => {
                  const described = describeUserAgent(d.userAgent);
                  const name = described ? t('twoFactor.settings.deviceName', described) : t('twoFactor.settings.unknownDevice');
                  return (
                    <li key={d.id} className="utrecht-unordered-list__item nr-item-list__item">
                      <span>
                        <strong>{name}</strong> — {t('twoFactor.settings.rememberedOn', { date: formatDate(d.createdAt) })}{' '}
                        {t('twoFactor.settings.rememberedUntil', { date: formatDate(d.expiresAt) })}
                        {d.lastUsedAt && <>, {t('twoFactor.settings.lastUsed', { date: formatDate(d.lastUsedAt) })}</>}
                      </span>
                      <Button
                        onClick={() => void change(() => forgetDevice(d.id), t('twoFactor.settings.forgotten'))}
                        aria-label={named(t('twoFactor.settings.forget'), name)}
                      >
                        {t('twoFactor.settings.forget')}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>

          <Section title={t('twoFactor.backup.signOutOthers')}>
            <Paragraph>{t('twoFactor.settings.signOutOthersIntro')}</Paragraph>
            <div className="nr-form-actions">
              <Button onClick={() => void change(signOutElsewhere, t('twoFactor.backup.signedOutOthers'))}>
                {t('twoFactor.backup.signOutOthers')}
              </Button>
            </div>
          </Section>

          {status.enabled && (
            <Section title={t('twoFactor.settings.turnOffHeading')}>
              {status.required ? (
                <Paragraph>{t('twoFactor.settings.cannotTurnOff')}</Paragraph>
              ) : (
                <>
                  <Paragraph>{t('twoFactor.settings.turnOffIntro')}</Paragraph>
                  <div className="nr-form-actions">
                    <Button onClick={() => void turnOff()}>{t('twoFactor.settings.turnOff')}</Button>
                  </div>
                </>
              )}
            </Section>
          )}

          {isMunicipality && municipalityRequired !== null && (
            <Section title={t('twoFactor.settings.municipalityHeading')}>
              <Paragraph>{t('twoFactor.settings.municipalityIntro')}</Paragraph>
              <Checkbox
                label={t('twoFactor.settings.municipalityCheckbox')}
                checked={municipalityRequired}
                onChange={(required) =>
                  void change(async () => void (await setMunicipalityPolicy(required)), t('twoFactor.settings.saved'))
                }
              />
            </Section>
          )}

          {session.user.role === 'owner' && (
            <Section title={t('twoFactor.settings.companyHeading')}>
              <Paragraph>{t('twoFactor.settings.companyIntro')}</Paragraph>
              <Checkbox
                label={t('twoFactor.settings.companyCheckbox')}
                checked={status.reason === 'company' || status.reason === 'municipality'}
                disabled={status.reason === 'municipality'}
                description={status.reason === 'municipality' ? t('twoFactor.settings.companyByMunicipality') : undefined}
                onChange={(required) => void change(async () => void (await setCompanyPolicy(required)), t('twoFactor.settings.saved'))}
              />
            </Section>
          )}
        </>
      )}
    </>
  );
}
