// "Nu daar werken": choose another accommodation for this session, reload the session and go on
// to `to`; busy while it runs, the failure kept for an ErrorAlert.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { switchAccommodation } from '../api/accommodations.ts';
import { useSession } from '../session/SessionContext.tsx';

export function useSwitchAccommodation(accommodationId: string, to: string) {
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const switchNow = async () => {
    setBusy(true);
    setError(null);
    try {
      await switchAccommodation(accommodationId);
      await refresh();
      navigate(to);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return { busy, error, switchNow };
}
