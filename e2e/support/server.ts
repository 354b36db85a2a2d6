// Starts the real application on a free port, with its mail going to the test's SMTP server.
import { randomBytes } from 'node:crypto';
import { buildApp, type BuildOptions } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { DEMO_MUNICIPALITIES_CSV, importMunicipalities } from '../../src/server/modules/organisations/municipalities/import-municipalities.ts';
import { freePort } from '../../test/support/smtp.ts';

/** `options.clock`: a clock the journey moves (e.g. past a session's idle period) instead of waiting. */
export async function startServer(env: Record<string, string> = {}, options: Pick<BuildOptions, 'limits' | 'clock'> = {}) {
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: 'memory://',
    PORT: String(port),
    SECRET_KEY: randomBytes(32).toString('hex'),
    ...env,
  });
  const { app, deps } = await buildApp(config, { jobOptions: { pollMs: 100 }, ...options });
  await importMunicipalities(deps.db, DEMO_MUNICIPALITIES_CSV);
  await app.listen({ port, host: '127.0.0.1' });
  return { app, deps, baseUrl: config.publicUrl };
}
