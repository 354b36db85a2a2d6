// The guest's signature (Schengen art. 45: foreign guests sign personally): a PNG data URL from
// the form or the desk, checked to really be a PNG on the way in, kept encrypted with the stay, and
// shown only to the accommodation's own owner and staff.
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import type { RegisterActor } from '../../identity/accommodation-actor.ts';
import { findStay } from '../stays/repository.ts';
import { signatureState, storedImageOf } from '../stays/signatures.ts';

const DATA_URL_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG bytes of a data URL, or null when they are not a PNG image. */
export function pngBytesOf(dataUrl: string): Buffer | null {
  if (!dataUrl.startsWith(DATA_URL_PREFIX)) return null;
  const bytes = Buffer.from(dataUrl.slice(DATA_URL_PREFIX.length), 'base64');
  // A PNG opens with its 8-byte signature and then the IHDR chunk (length, then the type).
  const isPng = bytes.length > 33 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.toString('latin1', 12, 16) === 'IHDR';
  return isPng ? bytes : null;
}

/**
 * One person's signature drawn on a screen (0: the main guest, n: the n-th co-traveller), of a
 * stay of the actor's accommodation, as PNG bytes; 404 when there is none.
 */
export async function signatureImage(deps: Deps, actor: RegisterActor, stayId: string, person = 0): Promise<Buffer> {
  const stay = await findStay(deps.db, actor.accommodationId, stayId);
  const stored = stay ? storedImageOf(stay, person, signatureState(stay)) : null;
  const png = stored ? pngBytesOf(deps.cipher.decrypt(stored)) : null;
  if (!png) throw notFound();
  return png;
}
