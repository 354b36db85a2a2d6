// Codes computed by a real authenticator tool: oathtool (Debian package), as a phone app would.
import { execFileSync } from 'node:child_process';

/** The code oathtool shows for `secret` at `at` (defaults to now). */
export function oathtool(secret: string, at: Date = new Date()): string {
  const now = at
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
  return execFileSync('oathtool', ['--totp', '-b', secret, '--now', now], { encoding: 'utf8' }).trim();
}

export function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret');
  if (!secret) throw new Error(`no secret in ${uri}`);
  return secret;
}
