// "Tweefactorauthenticatie (2FA)" in the user menu: the state and why it is mandatory, the
// methods (app, backup code, passkeys, SMS), remembered devices, signing out elsewhere, turning
// 2FA off where allowed, and the policy an owner (company) or municipality sets. Changes that
// need a fresh second factor ask for it inline ("Bevestig dat u het bent"), then carry on. The
// sections live in settings/; the forms' state stays here, so it survives a backup code shown in
// the page's place.
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { turnOffTwoFactor } from '../../api/two-factor.ts';
import type { Session } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/Heading.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { BackupCodePanel } from './BackupCodePanel.tsx';
import { settingsNoticeFrom } from './settings-notice.ts';
import { StepUp } from './StepUp.tsx';
import { AuthenticatorAppSection } from './settings/AuthenticatorAppSection.tsx';
import { BackupCodeSection } from './settings/BackupCodeSection.tsx';
import { BackupCodeUsedNotice } from './settings/BackupCodeUsedNotice.tsx';
import { CompanyPolicySection } from './settings/CompanyPolicySection.tsx';
import { MunicipalityPolicySection } from './settings/MunicipalityPolicySection.tsx';
import { PasskeysSection } from './settings/PasskeysSection.tsx';
import { SignOutOthersSection } from './settings/SignOutOthersSection.tsx';
import { SmsSection } from './settings/SmsSection.tsx';
import { TrustedDevicesSection } from './settings/TrustedDevicesSection.tsx';
import { TurnOffSection } from './settings/TurnOffSection.tsx';
import { TwoFactorState } from './settings/TwoFactorState.tsx';
import { usePasskeyForm } from './settings/usePasskeyForm.ts';
import { usePhoneForms } from './settings/usePhoneForms.ts';
import { useTwoFactorSettings } from './settings/useTwoFactorSettings.ts';

export function TwoFactorSettingsPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { confirm, dialog } = useConfirm();
  useDocumentTitle(t('twoFactor.settings.title'));
  const location = useLocation();
  const [backupCodeNotice, setBackupCodeNotice] = useState(() => settingsNoticeFrom(location.state) === 'backupCodeUsed');
  const [backupCode, setBackupCode] = useState<string | null>(null);
  const isMunicipality = session.user.role === 'municipality';
  const { status, municipalityRequired, error, notice, pending, cancelPending, change, load } = useTwoFactorSettings(isMunicipality);
  const passkey = usePasskeyForm(change, setBackupCode);
  const phone = usePhoneForms(change, setBackupCode);

  const shownCode = backupCode ?? status?.newBackupCode;
  if (shownCode) {
    const done = () => {
      setBackupCode(null);
      void load();
    };
    return <BackupCodePanel code={shownCode} onDone={done} replaced={backupCodeNotice} />;
  }

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

  return (
    <>
      <PageHeading>{t('twoFactor.settings.heading')}</PageHeading>
      {dialog}
      {notice && <Alert type="ok">{notice}</Alert>}
      <ErrorAlert error={error} />
      {status && pending && <StepUp status={status} onVerified={() => void change(pending.action, pending.done)} onCancel={cancelPending} />}
      {status && (
        <>
          {backupCodeNotice && <BackupCodeUsedNotice required={status.required} onTurnOff={() => void turnOff()} />}
          <TwoFactorState status={status} />
          <AuthenticatorAppSection on={status.totp} />
          <BackupCodeSection status={status} onIssued={setBackupCode} onReload={load} />
          <PasskeysSection passkeys={status.passkeys} change={change} form={passkey.form} onAdd={passkey.add} />
          {(status.enabled || status.sms) && <SmsSection sms={status.sms} change={change} phone={phone} />}
          <TrustedDevicesSection devices={status.trustedDevices} change={change} />
          <SignOutOthersSection change={change} />
          {status.enabled && <TurnOffSection required={status.required} onTurnOff={() => void turnOff()} />}
          {isMunicipality && municipalityRequired !== null && <MunicipalityPolicySection required={municipalityRequired} change={change} />}
          {session.user.role === 'owner' && <CompanyPolicySection reason={status.reason} change={change} />}
        </>
      )}
    </>
  );
}
