// Checks a backup of the embedded database before PGlite sees it: PGlite's loader fails on a
// damaged file late and loudly (a rejected promise it does not hand back), so the gzip and every
// tar header are verified here, and the file must be a PostgreSQL data directory.
import zlib from 'node:zlib';
import { BackupError, oneLine } from './errors.ts';

const BLOCK = 512;

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function octal(header: Buffer, start: number, length: number): number {
  const text = field(header, start, length).trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : Number.NaN;
}

/** The unsigned sum of the header with its own checksum field counted as spaces (POSIX ustar). */
function checksumOf(header: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum;
}

function damaged(reason: string): BackupError {
  return new BackupError(`the backup file is damaged or incomplete (${reason}); nothing was restored`);
}

/** The uncompressed tar of a PGlite data directory, verified from its first header to its end marker. */
export function readEmbeddedArchive(file: Buffer): Buffer {
  let tar: Buffer;
  try {
    tar = zlib.gunzipSync(file);
  } catch (error) {
    throw damaged(oneLine((error as Error).message));
  }
  let offset = 0;
  let hasVersion = false;
  for (;;) {
    if (offset + BLOCK > tar.length) throw damaged('the archive ends without its end marker');
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    if (octal(header, 148, 8) !== checksumOf(header)) throw damaged(`a bad header at byte ${offset}`);
    const size = octal(header, 124, 12);
    if (Number.isNaN(size)) throw damaged(`a bad size at byte ${offset}`);
    const name = `${field(header, 345, 155)}${field(header, 0, 100)}`.replace(/^\/+/, '');
    if (name === 'PG_VERSION') hasVersion = true;
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  if (!hasVersion) throw new BackupError('the file is an archive, but not a backup of the embedded database');
  return tar;
}
