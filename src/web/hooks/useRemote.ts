// Loads data for a page or a section of one: "loading" only the first time (and when what is asked
// for changes), so a reload after an action keeps the table, and the focus in it, where it was.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Remote<T> = { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed'; error: unknown };

export interface RemoteLoader<T> {
  state: Remote<T>;
  /** Loads again behind what is shown, which stays until the answer is there (after an action). */
  reload: () => Promise<void>;
  /** Shows "loading" again, then loads (a retry after a failure, a refresh button). */
  restart: () => Promise<void>;
  /** Shows data the page already has (a save's answer) without asking the server again. */
  replace: (data: T) => void;
}

export function useRemote<T>(load: () => Promise<T>): RemoteLoader<T> {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  // The newest request wins; an older answer arriving late must not overwrite it.
  const latest = useRef(0);

  const fetchNow = useCallback(async () => {
    const request = ++latest.current;
    try {
      const data = await load();
      if (request === latest.current) setState({ status: 'loaded', data });
    } catch (error) {
      if (request === latest.current) setState({ status: 'failed', error });
    }
  }, [load]);

  const restart = useCallback(() => {
    setState({ status: 'loading' });
    return fetchNow();
  }, [fetchNow]);

  const replace = useCallback((data: T) => {
    ++latest.current;
    setState({ status: 'loaded', data });
  }, []);

  useEffect(() => {
    void restart();
  }, [restart]);

  return { state, reload: fetchNow, restart, replace };
}
