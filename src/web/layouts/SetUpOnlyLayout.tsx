// The frame of the mandatory 2FA set-up right after the password: nothing else of the
// application is reachable yet, so it holds only the set-up and "Uitloggen".
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { useFocusHeadingOnNavigate } from '../hooks/useFocusHeadingOnNavigate.ts';
import { SetUpTwoFactorPage } from '../pages/two-factor/SetUpTwoFactorPage.tsx';
import { useSession } from '../session/SessionContext.tsx';

export function SetUpOnlyLayout() {
  const { t } = useTranslation();
  useFocusHeadingOnNavigate();
  const navigate = useNavigate();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const leave = async () => {
    setBusy(true);
    setError(null);
    try {
      await signOut();
      navigate('/inloggen', { replace: true, state: { notice: 'signedOut' } });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <div className="nr-page">
      <SkipLink />
      <header className="utrecht-page-header nr-header">
        <div className="utrecht-page-header__content nr-header__content">
          <span className="nr-brand">{t('app.name')}</span>
          <div className="nr-header__tools">
            <LanguageSwitch />
            <Button onClick={() => void leave()} busy={busy} disabled={busy}>
              {t('shell.signOut')}
            </Button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="nr-public-main">
        <ErrorAlert error={error} />
        <SetUpTwoFactorPage forced />
      </main>
    </div>
  );
}
