// Vitest global set-up. On the embedded database (no DATABASE_URL) the migrations run once per
// test run, and test files start from a copy of the migrated database (test/support/app.ts)
// instead of an empty one they migrate themselves. On PostgreSQL every schema the run makes starts
// with one prefix, and the run's end drops them all (test/support/reused-database.ts).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { dropSchemas } from './reused-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file of the migrated database's dump; absent on PostgreSQL. */
    migratedDatabase?: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const prefix = `t_${randomBytes(3).toString('hex')}`;
    project.provide('schemaPrefix', prefix);
    return async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ name: string }>('SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)', [`${prefix}_`]);
      await client.end();
      await dropSchemas(
        url,
        rows.map((row) => row.name),
      );
    };
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  const dump = await database.dump?.();
  await database.close();
  if (!dump) return;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nachtregister-test-')), 'migrated.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('migratedDatabase', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
