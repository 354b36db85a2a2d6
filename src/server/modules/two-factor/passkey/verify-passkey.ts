// A passkey at the sign-in step or as a step-up. The response must answer this session's
// challenge (taken once), come from one of this user's passkeys (and name this user, if it names
// anyone), carry user verification and a signature counter that went up; anything else counts
// toward the account's slow-down.
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import type { AuthenticationResponseInput } from '../../../../shared/schemas/two-factor.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ActiveSession } from '../../identity/sessions/sessions.ts';
import { assertMayTry, factorFailed, factorProven, type Proven } from '../challenge.ts';
import { takeChallenge } from './challenges.ts';
import { claimCounter, findUserCredential, type Passkey } from './passkeys.ts';
import { fromBase64url, relyingParty, toAuthenticationResponse, toBase64url, userHandle } from './relying-party.ts';

export async function verifyPasskey(
  deps: Deps,
  session: ActiveSession,
  input: { response: AuthenticationResponseInput; rememberDevice?: boolean },
  meta: RequestMeta,
): Promise<Proven> {
  await assertMayTry(deps, session, meta);
  const failed = () => factorFailed(deps, session, 'passkey', meta, new AppError('PASSKEY_FAILED'));
  const now = deps.clock.now();
  const challenge = await takeChallenge(deps.db, session.tokenHash, 'authenticate', now);
  if (challenge === undefined) return failed();
  const passkey = await findUserCredential(deps.db, session.user.id, input.response.id);
  if (!passkey) return failed();
  // WebAuthn §7.2: a user handle, when the authenticator sends one, must be this user's. The
  // library leaves this to us and the handle is not covered by the signature.
  const handle = input.response.response.userHandle;
  if (handle && handle !== toBase64url(userHandle(session.user.id))) return failed();
  const newCounter = await verifiedCounter(deps, passkey, input.response, challenge);
  if (newCounter === undefined) return failed();
  if (!(await claimCounter(deps.db, passkey.id, newCounter, now))) return failed();
  return factorProven(deps, session, 'passkey', meta, { rememberDevice: input.rememberDevice });
}

/** The authenticator's new signature counter when the response checks out; undefined otherwise. */
async function verifiedCounter(deps: Deps, passkey: Passkey, response: AuthenticationResponseInput, challenge: string): Promise<number | undefined> {
  const rp = relyingParty(deps.config);
  try {
    const result = await verifyAuthenticationResponse({
      response: toAuthenticationResponse(response),
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: passkey.credentialId,
        publicKey: fromBase64url(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports,
      },
      requireUserVerification: true,
    });
    return result.verified ? result.authenticationInfo.newCounter : undefined;
  } catch (error) {
    // Forged, malformed or cloned: all the same to the user; the reason is for the log.
    deps.log.info({ err: error }, 'passkey sign-in refused');
    return undefined;
  }
}
