// The guest's signature (Schengen art. 45: foreign guests sign personally): a PNG data URL from
// the form or the desk, checked to really be a PNG on the way in, kept encrypted with the stay, and
// shown only to the accommodation's own owner and staff.
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import type { RegisterActor } from '../../identity/accommodation-actor.ts';
import { findStay } from '../stays/repository.ts';
import { pngBytesOf, signatureState, storedImageOf } from '../stays/signatures.ts';

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
