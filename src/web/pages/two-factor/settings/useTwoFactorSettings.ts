// The state of the 2FA settings page: the status (and, for a municipality user, the
// municipality's policy) loaded from the server, and `change`, which runs a change, asks for a
// fresh second factor when the server wants one ("Bevestig dat u het bent"), and loads again.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { municipalityPolicy, twoFactorStatus, type TwoFactorStatus } from '../../../api/two-factor.ts';

/** Runs a change; `done` is the notice to show once it went through. */
export type Change = (action: () => Promise<void>, done?: string) => Promise<void>;

/** A change waiting for the step-up, with the notice to show once it is done. */
export interface PendingChange {
  action: () => Promise<void>;
  done?: string;
}

export function useTwoFactorSettings(isMunicipality: boolean) {
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [municipalityRequired, setMunicipalityRequired] = useState<boolean | null>(null);

  const load = useCallback(async () => {
    await twoFactorStatus().then(setStatus, setError);
    if (isMunicipality) await municipalityPolicy().then((p) => setMunicipalityRequired(p.required), setError);
  }, [isMunicipality]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Runs a change; when it needs a fresh second factor, asks for one and then runs it again. */
  const change: Change = async (action, done) => {
    setError(null);
    setNotice(null);
    try {
      await action();
      setPending(null);
      if (done) setNotice(done);
      await load();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'STEP_UP_REQUIRED') setPending({ action, done });
      else setError(failure);
    }
  };

  return { status, municipalityRequired, error, notice, pending, cancelPending: () => setPending(null), change, load };
}
