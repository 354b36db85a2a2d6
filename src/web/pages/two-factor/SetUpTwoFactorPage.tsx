// The set-up as a page: forced right after the password (nothing else is reachable then), or
// chosen from the 2FA settings.
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { SetUpTwoFactor } from './SetUpTwoFactor.tsx';

export function SetUpTwoFactorPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { refresh, signOut } = useSession();
  const finished = async () => {
    await refresh();
    navigate(forced ? '/app' : '/app/tweefactor', { replace: true });
  };
  const leave = async () => {
    await signOut();
    navigate('/inloggen', { replace: true, state: { notice: 'signedOut' } });
  };
  return (
    <>
      <SetUpTwoFactor forced={forced} onFinished={() => void finished()} />
      {forced && (
        <div className="nr-section">
          <Button onClick={() => void leave()}>{t('shell.signOut')}</Button>
        </div>
      )}
    </>
  );
}
