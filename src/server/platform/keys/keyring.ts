// The keyring of a running instance: the current SECRET_KEY, the previous ones still configured
// (SECRET_KEY_PREVIOUS, during a rotation), and the retired data keys that `rotate-key` sealed
// under the current key. A retired key that no configured key opens stops the start with a
// clear message instead of failing later on the first document number it cannot read.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
import { createCipher, deriveKey, LEGACY_KEY_ID, UnknownKeyError, type Cipher, type DataKey } from '../crypto.ts';

export class KeyConfigurationError extends Error {}

export interface SecretKeys {
  current: string;
  previous: string[];
}

/** A retired data key as stored: its key sealed (encrypted) under a secret key of the ring. */
export function sealKey(cipher: Cipher, key: DataKey): string {
  return cipher.encrypt(key.key.toString('base64'));
}

export async function loadCipher(db: Db, secrets: SecretKeys): Promise<Cipher> {
  const configured = [deriveKey(secrets.current), ...secrets.previous.map(deriveKey)];
  const [current, ...previous] = configured;
  if (!current) throw new KeyConfigurationError('SECRET_KEY is missing');
  const opener = createCipher(current, previous);
  const rows = await queryRows<{ id: string; sealed: string }>(db, sql`SELECT id, sealed FROM retired_keys ORDER BY id`);
  const retired: DataKey[] = [];
  for (const row of rows) {
    if (configured.some((k) => k.id === row.id)) continue;
    try {
      retired.push({ id: row.id, key: Buffer.from(opener.decrypt(row.sealed), 'base64') });
    } catch (error) {
      if (!(error instanceof UnknownKeyError)) throw error;
      throw new KeyConfigurationError(
        `Invalid configuration: SECRET_KEY does not open the retired key ${row.id} (sealed under key ${opener.keyIdOf(row.sealed)}); set SECRET_KEY_PREVIOUS to the former SECRET_KEY`,
      );
    }
  }
  const cipher = createCipher(current, [...previous, ...retired]);
  await assertEveryKeyKnown(db, cipher);
  return cipher;
}

/** Secrets a user or a queued message needs soon must open with the ring (register data is checked by use). */
async function assertEveryKeyKnown(db: Db, cipher: Cipher): Promise<void> {
  const known = new Set([cipher.currentKeyId, ...cipher.otherKeys().map((k) => k.id), LEGACY_KEY_ID]);
  const used = await queryRows<{ id: string }>(
    db,
    sql`
    SELECT split_part(secret_encrypted, '.', 1) AS id FROM totp_credentials
    UNION SELECT split_part(secret_encrypted, '.', 1) FROM totp_enrolments
    UNION SELECT split_part(payload->>'sealed', '.', 1) FROM jobs WHERE status = 'pending' AND payload->>'sealed' IS NOT NULL`,
  );
  const unknown = used.map((r) => r.id).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new KeyConfigurationError(
      `Invalid configuration: data is encrypted under key ${unknown.join(', ')}, which SECRET_KEY does not open; set SECRET_KEY_PREVIOUS to the former SECRET_KEY`,
    );
  }
}
