// Starts the server: validated configuration, database (migrated), demo data in development,
// then listen. SIGTERM/SIGINT close it gracefully: in-flight requests finish first.
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from './app.ts';
import { closeConnectionsWhenIdle } from './platform/http/graceful-close.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { ensureSecretKey } from './platform/keys/development-key.ts';
import { KeyConfigurationError } from './platform/keys/keyring.ts';
import { DatabaseInUseError, type Db } from './db/client.ts';
import { seedDemoTaxRules } from './modules/tourist-tax/rules/demo-rules.ts';
import { DEMO_MUNICIPALITIES_CSV, importMunicipalities } from './modules/organisations/municipalities/import-municipalities.ts';

/** Any fixed number, the same in every instance (the migrations use another). */
const DEMO_DATA_LOCK = 4_815_162_343;

/**
 * The demo municipalities and their example tax rules, for development and tests. Instances
 * starting together take turns under a transaction-scoped advisory lock, so none sees the data
 * half seeded and a crash in the middle leaves nothing half done.
 */
async function seedDemoData(db: Db, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_DATA_LOCK})`);
    await importMunicipalities(tx, DEMO_MUNICIPALITIES_CSV);
    await seedDemoTaxRules(tx, now);
  });
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
    if (!(error instanceof DatabaseInUseError) && !(error instanceof KeyConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  const { app, deps } = built;
  if (config.env !== 'production') await seedDemoData(deps.db, deps.clock.now());
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${path.resolve(config.dataDir)}`;
  const mail = deps.mail.kind === 'smtp' ? 'SMTP' : `development outbox at ${config.publicUrl}/dev/outbox`;
  console.log(`\nNachtregister is running at ${config.publicUrl}\n  database: ${where}\n  mail: ${mail}\n  API docs: ${config.publicUrl}/api/docs\n`);

  const closeIdleConnections = closeConnectionsWhenIdle(app.server);
  stop = () => {
    // Requests in progress finish and get their answers; then the background work, then the database.
    const closed = app.close();
    closeIdleConnections();
    closed.then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  if (stopRequested) stop();
}

// Installed before anything starts: a signal during start-up lets the start finish (a migration,
// the demo data) and then closes cleanly, instead of ending the process in the middle.
let stop: (() => void) | undefined;
let stopRequested = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopRequested) return;
    stopRequested = true;
    stop?.();
  });
}

void main();
