// Random tokens and hashes. High-entropy tokens (sessions, emailed codes) are stored as SHA-256;
// low-entropy secrets (passwords) go through passwords.ts.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * One key of the keyring: the AES-256-GCM data key and the MAC key derived from one secret
 * (SECRET_KEY or a previous one), or a retired data key kept only to open what the register
 * must keep as it was written. The id is derived from the secret and travels with every
 * ciphertext, so several keys can be in use at once.
 */
export interface DataKey {
  id: string;
  key: Buffer;
  macKey?: Buffer;
}

export function deriveKey(secret: string): DataKey {
  return {
    id: createHmac('sha256', secret).update('nachtregister key id').digest('hex').slice(0, 8),
    key: Buffer.from(hkdfSync('sha256', secret, 'nachtregister', 'data-encryption', 32)),
    macKey: Buffer.from(hkdfSync('sha256', secret, 'nachtregister', 'code-mac', 32)),
  };
}

/** Ciphertexts written before keys had ids; they open with whichever configured key made them. */
export const LEGACY_KEY_ID = 'k1';

/**
 * Authenticated encryption (AES-256-GCM) for secrets that must be read back later: TOTP
 * secrets, queued mail and SMS, document numbers and signatures in the register. New data is
 * encrypted under the current key; data under any other key of the ring still opens.
 */
export interface Cipher {
  readonly currentKeyId: string;
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
  /** The id of the key a ciphertext was made with ('k1' for ciphertexts from before key ids). */
  keyIdOf(ciphertext: string): string;
  /** Every key of the ring except the current one (for key rotation). */
  otherKeys(): DataKey[];
  /** A keyed hash for short codes (6 digits): without the key a leaked table gives nothing away. */
  mac(value: string): string;
  /** Whether `mac` is the keyed hash of `value` under any key of the ring (codes outlive a key change). */
  macMatches(value: string, mac: string): boolean;
}

export class UnknownKeyError extends Error {}

/** Equality in constant time, so a comparison does not tell how much of a guess was right. */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function createCipher(current: DataKey, others: DataKey[] = []): Cipher {
  const ring = new Map<string, DataKey>([...others.map((k) => [k.id, k] as const), [current.id, current]]);
  const macOf = (key: Buffer, value: string) => createHmac('sha256', key).update(value).digest('hex');
  const open = (key: Buffer, iv: string, tag: string, data: string) => {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  };
  return {
    currentKeyId: current.id,
    keyIdOf: (ciphertext) => ciphertext.split('.', 1)[0] ?? '',
    otherKeys: () => [...ring.values()].filter((k) => k !== current),
    mac: (value) => macOf(current.macKey ?? current.key, value),
    macMatches: (value, mac) => [...ring.values()].some((k) => k.macKey !== undefined && sameText(macOf(k.macKey, value), mac)),
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    decrypt(ciphertext) {
      const [id, iv, tag, data] = ciphertext.split('.');
      if (!id || !iv || !tag || data === undefined) throw new Error('Unknown ciphertext format');
      if (id !== LEGACY_KEY_ID) {
        const key = ring.get(id);
        if (!key) throw new UnknownKeyError(`Data encrypted under key ${id}, which is not configured (SECRET_KEY_PREVIOUS?)`);
        return open(key.key, iv, tag, data);
      }
      // GCM's tag tells a wrong key apart; the current key is the likeliest, so it goes first.
      for (const key of [current, ...others]) {
        try {
          return open(key.key, iv, tag, data);
        } catch {
          // not this key
        }
      }
      throw new UnknownKeyError('Data encrypted before key ids, under a key that is not configured');
    },
  };
}
