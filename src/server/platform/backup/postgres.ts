// Backup and restore of a PostgreSQL database with pg_dump and pg_restore (custom format).
// The backup is one consistent snapshot of the configured database, or of DATABASE_SCHEMA only
// when set; the restore goes into an empty database (or schema) in one transaction, so a
// damaged file or a failure half-way leaves the target as empty as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { countContents, type BackupContents } from './contents.ts';
import { BackupError, oneLine } from './errors.ts';
import { pgConnection, pgToolMajor, runPgTool } from './pg-tools.ts';

export interface PostgresTarget {
  url: string;
  /** DATABASE_SCHEMA; the public schema when unset. */
  schema: string | undefined;
}

async function connect(target: PostgresTarget): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new BackupError(`cannot connect to PostgreSQL: ${oneLine((error as Error).message, pgConnection(target.url).password)}`);
  }
  return client;
}

/** pg_dump refuses a server newer than itself; say which client to install instead of its error. */
async function checkDumpVersion(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ server_version_num: string; server_version: string }>(
    "SELECT current_setting('server_version_num') AS server_version_num, current_setting('server_version') AS server_version",
  );
  const server = rows[0];
  const serverMajor = Math.floor(Number(server?.server_version_num) / 10_000);
  const dumpMajor = await pgToolMajor('pg_dump');
  if (dumpMajor < serverMajor) {
    throw new BackupError(
      `pg_dump ${dumpMajor} cannot back up a PostgreSQL ${server?.server_version} server: install the client tools of version ${serverMajor} or newer (Debian and Ubuntu: postgresql-client-${serverMajor}) and put them first on PATH`,
    );
  }
}

/** Writes the backup to `file` and returns what it holds, counted in the very snapshot pg_dump saved. */
export async function backupPostgres(target: PostgresTarget, file: string): Promise<BackupContents> {
  const connection = pgConnection(target.url);
  const client = await connect(target);
  try {
    await checkDumpVersion(client);
    // pg_dump takes over this transaction's snapshot, so the counts printed are those of the file.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]?.id ?? '';
    const contents = await countContents((text) => client.query(text), target.schema);
    // A dump of one schema leaves out the database's extensions, which its indexes need (btree_gist).
    const extensions = target.schema
      ? (await client.query<{ extname: string }>("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1")).rows.map((r) => r.extname)
      : [];
    await runPgTool(
      'pg_dump',
      [
        '--format=custom',
        '--no-password',
        `--snapshot=${snapshot}`,
        `--file=${file}`,
        ...(target.schema ? [`--schema="${target.schema}"`, ...extensions.map((name) => `--extension="${name}"`)] : []),
        `--dbname=${connection.url}`,
      ],
      connection,
    );
    return contents;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Schemas of the tables in an archive's table of contents (`pg_restore --list`). */
function tableSchemas(toc: string): Map<string, Set<string>> {
  const schemas = new Map<string, Set<string>>();
  for (const match of toc.matchAll(/^\d+; \d+ \d+ TABLE (?!DATA )(\S+) (\S+) /gm)) {
    const [, schema = '', table = ''] = match;
    schemas.set(schema, (schemas.get(schema) ?? new Set()).add(table));
  }
  return schemas;
}

async function readTableOfContents(file: string): Promise<string> {
  try {
    return await runPgTool('pg_restore', ['--list', file]);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    const newer = /unsupported version/.test(error.message) ? ' (made by a newer pg_dump than this pg_restore: install newer PostgreSQL client tools)' : '';
    throw new BackupError(`the backup file cannot be read${newer}: ${error.message}`);
  }
}

/** Refuses a target that already holds tables; an empty schema is dropped, as the archive creates it. */
async function requireEmptyTarget(client: pg.Client, schema: string, dropEmptySchema: boolean): Promise<void> {
  const { rows } = await client.query<{ relations: string }>(
    "SELECT count(*) AS relations FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')",
    [schema],
  );
  const relations = Number(rows[0]?.relations);
  if (relations > 0) {
    throw new BackupError(
      `the target already holds ${relations} tables or sequences in schema "${schema}": a restore only goes into an empty database; drop that schema or create a new database first if you mean to replace it`,
    );
  }
  if (dropEmptySchema) {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}"`).catch((error: Error) => {
      throw new BackupError(`schema "${schema}" of the target is not empty (${oneLine(error.message)}): restore into an empty database or schema`);
    });
  }
}

export async function restorePostgres(target: PostgresTarget, file: string): Promise<BackupContents> {
  const toc = await readTableOfContents(file);
  const schemas = tableSchemas(toc);
  const backedUp = [...schemas].find(([, tables]) => tables.has('users') && tables.has('stays'))?.[0];
  if (!backedUp) throw new BackupError('the file is a PostgreSQL archive, but not a backup of Nachtregister');
  const schema = target.schema ?? 'public';
  if (backedUp !== schema) {
    throw new BackupError(
      `the backup holds schema "${backedUp}", but the target is schema "${schema}": ${backedUp === 'public' ? 'leave DATABASE_SCHEMA unset' : `set DATABASE_SCHEMA=${backedUp}`} for the restore and for the server`,
    );
  }
  const connection = pgConnection(target.url);
  const client = await connect(target);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nachtregister-restore-'));
  try {
    await requireEmptyTarget(client, schema, target.schema !== undefined);
    // A comment on an extension needs its owner; where the target already has the extension
    // (made by another role, as on managed services) the comment would fail the whole restore.
    const list = path.join(workDir, 'restore.list');
    fs.writeFileSync(
      list,
      toc
        .split('\n')
        .filter((line) => !/ COMMENT - EXTENSION /.test(line))
        .join('\n'),
    );
    await runPgTool(
      'pg_restore',
      ['--no-password', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--use-list=${list}`, `--dbname=${connection.url}`, file],
      connection,
    ).catch((error: unknown) => {
      throw error instanceof BackupError ? new BackupError(`${error.message} (nothing was restored)`) : error;
    });
    return await countContents((text) => client.query(text), schema);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
    await client.end().catch(() => undefined);
  }
}
