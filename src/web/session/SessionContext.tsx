// Who is signed in. Loaded on the first visit to a page that needs a session, refreshed after
// signing in and after changes the header shows (the accommodation's name), cleared on sign-out.
// When any request finds the session gone (or back at a 2FA stage), the state follows, so the
// session guard takes the user to the sign-in page, the 2FA step or the mandatory set-up.
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getSession, signOut as apiSignOut } from '../api/accounts.ts';
import { ApiError, onSessionProblem, type SessionProblem } from '../api/client.ts';
import type { Session } from '../api/types.ts';

export type SessionState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** Nobody is signed in; `signedOut` when the user just signed out here. */
  | { status: 'anonymous'; signedOut: boolean }
  | { status: 'authenticated'; session: Session }
  /** The password was right; the 2FA step or the mandatory 2FA set-up comes first. */
  | { status: 'two-factor-step' }
  | { status: 'two-factor-setup' }
  | { status: 'error'; error: ApiError };

interface SessionContextValue {
  state: SessionState;
  /** Loads the session from the server; resolves to whether someone is signed in. */
  refresh: () => Promise<boolean>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError({ status: 0, code: 'INTERNAL_ERROR', message: String(error) });
}

function stateFor(problem: SessionProblem): SessionState {
  if (problem === 'TWO_FACTOR_REQUIRED') return { status: 'two-factor-step' };
  if (problem === 'TWO_FACTOR_SETUP_REQUIRED') return { status: 'two-factor-setup' };
  return { status: 'anonymous', signedOut: false };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'idle' });

  useEffect(() => {
    // Only a session that was signed in can be lost; the sign-in pages handle their own answers.
    onSessionProblem((problem) => setState((previous) => (previous.status === 'authenticated' ? stateFor(problem) : previous)));
    return () => onSessionProblem(null);
  }, []);

  const refresh = useCallback(async (): Promise<boolean> => {
    setState((previous) => (previous.status === 'authenticated' ? previous : { status: 'loading' }));
    try {
      const session = await getSession();
      setState({ status: 'authenticated', session });
      return true;
    } catch (error) {
      const apiError = asApiError(error);
      const code = apiError.code;
      setState(
        code === 'NOT_AUTHENTICATED' || code === 'TWO_FACTOR_REQUIRED' || code === 'TWO_FACTOR_SETUP_REQUIRED'
          ? stateFor(code)
          : { status: 'error', error: apiError },
      );
      return false;
    }
  }, []);

  const signOut = useCallback(async (): Promise<void> => {
    await apiSignOut();
    setState({ status: 'anonymous', signedOut: true });
  }, []);

  const value = useMemo(() => ({ state, refresh, signOut }), [state, refresh, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
