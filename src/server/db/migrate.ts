// Applies the SQL files in migrations/ in name order, each once, inside a transaction, under a
// PostgreSQL advisory lock so that several instances starting together migrate exactly once.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './client.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_ID = 4_815_162_342;

export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return database.withConnection(async (conn) => {
    await conn.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
    try {
      await conn.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = new Set((await conn.query('SELECT name FROM schema_migrations')).rows.map((r) => String(r.name)));
      const applied: string[] = [];
      for (const file of files.filter((f) => !done.has(f))) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        await conn.exec('BEGIN');
        try {
          await conn.exec(text);
          await conn.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
          await conn.exec('COMMIT');
        } catch (error) {
          await conn.exec('ROLLBACK');
          throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
        }
        applied.push(file);
      }
      return applied;
    } finally {
      await conn.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]);
    }
  });
}
