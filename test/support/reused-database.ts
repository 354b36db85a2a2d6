// One database per test worker, put back into its freshly migrated state after each test file
// instead of a new one per file: opening PGlite from the migrated copy costs about half a second of
// CPU and migrating a new PostgreSQL schema more, the reset a few milliseconds. A file that opens a
// second app while its first still runs gets a database of its own.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../src/server/db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** On PostgreSQL: the start of the name of every schema this run makes (dropped at its end). */
    schemaPrefix?: string;
  }
}

export interface Borrowed {
  database: Database;
  /** The PostgreSQL schema the database lives in; undefined for the embedded database. */
  schema: string | undefined;
  /** Gives the database back (reset for the next file), or closes (and drops) one of its own. */
  release(): Promise<void>;
}

interface Reused extends Borrowed {
  busy: boolean;
}

let reused: Reused | undefined;

/** A new schema's name on PostgreSQL (`url`), one the run's end drops. */
function testSchemaName(): string {
  return `${inject('schemaPrefix') ?? 't'}_${randomBytes(6).toString('hex')}`;
}

/** The worker's database, or a new one from `open` while the worker's is in use. */
export async function borrowDatabase(url: string | undefined, open: (schema: string | undefined) => Promise<Database>): Promise<Borrowed> {
  if (reused && !reused.busy) {
    reused.busy = true;
    return reused;
  }
  const schema = url ? testSchemaName() : undefined;
  const database = await open(schema);
  if (reused) return { database, schema, release: () => closeAndDrop(database, url, schema) };
  const reset = await resetterOf(database);
  const taken: Reused = { database, schema, busy: true, release: () => giveBack(taken, reset, url) };
  reused = taken;
  return taken;
}

async function giveBack(taken: Reused, reset: () => Promise<void>, url: string | undefined) {
  try {
    await reset();
    taken.busy = false;
  } catch {
    // The file left the database unusable (closed it, say): the next file opens a new one.
    if (reused === taken) reused = undefined;
    await closeAndDrop(taken.database, url, taken.schema).catch(() => undefined);
  }
}

async function closeAndDrop(database: Database, url: string | undefined, schema: string | undefined) {
  await database.close();
  if (url && schema) await dropSchemas(url, [schema]);
}

export async function dropSchemas(url: string, schemas: string[]) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE`);
  } finally {
    await admin.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Reads the migrated state once: every table, the rows the migrations wrote (copied into a schema
 * of their own) and every sequence's position. The reset empties every table, writes those rows
 * back and sets the sequences back, in one transaction.
 */
async function resetterOf(database: Database): Promise<() => Promise<void>> {
  return database.withConnection(async (conn) => {
    const schema = String((await conn.query('SELECT current_schema() AS name')).rows[0]?.name);
    const copies = quote(`${schema}__migrated`);
    const tables = (await conn.query('SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename', [schema])).rows.map((row) =>
      String(row.tablename),
    );
    await conn.exec(`CREATE SCHEMA ${copies}`);
    const seeded: string[] = [];
    for (const table of tables) {
      const { rows } = await conn.query(`SELECT EXISTS (SELECT 1 FROM ${quote(table)}) AS seeded`);
      if (!rows[0]?.seeded) continue;
      seeded.push(table);
      await conn.exec(`CREATE TABLE ${copies}.${quote(table)} AS TABLE ${quote(table)}`);
    }
    const sequences = (await conn.query('SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = $1', [schema])).rows.map((row) => ({
      name: String(row.sequencename),
      last: row.last_value === null ? null : String(row.last_value),
    }));
    const statements = [
      `TRUNCATE ${tables.map(quote).join(', ')} CASCADE`,
      ...seeded.map((table) => `INSERT INTO ${quote(table)} OVERRIDING SYSTEM VALUE SELECT * FROM ${copies}.${quote(table)}`),
      ...sequences.map(({ name, last }) => (last === null ? `ALTER SEQUENCE ${quote(name)} RESTART` : `SELECT setval('${quote(name)}', ${last}, true)`)),
    ].join(';\n');
    return () => database.withConnection((c) => c.exec(`BEGIN;\n${statements};\nCOMMIT`));
  });
}
