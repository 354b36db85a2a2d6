// The `backup` and `restore` operator commands: pick PostgreSQL or the embedded database from the
// configuration, guard the files (a backup never overwrites and is readable by its owner only; a
// half-written one never carries the final name), and say in one paragraph what was done.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.ts';
import { describeContents } from './contents.ts';
import { BackupError } from './errors.ts';
import { backupEmbedded, restoreEmbedded } from './pglite.ts';
import { backupPostgres, restorePostgres } from './postgres.ts';

export { BackupError } from './errors.ts';

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Where the data lives, for the messages; never the URL itself, which may carry a password. */
function describeTarget(config: Config): string {
  if (!config.databaseUrl) return `the embedded database in ${path.resolve(config.dataDir)}`;
  const schema = config.databaseSchema ? `, schema "${config.databaseSchema}"` : '';
  if (!URL.canParse(config.databaseUrl)) return `the PostgreSQL database of DATABASE_URL${schema}`;
  const url = new URL(config.databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default)';
  return `PostgreSQL database "${database}" on ${url.host || 'the local socket'}${schema}`;
}

export async function backupCommand(config: Config, file: string): Promise<string> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new BackupError(`${target} already exists: a backup never overwrites a file, choose a new name`);
  if (!fs.existsSync(path.dirname(target))) throw new BackupError(`the directory ${path.dirname(target)} does not exist`);
  // The backup holds personal data: only its owner may read it, from the first byte written.
  const partial = `${target}.partial`;
  fs.writeFileSync(partial, '', { mode: 0o600 });
  try {
    const contents = config.databaseUrl
      ? await backupPostgres({ url: config.databaseUrl, schema: config.databaseSchema }, partial)
      : await backupEmbedded(config.dataDir, partial);
    const fd = fs.openSync(partial, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, target);
    return `Backed up ${describeTarget(config)} to ${target} (${formatSize(fs.statSync(target).size)}): ${describeContents(contents)}.`;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** The kind of backup a file is, by its first bytes: pg_dump's custom format, or PGlite's gzipped tar. */
function kindOf(file: string): 'postgres' | 'embedded' | 'unknown' {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  return 'unknown';
}

export async function restoreCommand(config: Config, file: string): Promise<string> {
  const source = path.resolve(file);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) throw new BackupError(`${source} does not exist`);
  const kind = kindOf(source);
  if (kind === 'unknown') throw new BackupError(`${source} is not a backup made by "npm run admin -- backup"`);
  if (kind === 'embedded' && config.databaseUrl) {
    throw new BackupError(`${source} is a backup of the embedded database: restore it without DATABASE_URL, into an empty DATA_DIR`);
  }
  if (kind === 'postgres' && !config.databaseUrl) {
    throw new BackupError(`${source} is a PostgreSQL backup: restore it with DATABASE_URL set to an empty database`);
  }
  const contents = config.databaseUrl
    ? await restorePostgres({ url: config.databaseUrl, schema: config.databaseSchema }, source)
    : await restoreEmbedded(config.dataDir, source);
  return [
    `Restored ${source} into ${describeTarget(config)}: ${describeContents(contents)}.`,
    `The backup holds no keys: start the server with the SECRET_KEY (and any previous keys) of the installation that made it${config.databaseUrl ? '' : ', or copy its DATA_DIR/secret-key file into this DATA_DIR'}.`,
  ].join('\n');
}
