// Backup and restore of the embedded database (PGlite in DATA_DIR). PGlite is one process's
// database, so both hold the data directory's lock: while the server runs they are refused
// (DatabaseInUseError), and nothing writes while the copy is taken. The backup is PGlite's own
// dump of its data directory (dumpDataDir, a gzipped tar) after a checkpoint; the restore loads
// it beside DATA_DIR's database directory and moves it into place only once it opened and was
// counted, so a failed restore leaves DATA_DIR as it was.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { embeddedDatabaseDir, lockDataDir, PGLITE_EXTENSIONS } from '../../db/client.ts';
import { countContents, type BackupContents } from './contents.ts';
import { BackupError, oneLine } from './errors.ts';
import { readEmbeddedArchive } from './pglite-archive.ts';

async function withDataDirLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  const unlock = lockDataDir(dataDir);
  try {
    return await fn();
  } finally {
    unlock();
  }
}

async function counted(db: PGlite): Promise<BackupContents> {
  return countContents((text) => db.query<Record<string, unknown>>(text));
}

export async function backupEmbedded(dataDir: string, file: string): Promise<BackupContents> {
  const dir = path.resolve(dataDir);
  const database = embeddedDatabaseDir(dir);
  if (!fs.existsSync(path.join(database, 'PG_VERSION'))) {
    throw new BackupError(`there is no embedded database in ${dir} (check DATA_DIR, or set DATABASE_URL for PostgreSQL)`);
  }
  return withDataDirLock(dir, async () => {
    const db = new PGlite(database, { extensions: PGLITE_EXTENSIONS });
    try {
      await db.waitReady;
      const contents = await counted(db);
      // Writes the data files out, so the copy needs no crash recovery when it is loaded.
      await db.exec('CHECKPOINT');
      const archive = await db.dumpDataDir('gzip');
      fs.writeFileSync(file, Buffer.from(await archive.arrayBuffer()));
      return contents;
    } finally {
      await db.close();
    }
  });
}

export async function restoreEmbedded(dataDir: string, file: string): Promise<BackupContents> {
  const tar = readEmbeddedArchive(fs.readFileSync(file));
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  return withDataDirLock(dir, async () => {
    const database = embeddedDatabaseDir(dir);
    if (fs.existsSync(database) && fs.readdirSync(database).length > 0) {
      throw new BackupError(
        `${dir} already holds a database: a restore only goes into an empty DATA_DIR; move ${database} aside first if you mean to replace it`,
      );
    }
    // Left over only by an interrupted restore: the lock says no one else uses it.
    const staging = `${database}.restoring`;
    fs.rmSync(staging, { recursive: true, force: true });
    try {
      const contents = await loadInto(staging, tar);
      fs.rmSync(database, { recursive: true, force: true });
      fs.renameSync(staging, database);
      return contents;
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (error instanceof BackupError) throw error;
      throw new BackupError(`the backup could not be loaded, nothing was restored: ${oneLine((error as Error).message)}`);
    }
  });
}

async function loadInto(directory: string, tar: Buffer): Promise<BackupContents> {
  const db = new PGlite(directory, {
    extensions: PGLITE_EXTENSIONS,
    loadDataDir: new Blob([new Uint8Array(tar)], { type: 'application/x-tar' }),
  });
  try {
    await db.waitReady;
    return await counted(db);
  } finally {
    await db.close().catch(() => undefined);
  }
}
