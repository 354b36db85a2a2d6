// Loads data for a section of a page: "loading" only the first time (and when what is asked for
// changes), so a reload after an action keeps the table, and the focus in it, where it was.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Remote<T> = { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed'; error: unknown };

export function useRemote<T>(load: () => Promise<T>): { state: Remote<T>; reload: () => Promise<void> } {
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

  useEffect(() => {
    setState({ status: 'loading' });
    void fetchNow();
  }, [fetchNow]);

  return { state, reload: fetchNow };
}
