// The accommodation's rooms and pitches, for the stay form's "Kamer of plaats" and the overview's search.
import { useCallback } from 'react';
import { listUnits, type Unit } from '../../api/register.ts';
import { useRemote, type Remote } from '../../hooks/useRemote.ts';

export function useUnits(): { state: Remote<Unit[]>; reload: () => Promise<void> } {
  const load = useCallback(() => listUnits(), []);
  return useRemote(load);
}
