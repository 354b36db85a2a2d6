// The opaque cursor of the booking-system API's stay list: where the last page ended, as
// base64url JSON of the last stay's (updatedAt, id). Clients pass it back unchanged.
import { fieldError } from '../../../platform/errors.ts';
import type { SyncCursor } from '../stays/repository.ts';
import { withinCalendar } from './v1-schemas.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: SyncCursor): string {
  return Buffer.from(JSON.stringify({ u: cursor.updatedAt.toISOString(), i: cursor.id })).toString('base64url');
}

/** The cursor a previous page gave; anything else is 400 with CURSOR_INVALID on `cursor`. */
export function decodeCursor(text: string): SyncCursor {
  try {
    const { u, i } = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { u?: unknown; i?: unknown };
    const updatedAt = new Date(String(u));
    if (typeof u === 'string' && typeof i === 'string' && UUID.test(i) && withinCalendar(updatedAt)) return { updatedAt, id: i };
  } catch {
    // Not base64url JSON: refused below.
  }
  throw fieldError('cursor', 'CURSOR_INVALID');
}
