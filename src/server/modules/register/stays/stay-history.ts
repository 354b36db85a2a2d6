// One stay of the actor's accommodation with the history of its versions: when, why and by whom
// each was recorded, and which of the stay's fields it changed.
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import type { RegisterActor } from '../../identity/accommodation-actor.ts';
import { findStay, listVersions, stayView, unitName } from './repository.ts';

export async function stayWithHistory(deps: Deps, actor: RegisterActor, stayId: string) {
  const stay = await findStay(deps.db, actor.accommodationId, stayId);
  if (!stay) throw notFound();
  const versions = await listVersions(deps.db, stay.id);
  return {
    stay: stayView(stay, await unitName(deps.db, stay.unitId), deps.cipher),
    history: versions.map((v) => ({
      version: v.version,
      change: v.change,
      recordedAt: v.recordedAt.toISOString(),
      reason: v.reason,
      by: v.by?.id ? { name: v.by.name, email: v.by.email } : null,
      changedFields: changedFields(versions.find((p) => p.version === v.version - 1)?.data ?? null, v.data),
    })),
  };
}

/** The top-level fields that differ between two versions (null data: erased or the first). */
function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  if (!before || !after) return [];
  return Object.keys(after).filter((key) => key !== 'version' && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
