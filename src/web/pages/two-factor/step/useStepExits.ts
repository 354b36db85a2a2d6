// Where the sign-in goes from the 2FA step: on to the page asked for (after the backup code, to
// the 2FA settings, which show the new one), back to signing in when the step expired, or to the
// set-up when 2FA has to be set up first.
import { useLocation, useNavigate } from 'react-router-dom';
import type { FactorMethod } from '../../../api/two-factor.ts';
import { useSession } from '../../../session/SessionContext.tsx';
import { redirectTargetFrom, type LoginNotice } from '../../sign-in/login-notice.ts';
import { SET_UP_PATH, SETTINGS_PATH } from '../paths.ts';
import type { SettingsNotice } from '../settings-notice.ts';

export function useStepExits() {
  const navigate = useNavigate();
  const location = useLocation();
  const { refresh } = useSession();

  const expired = () => {
    const notice: LoginNotice = 'twoFactorExpired';
    navigate('/inloggen', { replace: true, state: { notice, from: redirectTargetFrom(location.state) } });
  };

  const toSetUp = async () => {
    await refresh();
    navigate(SET_UP_PATH, { replace: true });
  };

  const proceed = async (used: FactorMethod) => {
    await refresh();
    if (used === 'backup_code') {
      // The new backup code is shown there, with what to do when the phone is really lost.
      const notice: SettingsNotice = 'backupCodeUsed';
      navigate(SETTINGS_PATH, { replace: true, state: { notice } });
      return;
    }
    navigate(redirectTargetFrom(location.state), { replace: true });
  };

  return { expired, toSetUp, proceed };
}
