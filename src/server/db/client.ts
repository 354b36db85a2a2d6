// Opens the database: PostgreSQL through node-postgres when DATABASE_URL is set, otherwise the
// embedded PGlite in DATA_DIR (or in memory for tests). Both speak the same SQL and are used
// through the same Drizzle API, so no code above this file knows which one it has.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Rows of a raw SQL statement; both drivers return `{ rows }`. */
export async function queryRows<T>(db: Db, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown as { rows: T[] };
  return result.rows;
}

/** A LIKE/ILIKE pattern matching `text` anywhere, with the pattern's own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Runs raw SQL on one dedicated connection (migrations, advisory locks). */
export interface RawConnection {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  exec(text: string): Promise<void>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  withConnection<T>(fn: (conn: RawConnection) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** An embedded in-memory database's files as a tarball, to open copies from (`snapshot`). */
  dump?(): Promise<Blob>;
}

export interface DatabaseOptions {
  /** postgres:// URL; unset means embedded PGlite. */
  url?: string;
  /** Schema to use on PostgreSQL (created when missing); lets test files run side by side. */
  schema?: string;
  /** PGlite data directory; `memory://` for a throw-away database. */
  dataDir: string;
  /**
   * For `memory://`: the dump of a database to start from instead of an empty one (the test suite
   * migrates once and gives every test file a copy, which opens in a fifth of the time).
   */
  snapshot?: Blob;
}

/** PGlite's own files live in a sub-directory, so DATA_DIR can also hold the lock and the key file. */
export function embeddedDatabaseDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'pglite');
}

/** The extensions the migrations use; every PGlite that opens our data must load them. */
export const PGLITE_EXTENSIONS = { btree_gist };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options.schema) : openPglite(options.dataDir, options.snapshot);
}

export class DatabaseInUseError extends Error {}

/**
 * PGlite is one process's database: a second process opening the same directory (the admin
 * command line while `npm start` runs) would write beside it and corrupt both. A lock file with
 * the owner's pid keeps the second one out; a lock left by a process that no longer runs is taken
 * over. Returns the function that releases it.
 */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'pglite.lock');
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(fs.readFileSync(file, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
      throw new DatabaseInUseError(`The embedded database in ${dir} is in use by process ${owner} (a running server?). Stop it first, or use DATABASE_URL.`);
    }
    fs.rmSync(file, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPglite(dataDir: string, snapshot?: Blob): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const dir = path.resolve(dataDir);
  if (!inMemory) fs.mkdirSync(dir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataDir(dir);
  const extensions = PGLITE_EXTENSIONS;
  const client = inMemory ? new PGlite({ extensions, ...(snapshot ? { loadDataDir: snapshot } : {}) }) : new PGlite(embeddedDatabaseDir(dir), { extensions });
  await client.waitReady;
  const conn: RawConnection = {
    query: (text, params) => client.query<Record<string, unknown>>(text, params),
    exec: async (text) => {
      await client.exec(text);
    },
  };
  return {
    kind: 'pglite',
    db: drizzlePglite({ client, schema }) as unknown as Db,
    withConnection: (fn) => fn(conn),
    ping: async () => {
      await client.query('SELECT 1');
    },
    close: async () => {
      await client.close();
      unlock();
    },
    ...(inMemory ? { dump: () => client.dumpDataDir('none') } : {}),
  };
}

async function openPostgres(url: string, schemaName: string | undefined): Promise<Database> {
  if (schemaName) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`).catch((error: unknown) => {
        // Instances starting together race here: IF NOT EXISTS is checked before the insert, so
        // the loser gets a unique violation on the catalogue although the schema now exists.
        if ((error as { code?: string }).code !== '23505') throw error;
      });
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5_000,
    ...(schemaName ? { options: `-c search_path="${schemaName}"` } : {}),
  });
  // A client losing its connection (database restart, failover) must not crash the process. The
  // pool listens only to its idle clients; a checked-out client between two queries of a
  // transaction would emit 'error' to nobody. Its next query fails instead (answered 503), and
  // the pool drops it on release because it is no longer queryable.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    kind: 'postgres',
    db: drizzlePg({ client: pool, schema }) as unknown as Db,
    withConnection: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          query: (text, params) => client.query(text, params),
          exec: async (text) => {
            await client.query(text);
          },
        });
      } finally {
        client.release();
      }
    },
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}
