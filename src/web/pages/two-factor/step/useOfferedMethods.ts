// The methods the 2FA step offers: those the user has that this page knows, asked once on
// arrival (the step lives for 5 minutes on the server), the first one shown first.
import { useEffect, useState } from 'react';
import { challengeMethods, type FactorMethod } from '../../../api/two-factor.ts';

const OFFERED: readonly FactorMethod[] = ['totp', 'passkey', 'sms', 'backup_code'];

export function useOfferedMethods(onFailure: (error: unknown) => void) {
  const [methods, setMethods] = useState<FactorMethod[]>([]);
  const [method, setMethod] = useState<FactorMethod>('totp');

  // biome-ignore lint/correctness/useExhaustiveDependencies: asks once on arrival; onFailure is a new function every render
  useEffect(() => {
    challengeMethods().then(({ methods: list }) => {
      const usable = list.filter((m) => OFFERED.includes(m));
      setMethods(usable);
      if (usable[0]) setMethod(usable[0]);
    }, onFailure);
    // Only on arrival.
  }, []);

  return { methods, method, setMethod };
}
