// After signing in with the backup code: the old code is gone, and the user is asked to set up
// 2FA again ("Opnieuw instellen") or, where 2FA is a choice, to turn it off.
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert.tsx';
import { Button } from '../../../components/Button.tsx';
import { Link } from '../../../components/Link.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { SET_UP_PATH } from '../paths.ts';

export function BackupCodeUsedNotice({ required, onTurnOff }: { required: boolean; onTurnOff: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning">
      <Paragraph>{t('twoFactor.settings.backupUsed')}</Paragraph>
      <Paragraph>{required ? t('twoFactor.settings.backupUsedRequired') : t('twoFactor.settings.backupUsedChoice')}</Paragraph>
      <div className="nr-form-actions">
        <Link to={SET_UP_PATH} className="utrecht-button utrecht-button--primary-action nr-button-link">
          {t('twoFactor.settings.setUpAgain')}
        </Link>
        {!required && <Button onClick={onTurnOff}>{t('twoFactor.settings.turnOff')}</Button>}
      </div>
    </Alert>
  );
}
