// Random tokens and hashes. High-entropy tokens (sessions, emailed codes) are stored as SHA-256;
// low-entropy secrets (passwords) go through passwords.ts.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

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
 * Authenticated encryption (AES-256-GCM) for secrets that must be read back later, such as the
 * queued mail that carries a code. Ciphertexts carry a key id so keys can be rotated.
 */
export interface Cipher {
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
  /** A keyed hash for short codes (6 digits): without the key a leaked table gives nothing away. */
  mac(value: string): string;
}

export function createCipher(secretKey: string): Cipher {
  const keyId = 'k1';
  const key = Buffer.from(hkdfSync('sha256', secretKey, 'nachtregister', 'data-encryption', 32));
  const macKey = Buffer.from(hkdfSync('sha256', secretKey, 'nachtregister', 'code-mac', 32));
  return {
    mac: (value) => createHmac('sha256', macKey).update(value).digest('hex'),
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [keyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    decrypt(ciphertext) {
      const [id, iv, tag, data] = ciphertext.split('.');
      if (id !== keyId || !iv || !tag || data === undefined) throw new Error('Unknown ciphertext format or key id');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
