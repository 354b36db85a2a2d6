// Who we are to an authenticator: the relying party id and the exact origin a browser reports,
// both taken from PUBLIC_URL so they match what the user's browser shows in the address bar.
// Also the translations between the JSON the browser sends and what SimpleWebAuthn checks.
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { AuthenticationResponseInput, RegistrationResponseInput } from '../../../../shared/schemas/two-factor.ts';
import type { Config } from '../../../config.ts';

export const RP_NAME = 'Nachtregister';

export interface RelyingParty {
  /** A domain name (no scheme or port); WebAuthn refuses IP addresses here. */
  id: string;
  /** Scheme, host and port, as in clientDataJSON.origin. */
  origin: string;
}

export function relyingParty(config: Pick<Config, 'publicUrl'>): RelyingParty {
  const url = new URL(config.publicUrl);
  return { id: url.hostname, origin: url.origin };
}

export function toBase64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

/** The WebAuthn user handle: the 16 bytes of the user's UUID, so it carries no personal data. */
export function userHandle(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(userId.replaceAll('-', ''), 'hex'));
}

/** Transports are only hints for the browser; unknown words are not worth keeping. */
const TRANSPORTS = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

export function knownTransports(transports: readonly string[] | undefined): string[] {
  return [...new Set((transports ?? []).filter((t) => TRANSPORTS.has(t)))];
}

// No extensions are requested, so their results are not passed on.
export function toRegistrationResponse(input: RegistrationResponseInput): RegistrationResponseJSON {
  return {
    id: input.id,
    rawId: input.rawId,
    type: input.type,
    authenticatorAttachment: input.authenticatorAttachment ?? undefined,
    response: {
      clientDataJSON: input.response.clientDataJSON,
      attestationObject: input.response.attestationObject,
      transports: knownTransports(input.response.transports),
    },
    clientExtensionResults: {},
  };
}

export function toAuthenticationResponse(input: AuthenticationResponseInput): AuthenticationResponseJSON {
  return {
    id: input.id,
    rawId: input.rawId,
    type: input.type,
    authenticatorAttachment: input.authenticatorAttachment ?? undefined,
    response: {
      clientDataJSON: input.response.clientDataJSON,
      authenticatorData: input.response.authenticatorData,
      signature: input.response.signature,
      userHandle: input.response.userHandle ?? undefined,
    },
    clientExtensionResults: {},
  };
}
