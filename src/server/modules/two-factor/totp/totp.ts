// RFC 6238 codes with otpauth: SHA1, 6 digits, 30 seconds — what every authenticator app reads.
import * as OTPAuth from 'otpauth';

export const ISSUER = 'Nachtregister';
const PERIOD_S = 30;

export function newSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function totpFor(email: string, secretBase32: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/**
 * The time step a code belongs to, when it is the code of the previous, current or next step
 * (a phone clock a little off, or a code typed just as it changed); undefined otherwise.
 */
export function matchingStep(totp: OTPAuth.TOTP, code: string, now: Date): number | undefined {
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  return Math.floor(now.getTime() / 1000 / PERIOD_S) + delta;
}
