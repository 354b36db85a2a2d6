// The register's settings for the signed-in user's accommodation: whether the municipality has
// approved it (registering is refused until then), its document-number rule and today's date.
import { useCallback } from 'react';
import { getRegisterSettings, type RegisterSettings } from '../../api/register.ts';
import { useRemote, type Remote } from '../../hooks/useRemote.ts';

export function useRegisterSettings(): Remote<RegisterSettings> {
  const load = useCallback(() => getRegisterSettings(), []);
  return useRemote(load).state;
}
