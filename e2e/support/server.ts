// Starts the real application on a free port, with its mail going to the test's SMTP server.
import { randomBytes } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import {
  DEMO_MUNICIPALITIES_CSV,
  importMunicipalities,
} from '../../src/server/modules/organisations/municipalities/import-municipalities.ts';

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startServer(env: Record<string, string> = {}) {
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: 'memory://',
    PORT: String(port),
    SECRET_KEY: randomBytes(32).toString('hex'),
    ...env,
  });
  const { app, deps } = await buildApp(config, { jobOptions: { pollMs: 100 } });
  await importMunicipalities(deps.db, DEMO_MUNICIPALITIES_CSV);
  await app.listen({ port, host: '127.0.0.1' });
  return { app, deps, baseUrl: config.publicUrl };
}
