// One embedded database per test worker, put back into its freshly migrated state after each test
// file instead of opened anew from the migrated copy: opening PGlite costs about half a second of
// CPU, the reset a few milliseconds. A file that opens a second app while the first is still
// running gets a database of its own. Only for the embedded database (no DATABASE_URL).
import type { Database } from '../../src/server/db/client.ts';

interface Reused {
  database: Database;
  busy: boolean;
  reset(): Promise<void>;
}

let reused: Reused | undefined;

/** The worker's database, or a new one from `open` while it is in use; `release` gives it back. */
export async function borrowDatabase(open: () => Promise<Database>): Promise<{ database: Database; release(): Promise<void> }> {
  if (reused && !reused.busy) {
    const taken = reused;
    taken.busy = true;
    return { database: taken.database, release: () => giveBack(taken) };
  }
  const database = await open();
  if (reused) return { database, release: () => database.close() };
  const taken: Reused = { database, busy: true, reset: await resetterOf(database) };
  reused = taken;
  return { database, release: () => giveBack(taken) };
}

async function giveBack(taken: Reused) {
  try {
    await taken.reset();
    taken.busy = false;
  } catch {
    // The file left the database unusable (closed it, say): the next file opens a new one.
    if (reused === taken) reused = undefined;
    await taken.database.close().catch(() => undefined);
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const copyOf = (table: string) => `pg_temp.${quote(`migrated_${table}`)}`;

/**
 * Reads the migrated state once: every table, the rows the migrations wrote (kept in temporary
 * tables, which live as long as the embedded database's one session) and every sequence's position. The reset empties every table, writes those rows back
 * and sets the sequences back.
 */
async function resetterOf(database: Database): Promise<() => Promise<void>> {
  return database.withConnection(async (conn) => {
    const tables = (await conn.query(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`)).rows.map((row) =>
      String(row.tablename),
    );
    const seeded: string[] = [];
    for (const table of tables) {
      const { rows } = await conn.query(`SELECT EXISTS (SELECT 1 FROM ${quote(table)}) AS seeded`);
      if (!rows[0]?.seeded) continue;
      seeded.push(table);
      await conn.exec(`CREATE TEMPORARY TABLE ${quote(`migrated_${table}`)} AS TABLE ${quote(table)}`);
    }
    const sequences = (await conn.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()`)).rows.map((row) => ({
      name: String(row.sequencename),
      last: row.last_value === null ? null : String(row.last_value),
    }));
    const statements = [
      `TRUNCATE ${tables.map(quote).join(', ')} CASCADE`,
      ...seeded.map((table) => `INSERT INTO ${quote(table)} OVERRIDING SYSTEM VALUE SELECT * FROM ${copyOf(table)}`),
      ...sequences.map(({ name, last }) => (last === null ? `ALTER SEQUENCE ${quote(name)} RESTART` : `SELECT setval('${quote(name)}', ${last}, true)`)),
    ].join(';\n');
    return () => database.withConnection((c) => c.exec(`BEGIN;\n${statements};\nCOMMIT`));
  });
}
