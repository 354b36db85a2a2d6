// The signed-in session, for pages rendered inside the application shell.
import { useOutletContext } from 'react-router-dom';
import type { Session } from '../api/types.ts';

export function useCurrentSession(): Session {
  return useOutletContext<Session>();
}
