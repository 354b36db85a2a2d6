// The emergency list of one accommodation as its owner, staff and booking system read it: each stay
// in the register's own view (as the overview and the API show stays), with its group and basis.
import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import { stayView, staysWithUnits } from '../stays/repository.ts';
import { findHouseTimes, MAX_LISTED, presenceAnswer, presenceAt } from './presence.ts';

export async function accommodationPresence(deps: Deps, accommodationId: string) {
  const at = deps.clock.now();
  const times = await findHouseTimes(deps.db, accommodationId);
  if (!times) throw notFound();
  const entries = await presenceAt(deps.db, accommodationId, at);
  const rows = await staysWithUnits(
    deps.db,
    accommodationId,
    entries.slice(0, MAX_LISTED).map((e) => e.id),
  );
  return presenceAnswer(
    at,
    times,
    entries,
    rows.map((row) => stayView(row.stay, row.unitName, deps.cipher)),
  );
}
