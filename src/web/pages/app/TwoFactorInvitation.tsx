// After a sign-in without 2FA where it is optional: the invitation to set it up, with
// "Later herinneren" to put it away for this browser session.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { twoFactorStatus } from '../../api/two-factor.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';

const DISMISSED = 'nachtregister.twoFactorInvitationDismissed';

function dismissedThisSession(): boolean {
  try {
    return window.sessionStorage.getItem(DISMISSED) === '1';
  } catch {
    return false;
  }
}

export function TwoFactorInvitation() {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);

  useEffect(() => {
    if (dismissedThisSession()) return;
    twoFactorStatus().then(
      (status) => setShow(!status.enabled),
      () => setShow(false),
    );
  }, []);

  if (!show) return null;
  const later = () => {
    try {
      window.sessionStorage.setItem(DISMISSED, '1');
    } catch {
      // Storage blocked: it simply shows again next time.
    }
    setShow(false);
  };
  return (
    <Alert type="info">
      <Heading level={2}>{t('twoFactor.settings.invite')}</Heading>
      <Paragraph>{t('twoFactor.settings.inviteText')}</Paragraph>
      <div className="nr-form-actions">
        <Link to="/app/tweefactor/instellen" className="utrecht-button utrecht-button--primary-action nr-button-link">
          {t('twoFactor.settings.inviteNow')}
        </Link>
        <Button onClick={later}>{t('twoFactor.settings.inviteLater')}</Button>
      </div>
    </Alert>
  );
}
