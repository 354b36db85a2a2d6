// Loads the signed-in user's accommodation for the pages that show or edit it; a save's answer
// takes its place with `replace`.
import { getAccommodation } from '../../api/accommodation.ts';
import type { Accommodation } from '../../api/types.ts';
import { useRemote, type RemoteLoader } from '../../hooks/useRemote.ts';

export function useAccommodation(): RemoteLoader<Accommodation> {
  return useRemote(getAccommodation);
}
