// The top of the 2FA settings: whether 2FA is on, why it is mandatory, and "Inschakelen" when off.
import { useTranslation } from 'react-i18next';
import type { TwoFactorStatus } from '../../../api/two-factor.ts';
import { Link } from '../../../components/Link.tsx';
import { Paragraph } from '../../../components/Paragraph.tsx';
import { SET_UP_PATH } from '../paths.ts';

export function TwoFactorState({ status }: { status: TwoFactorStatus }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph lead>{status.enabled ? t('twoFactor.settings.on') : t('twoFactor.settings.off')}</Paragraph>
      {status.reason && <Paragraph>{t(`twoFactor.settings.requiredBy.${status.reason}`)}</Paragraph>}
      {!status.enabled && (
        <div className="nr-form-actions">
          <Link to={SET_UP_PATH} className="utrecht-button utrecht-button--primary-action nr-button-link">
            {t('twoFactor.settings.enable')}
          </Link>
        </div>
      )}
    </>
  );
}
