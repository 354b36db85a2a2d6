// A private, throw-away PostgreSQL server for tests and benchmarks that stop, crash and restart
// the database under a running application. The machine's shared server is never touched: this
// one has its own data directory, port and socket directory, made with Debian's initdb and run
// with pg_ctl. The binaries refuse to run as root, so they run as the `postgres` user.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './smtp.ts';

const run = promisify(execFile);

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication). */
  url: string;
  port: number;
  /** Starts the stopped server; resolves once it accepts connections. */
  start(): Promise<void>;
  /** 'fast' ends the sessions and shuts down cleanly; 'immediate' is a crash (recovery at the next start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  restart(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server if it runs and removes its directory. */
  destroy(): Promise<void>;
  /** The server's own log, for a failing test's message. */
  log(): string;
}

/** Debian keeps each major version's binaries in /usr/lib/postgresql/<version>/bin; the newest wins. */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error(`no PostgreSQL server binaries (initdb) under ${root}`);
  return path.join(root, versions[0], 'bin');
}

async function asPostgres(bin: string, args: string[]): Promise<string> {
  const isRoot = process.getuid?.() === 0;
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const { stdout } = await run(command, commandArgs, { timeout: 120_000 });
  return stdout;
}

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Makes a new cluster in a temporary directory and starts it. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nachtregister-pg-'));
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    fs.chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const port = await freePort();
  await asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  // Durability against a power cut is not what these tests are about (fsync off); a crash of the
  // server process alone (immediate shutdown) still recovers every commit from the WAL in the
  // page cache, because each commit writes its WAL before it answers (synchronous_commit stays on).
  fs.appendFileSync(
    path.join(data, 'postgresql.conf'),
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'full_page_writes = off',
      'max_connections = 100',
      '',
    ].join('\n'),
  );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let running = false;

  const start = async () => {
    await asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', logFile, '-w', '-t', '60', 'start']);
    running = true;
    // pg_ctl -w waits for the postmaster; a connection proves it from the client's side too.
    for (let i = 0; i < 100 && !(await acceptsConnections(url)); i += 1) await new Promise((r) => setTimeout(r, 50));
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
    running = false;
  };
  await start();
  return {
    url,
    port,
    start,
    stop,
    restart: async (mode) => {
      await stop(mode);
      await start();
    },
    destroy: async () => {
      if (running) await stop('immediate').catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    log: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
  };
}
