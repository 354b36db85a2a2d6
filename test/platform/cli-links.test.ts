// The operator's command line prints one-time links on the address users open: PUBLIC_URL, or
// http://localhost:PORT without it (as the server builds its links), and says so when it guessed.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** `npm run admin -- create-admin` against a database of its own, with `env` added. */
async function createAdmin(env: Record<string, string>): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nr-cli-links-'));
  dirs.push(dataDir);
  const database = process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: `t_${randomBytes(6).toString('hex')}` }
    : { DATA_DIR: dataDir };
  const email = `admin-${randomBytes(4).toString('hex')}@example.org`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/server/cli/admin.ts', 'create-admin', '--email', email], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', SECRET_KEY: randomBytes(32).toString('hex'), ...database, ...env },
  });
  return stdout;
}

function linkIn(output: string): URL {
  const line = output.split('\n').find((l) => l.includes('/code-ontvangen?code='));
  if (!line) throw new Error(`no link in:\n${output}`);
  return new URL(line.trim());
}

describe('links printed by the admin command line', () => {
  it('start with PUBLIC_URL, whatever PORT is', async () => {
    const output = await createAdmin({ PUBLIC_URL: 'https://nachtregister.example.nl/', PORT: '3400' });
    const link = linkIn(output);
    expect(link.origin).toBe('https://nachtregister.example.nl');
    expect(link.pathname).toBe('/code-ontvangen');
    expect(output).not.toContain('PUBLIC_URL is not set');
  });

  it('without PUBLIC_URL use PORT as the server does, and say that they assume it', async () => {
    const output = await createAdmin({ PORT: '3400' });
    expect(linkIn(output).origin).toBe('http://localhost:3400');
    expect(output).toContain('The link is on http://localhost:3400 because PUBLIC_URL is not set');
  });
}, 120_000);
