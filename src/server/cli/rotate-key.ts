// `npm run admin -- rotate-key`. In production the operator has already set SECRET_KEY to the new
// key and SECRET_KEY_PREVIOUS to the former one on every instance; this moves the stored data to
// the new key (platform/keys/rotate-keys.ts), after which SECRET_KEY_PREVIOUS can go. In
// development (no SECRET_KEY) the key in DATA_DIR is replaced by a new one in the same step.
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { randomToken } from '../platform/crypto.ts';
import { developmentKeyFile, ensureSecretKey, writeDevelopmentKey } from '../platform/keys/development-key.ts';
import { loadCipher, type SecretKeys } from '../platform/keys/keyring.ts';
import { rotateKeys } from '../platform/keys/rotate-keys.ts';

export async function rotateKeyCommand(config: Config, database: Database): Promise<string> {
  const development = !config.secretKey;
  const secrets: SecretKeys = development
    ? { current: randomToken(48), previous: [ensureSecretKey(config).secretKey ?? '', ...config.previousSecretKeys] }
    : { current: config.secretKey ?? '', previous: config.previousSecretKeys };
  const cipher = await loadCipher(database.db, secrets);
  const report = await rotateKeys(database.db, cipher, new Date());
  if (development) writeDevelopmentKey(config, secrets.current);
  return [
    `Data is now encrypted under key ${report.currentKeyId}.`,
    `Re-encrypted: ${report.totpSecrets} TOTP secret(s), ${report.queuedMessages} queued message(s).`,
    report.retiredKeyIds.length
      ? `Former key(s) ${report.retiredKeyIds.join(', ')} sealed under the new key for ${report.registerFieldsUnderRetiredKeys} register field(s) that keep their original form.`
      : 'No former keys were configured (SECRET_KEY_PREVIOUS is empty).',
    development ? `The new development key is in ${developmentKeyFile(config)}.` : 'SECRET_KEY_PREVIOUS can now be removed from every instance.',
  ].join('\n');
}
