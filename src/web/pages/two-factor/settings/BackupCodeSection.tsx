// The backup code on the 2FA settings: whether it is stored, and (with 2FA on) showing a waiting
// one or making a new one.
import { useTranslation } from 'react-i18next';
import type { TwoFactorStatus } from '../../../api/two-factor.ts';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { Section } from '../../../components/Section.tsx';
import { BackupCodeActions } from '../BackupCodeActions.tsx';

/** "Bewaard" only once the user confirmed with "Gereed" that the code is stored. */
const BACKUP_STATE_TEXT = {
  stored: 'twoFactor.settings.backupOn',
  unconfirmed: 'twoFactor.settings.backupUnconfirmed',
  none: 'twoFactor.settings.backupOff',
} as const;

interface BackupCodeSectionProps {
  status: TwoFactorStatus;
  onIssued: (code: string) => void;
  onReload: () => Promise<void>;
}

export function BackupCodeSection({ status, onIssued, onReload }: BackupCodeSectionProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('twoFactor.settings.backupCode')}>
      <Paragraph>{t(BACKUP_STATE_TEXT[status.backupCodeState ?? 'none'])}</Paragraph>
      {status.enabled && <BackupCodeActions status={status} onIssued={onIssued} onReload={onReload} />}
    </Section>
  );
}
