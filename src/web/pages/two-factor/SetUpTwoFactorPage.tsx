// The set-up as a page: chosen from the 2FA settings (in the application), or forced right after
// the password (in a frame with only the set-up and "Uitloggen", see SetUpOnlyLayout).
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../session/SessionContext.tsx';
import { SETTINGS_PATH } from './paths.ts';
import { SetUpTwoFactor } from './SetUpTwoFactor.tsx';

export function SetUpTwoFactorPage({ forced = false }: { forced?: boolean }) {
  const navigate = useNavigate();
  const { refresh } = useSession();
  const finished = () => {
    // The forced set-up ends signed in: load that session while going to the overview, in one
    // go, so the set-up page is not shown again inside the application on the way.
    const loaded = refresh();
    navigate(forced ? '/app' : SETTINGS_PATH, { replace: true });
    void loaded;
  };
  return <SetUpTwoFactor forced={forced} onFinished={finished} />;
}
