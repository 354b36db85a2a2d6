// How many registrations wait for the municipality's approval (for an admin: in all
// municipalities); null while unknown. A failure only hides the count, the page goes on.
import { useEffect, useState } from 'react';
import { listOverseenAccommodations } from '../../api/municipality-portal.ts';

export function usePendingCount(reloadKey: unknown = null): number | null {
  const [count, setCount] = useState<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey is the trigger: a new key asks for the count again
  useEffect(() => {
    let current = true;
    listOverseenAccommodations({ status: 'pending' }).then(
      (result) => current && setCount(result.total),
      () => current && setCount(null),
    );
    return () => {
      current = false;
    };
  }, [reloadKey]);
  return count;
}
