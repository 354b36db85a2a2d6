// Vitest global set-up: on the embedded database (no DATABASE_URL) the migrations run once per
// test run, and every test file opens a copy of the migrated database (test/support/app.ts)
// instead of an empty one it migrates itself: a fifth of the time per file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.ts';
import { migrate } from '../../src/server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file of the migrated database's dump; absent on PostgreSQL. */
    migratedDatabase?: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return;
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
