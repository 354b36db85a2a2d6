// Starts the server: validated configuration, database (migrated), demo data in development,
// then listen. SIGTERM/SIGINT close it gracefully: in-flight requests finish first.
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { randomToken } from './platform/crypto.ts';
import { DatabaseInUseError } from './db/client.ts';
import { seedDemoTaxRules } from './modules/tourist-tax/rules/demo-rules.ts';
import {
  DEMO_MUNICIPALITIES_CSV,
  importMunicipalities,
} from './modules/organisations/municipalities/import-municipalities.ts';

/** In development the secret key is generated once and kept in DATA_DIR. */
function ensureSecretKey(config: Config): Config {
  if (config.secretKey) return config;
  const file = path.resolve(config.dataDir, 'secret-key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomToken(48), { mode: 0o600 });
  }
  return { ...config, secretKey: fs.readFileSync(file, 'utf8').trim() };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = ensureSecretKey(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const built = await buildApp(config).catch((error: unknown) => {
    if (!(error instanceof DatabaseInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  const { app, deps } = built;
  if (config.env !== 'production') {
    await importMunicipalities(deps.db, DEMO_MUNICIPALITIES_CSV);
    await seedDemoTaxRules(deps.db, deps.clock.now());
  }
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${path.resolve(config.dataDir)}`;
  const mail = deps.mail.kind === 'smtp' ? 'SMTP' : `development outbox at ${config.publicUrl}/dev/outbox`;
  console.log(`\nNachtregister is running at ${config.publicUrl}\n  database: ${where}\n  mail: ${mail}\n  API docs: ${config.publicUrl}/api/docs\n`);

  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

void main();
