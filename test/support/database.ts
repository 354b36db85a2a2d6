// Read-only views of what the application stored, for the few properties that are about storage
// itself (what is kept, and in which form). Everything else is tested through HTTP.
import type { TestApp } from './app.ts';

/** Every row of every table of the app's schema, as PostgreSQL's text form of the row. */
export async function dumpTables(t: TestApp): Promise<Map<string, string[]>> {
  return t.deps.database.withConnection(async (conn) => {
    const { rows: tables } = await conn.query(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const dump = new Map<string, string[]>();
    for (const { table_name: name } of tables) {
      const { rows } = await conn.query(`SELECT t::text AS row FROM "${String(name)}" t`);
      dump.set(
        String(name),
        rows.map((r) => String(r.row)),
      );
    }
    return dump;
  });
}

/** The names of the tables in which `needle` occurs in some row. */
export function tablesContaining(dump: Map<string, string[]>, needle: string): string[] {
  return [...dump].filter(([, rows]) => rows.some((row) => row.includes(needle))).map(([name]) => name);
}
