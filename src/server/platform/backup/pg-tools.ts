// Runs the PostgreSQL client programs (pg_dump, pg_restore) as child processes. The password
// leaves the connection URL and travels in PGPASSWORD: on the command line `ps` would show it to
// every user of the machine, and it never appears in anything we print.
import { spawn } from 'node:child_process';
import { BackupError, oneLine } from './errors.ts';

export interface PgConnection {
  /** The connection URL without its password, for --dbname. */
  url: string;
  /** Environment for the child process: the password, and a bound on waiting for the server. */
  env: Record<string, string>;
  password: string | undefined;
}

export function pgConnection(databaseUrl: string): PgConnection {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    // A form libpq reads but the URL parser does not (a user without a host, for a socket):
    // passed on as it is; such URLs name a local socket and rarely carry a password.
    return { url: databaseUrl, env: { PGCONNECT_TIMEOUT: '10' }, password: undefined };
  }
  const password = url.password ? decodeURIComponent(url.password) : (url.searchParams.get('password') ?? undefined);
  url.password = '';
  url.searchParams.delete('password');
  return {
    url: url.toString(),
    env: { PGCONNECT_TIMEOUT: '10', ...(password ? { PGPASSWORD: password } : {}) },
    password,
  };
}

export type PgTool = 'pg_dump' | 'pg_restore';

/** Runs the tool and resolves with its standard output; a failure becomes one readable line. */
export function runPgTool(tool: PgTool, args: string[], connection?: PgConnection): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
      env: { ...process.env, ...connection?.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `${tool} was not found: install the PostgreSQL client tools (Debian and Ubuntu: apt-get install postgresql-client) or put them on PATH`,
            )
          : error,
      );
    });
    child.once('close', (code) => {
      if (code === 0) resolve(Buffer.concat(stdout).toString());
      else reject(new BackupError(`${tool} failed: ${toolError(tool, stderr, connection?.password)}`));
    });
  });
}

/**
 * The lines that say what went wrong ("error:" and its "detail:"), without the program's prefix;
 * warnings and progress lines would only bury them.
 */
function toolError(tool: PgTool, stderr: string, password: string | undefined): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.replace(new RegExp(`^${tool}: `), '').trim())
    .filter((line) => /^(error|detail|hint):/.test(line))
    .map((line) => line.replace(/^error: /, ''));
  return oneLine(lines.length ? lines.join('; ') : stderr || 'no message', password);
}

/** The major version of an installed client program (15 for "pg_dump (PostgreSQL) 15.20"). */
export async function pgToolMajor(tool: PgTool): Promise<number> {
  const version = await runPgTool(tool, ['--version']);
  const major = /\)\s+(\d+)/.exec(version)?.[1];
  if (!major) throw new BackupError(`cannot tell the version of ${tool} from "${oneLine(version)}"`);
  return Number(major);
}
