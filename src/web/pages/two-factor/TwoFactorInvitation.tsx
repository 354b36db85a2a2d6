// After a sign-in without 2FA where it is optional: the invitation to set it up, with
// "Later herinneren" to put it away for this browser session (sessionStorage).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { twoFactorStatus } from '../../api/two-factor.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SET_UP_PATH } from './paths.ts';

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
      // Where 2FA is mandatory the set-up came right after the password; no need to invite.
      (status) => setShow(!status.enabled && !status.required),
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
    // The button is gone with the invitation: keep keyboard users at the top of the page.
    document.querySelector<HTMLElement>('main h1')?.focus();
  };
  return (
    <Alert type="info">
      <Heading level={2}>{t('twoFactor.settings.invite')}</Heading>
      <Paragraph>{t('twoFactor.settings.inviteText')}</Paragraph>
      <div className="nr-form-actions">
        <Link to={SET_UP_PATH} className="utrecht-button utrecht-button--primary-action nr-button-link">
          {t('twoFactor.settings.inviteNow')}
        </Link>
        <Button onClick={later}>{t('twoFactor.settings.inviteLater')}</Button>
      </div>
    </Alert>
  );
}
