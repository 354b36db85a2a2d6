// In development (no SECRET_KEY) the secret key is generated once and kept in DATA_DIR, so
// `npm start` needs no configuration and encrypted data survives a restart. Production requires
// SECRET_KEY (config.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { randomToken } from '../crypto.ts';

export const developmentKeyFile = (config: Pick<Config, 'dataDir'>) => path.resolve(config.dataDir, 'secret-key');

export function ensureSecretKey(config: Config): Config {
  if (config.secretKey) return config;
  const file = developmentKeyFile(config);
  if (!fs.existsSync(file)) writeDevelopmentKey(config, randomToken(48));
  return { ...config, secretKey: fs.readFileSync(file, 'utf8').trim() };
}

export function writeDevelopmentKey(config: Pick<Config, 'dataDir'>, key: string): void {
  const file = developmentKeyFile(config);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, key, { mode: 0o600 });
}
