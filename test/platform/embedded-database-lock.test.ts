// The embedded database belongs to one process: a second opening of the same data directory (the
// admin command line while the server runs) is refused with a clear message instead of writing
// beside the first; after closing, or when the holder no longer runs, the directory opens again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseInUseError, openDatabase } from '../../src/server/db/client.ts';

// Creating a data directory runs initdb inside PGlite: seconds on an idle machine, far more next
// to the rest of the suite. Both cases use one directory, made (and closed) before them.
describe('the embedded database directory', { timeout: 120_000 }, () => {
  let dataDir = '';
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-lock-'));
    await (await openDatabase({ dataDir })).close();
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('is refused to a second opener while open, and free again once closed', async () => {
    const first = await openDatabase({ dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(DatabaseInUseError);
      await expect(openDatabase({ dataDir })).rejects.toThrow(/in use by process \d+/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir });
    await again.ping();
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    // A pid far above any the kernel hands out here: nobody runs under it.
    fs.writeFileSync(path.join(dataDir, 'pglite.lock'), '999999999');
    const database = await openDatabase({ dataDir });
    await database.ping();
    await database.close();
  });
});
