// Who is signed in. Loaded on the first visit to a page that needs a session, refreshed after
// signing in and after changes the header shows (the accommodation's name), cleared on sign-out.
// When any request finds the session gone (or back at a 2FA stage), the state follows, so the
// session guard takes the user to the sign-in page, the 2FA step or the mandatory set-up.
// Signing out here removes the user's unsaved drafts from this browser (see drafts/); whenever
// nobody is fully signed in any more (signed out, the session ended), this tab forgets the key
// that opens them.
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getSession, signOut as apiSignOut } from '../api/accounts.ts';
import { ApiError, onSessionProblem, type SessionProblem } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { forgetDraftKey } from '../drafts/draft-crypto.ts';
import { allowDraftsOfUser, removeDraftsOfUser } from '../drafts/draft-store.ts';
import { forgetIdleDeadline, idleDeadline } from './idle-deadline.ts';

export type SessionState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** Nobody is signed in; `signedOut` when the user just signed out here, `expired` when a session ended under them. */
  | { status: 'anonymous'; signedOut: boolean; expired?: boolean }
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
  /** The idle period ran out (the server has ended the session by now). */
  expire: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ status: 0, code: 'INTERNAL_ERROR', message: String(error) });
}

/** `expired`: a session of this browser ended under the user (not a visit after signing out). */
function stateFor(problem: SessionProblem, expired = true): SessionState {
  if (problem === 'TWO_FACTOR_REQUIRED') return { status: 'two-factor-step' };
  if (problem === 'TWO_FACTOR_SETUP_REQUIRED') return { status: 'two-factor-setup' };
  return { status: 'anonymous', signedOut: false, expired };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'idle' });
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    // Only a session that was signed in can be lost; the sign-in pages handle their own answers.
    onSessionProblem((problem) => setState((previous) => (previous.status === 'authenticated' ? stateFor(problem) : previous)));
    return () => onSessionProblem(null);
  }, []);

  // After the forms that close with the session have begun writing their drafts (an effect runs
  // after those of the components it unmounts), so their last write is still sealed.
  useEffect(() => {
    if (state.status !== 'authenticated') forgetDraftKey();
  }, [state.status]);

  const refresh = useCallback(async (): Promise<boolean> => {
    setState((previous) => (previous.status === 'authenticated' ? previous : { status: 'loading' }));
    try {
      const session = await getSession();
      allowDraftsOfUser(session.user.id);
      setState({ status: 'authenticated', session });
      return true;
    } catch (error) {
      const apiError = asApiError(error);
      const code = apiError.code;
      setState(
        code === 'NOT_AUTHENTICATED' || code === 'TWO_FACTOR_REQUIRED' || code === 'TWO_FACTOR_SETUP_REQUIRED'
          ? // A session this browser knew (its idle deadline is still kept) has expired; after
            // "Uitloggen" the deadline is forgotten, so Back to a page says only "Log in".
            stateFor(code, idleDeadline() !== null)
          : { status: 'error', error: apiError },
      );
      return false;
    }
  }, []);

  const signOut = useCallback(async (): Promise<void> => {
    const current = stateRef.current;
    await apiSignOut();
    if (current.status === 'authenticated') removeDraftsOfUser(current.session.user.id);
    forgetIdleDeadline();
    setState({ status: 'anonymous', signedOut: true });
  }, []);

  const expire = useCallback((): void => {
    forgetIdleDeadline();
    setState((previous) => (previous.status === 'authenticated' ? stateFor('NOT_AUTHENTICATED') : previous));
  }, []);

  const value = useMemo(() => ({ state, refresh, signOut, expire }), [state, refresh, signOut, expire]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
