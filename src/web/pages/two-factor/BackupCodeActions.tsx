// What the user can do about the backup code, on the 2FA settings and on the set-up page after a
// reload elsewhere: see a code that is not yet confirmed as stored ("Backupcode tonen"), or make a
// new one ("Nieuwe backupcode maken", confirmed first: the old code stops working). Both need a
// second factor proven in the last minutes: asked here ("Bevestig dat u het bent"), then the code
// is shown (by the page, from the status).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { renewBackupCode, type TwoFactorStatus } from '../../api/two-factor.ts';
import { Button } from '../../components/Button.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StepUp } from './StepUp.tsx';

type Action = 'show' | 'renew';

interface BackupCodeActionsProps {
  status: TwoFactorStatus;
  /** A new code was made: show it with "Gereed". */
  onIssued: (code: string) => void;
  /** Load the status again: after the step-up it holds the waiting code. */
  onReload: () => Promise<void>;
}

export function BackupCodeActions({ status, onIssued, onReload }: BackupCodeActionsProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Action | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { confirm, dialog } = useConfirm();

  const askToRenew = async () => {
    const confirmed = await confirm({
      title: t('twoFactor.settings.backupRenew'),
      text: t('twoFactor.settings.backupRenewConfirm'),
      confirmLabel: t('twoFactor.settings.backupRenew'),
    });
    if (confirmed) await renew();
  };

  const renew = async () => {
    setError(null);
    try {
      const { backupCode } = await renewBackupCode();
      setPending(null);
      onIssued(backupCode);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'STEP_UP_REQUIRED') setPending('renew');
      else setError(failure);
    }
  };

  const verified = async () => {
    if (pending === 'renew') return renew();
    setPending(null);
    await onReload();
  };

  return (
    <>
      {dialog}
      <ErrorAlert error={error} />
      {pending && <StepUp status={status} onVerified={() => void verified()} onCancel={() => setPending(null)} />}
      <div className="nr-form-actions">
        {status.backupCodeState === 'unconfirmed' && (
          <Button appearance="primary-action" onClick={() => setPending('show')}>
            {t('twoFactor.settings.backupShow')}
          </Button>
        )}
        <Button onClick={() => void askToRenew()}>{t('twoFactor.settings.backupRenew')}</Button>
      </div>
    </>
  );
}
