// Starting to add a passkey: the options for navigator.credentials.create(), with a fresh
// challenge stored for this session. Offered in the forced set-up and in the account settings.
import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import type { Deps } from '../../../deps.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { assertMayAddFactor } from '../../identity/two-factor/step-up.ts';
import { storeChallenge } from './challenges.ts';
import { credentialDescriptors } from './passkeys.ts';
import { RP_NAME, relyingParty, userHandle } from './relying-party.ts';

export async function passkeyRegistrationOptions(deps: Deps, session: ActiveSession): Promise<PublicKeyCredentialCreationOptionsJSON> {
  await assertMayAddFactor(deps, session);
  const user = session.user;
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: relyingParty(deps.config).id,
    userName: user.email,
    userDisplayName: user.email,
    userID: userHandle(user.id),
    attestationType: 'none',
    // The same authenticator twice would be one factor counted as two.
    excludeCredentials: await credentialDescriptors(deps.db, user.id),
    // A second factor must prove who holds the device (PIN, fingerprint), not only that someone touched it.
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  });
  await storeChallenge(deps.db, session.tokenHash, 'register', options.challenge, deps.clock.now());
  return options;
}
