// Loads the signed-in user's accommodation for the pages that show or edit it.
import { useCallback, useEffect, useState } from 'react';
import { getAccommodation } from '../../api/accommodation.ts';
import type { Accommodation } from '../../api/types.ts';

export type AccommodationState =
  | { status: 'loading' }
  | { status: 'loaded'; accommodation: Accommodation }
  | { status: 'failed'; error: unknown };

export function useAccommodation(): {
  state: AccommodationState;
  reload: () => Promise<void>;
  replace: (accommodation: Accommodation) => void;
} {
  const [state, setState] = useState<AccommodationState>({ status: 'loading' });
  const reload = useCallback(async () => {
    setState({ status: 'loading' });
    try {
      setState({ status: 'loaded', accommodation: await getAccommodation() });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, []);
  const replace = useCallback((accommodation: Accommodation) => setState({ status: 'loaded', accommodation }), []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload, replace };
}
