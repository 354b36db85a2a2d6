// Starts the real application on a free port, with its mail going to the test's SMTP server, on a
// copy of the database the global set-up migrated once (test/support/migrated-database.ts).
import { randomBytes } from 'node:crypto';
import { buildApp, type BuildOptions } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { DEMO_MUNICIPALITIES_CSV, importMunicipalities } from '../../src/server/modules/organisations/municipalities/import-municipalities.ts';
import { migratedSnapshot } from '../../test/support/app.ts';
import { freePort } from '../../test/support/smtp.ts';

/**
 * `options.clock`: a clock the journey moves (e.g. past a session's idle period) instead of waiting;
 * `options.jobOptions`: the job queue's timing (it looks for work every 100 ms here).
 */
export async function startServer(env: Record<string, string> = {}, options: Pick<BuildOptions, 'limits' | 'clock' | 'jobOptions'> = {}) {
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: 'memory://',
    PORT: String(port),
    SECRET_KEY: randomBytes(32).toString('hex'),
    ...env,
  });
  const database = await openDatabase({ dataDir: config.dataDir, snapshot: migratedSnapshot() });
  await migrate(database);
  const { app, deps } = await buildApp(config, { ...options, jobOptions: { pollMs: 100, ...options.jobOptions }, database });
  await importMunicipalities(deps.db, DEMO_MUNICIPALITIES_CSV);
  await app.listen({ port, host: '127.0.0.1' });
  /** Stops the app, then closes its database (an app closes only a database it opened itself). */
  const close = async () => {
    await app.close();
    await database.close();
  };
  return { app, deps, baseUrl: config.publicUrl, close };
}
