// Starting the sign-in step (or a step-up) with a passkey: the options for
// navigator.credentials.get(), limited to this user's passkeys, with a fresh challenge stored
// for this session.
import { generateAuthenticationOptions, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import type { Deps } from '../../../deps.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { storeChallenge } from './challenges.ts';
import { credentialDescriptors } from './passkeys.ts';
import { relyingParty } from './relying-party.ts';

export async function passkeyAuthenticationOptions(deps: Deps, session: ActiveSession): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const allowCredentials = await credentialDescriptors(deps.db, session.user.id);
  // An empty list would let the browser offer any passkey it holds for this site, other users' too.
  if (allowCredentials.length === 0) throw new AppError('PASSKEY_FAILED');
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(deps.config).id,
    allowCredentials,
    userVerification: 'required',
  });
  await storeChallenge(deps.db, session.tokenHash, 'authenticate', options.challenge, deps.clock.now());
  return options;
}
