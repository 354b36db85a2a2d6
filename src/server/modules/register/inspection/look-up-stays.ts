// The inspector's look-ups that answer with stays: "Wie verbleef er in nacht…" (one accommodation
// or the whole municipality), "Aanwezigen nu" (one accommodation, for emergency services) and
// "Lange verblijven" (suspected permanent residence). Each is audited (see record-inspection.ts).
import type { z } from 'zod';
import { dutchToday } from '../../../../shared/register/dates.ts';
import type { longStaysLookupSchema, nightLookupSchema, presentLookupSchema } from '../../../../shared/schemas/inspection.ts';
import type { Db } from '../../../db/client.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/access.ts';
import { findHouseTimes, MAX_LISTED, presenceAnswer, presenceAt } from '../presence/presence.ts';
import { inspectedStay } from './inspected-stay.ts';
import { countPerAccommodation, inspect, inspectorOf, type Inspector, type InspectionOutcome } from './record-inspection.ts';
import {
  accommodationInMunicipality,
  accommodationNames,
  longStays,
  MAX_ROWS,
  nightGuestsOfMunicipality,
  staysByIds,
  staysInNight,
  type InspectableAccommodation,
  type InspectedRow,
} from './repository.ts';

async function ownAccommodation(deps: Deps, inspector: Inspector, accommodationId: string): Promise<InspectableAccommodation> {
  const accommodation = await accommodationInMunicipality(deps.db, inspector.municipalityId, accommodationId);
  if (!accommodation) throw notFound();
  return accommodation;
}

/** The answer of a look-up: the stays (at most MAX_ROWS), whether there were more, the persons. */
function staysOutcome<T extends object>(deps: Deps, rows: InspectedRow[], extra: T): InspectionOutcome<T & ReturnType<typeof stayList>> {
  const shown = rows.slice(0, MAX_ROWS);
  const capped = rows.length > MAX_ROWS;
  return {
    answer: { ...extra, ...stayList(deps, shown, capped) },
    results: shown.length,
    perAccommodation: countPerAccommodation(shown.map((row) => row.stay)),
    capped,
  };
}

/** The stays shown, and how many stays and persons there are in all (more than shown when capped). */
function stayList(
  deps: Deps,
  rows: InspectedRow[],
  capped: boolean,
  all = { total: rows.length, persons: rows.reduce((sum, row) => sum + row.stay.persons, 0) },
) {
  return {
    capped,
    maxRows: MAX_ROWS,
    total: all.total,
    persons: all.persons,
    stays: rows.map((row) => inspectedStay(row, deps.cipher)),
  };
}

/**
 * A night across the municipality: all its guests are counted and ordered from the index (a city
 * has thousands a night), and only the rows shown are read in full.
 */
/** The municipality's accommodations in the order an inspector reads them: by name (Dutch collation). */
async function accommodationRanks(tx: Db, municipalityId: string): Promise<Map<string, number>> {
  const names = await accommodationNames(tx, municipalityId);
  const collator = new Intl.Collator('nl');
  const ordered = [...names].sort(([idA, a], [idB, b]) => collator.compare(a, b) || (idA < idB ? -1 : 1));
  return new Map(ordered.map(([id], index) => [id, index]));
}

async function nightAcrossMunicipality<T extends object>(deps: Deps, tx: Db, municipalityId: string, night: string, extra: T) {
  const guests = await nightGuestsOfMunicipality(tx, municipalityId, night);
  const rank = await accommodationRanks(tx, municipalityId);
  guests.sort((a, b) => (rank.get(a.accommodationId) ?? 0) - (rank.get(b.accommodationId) ?? 0) || a.number - b.number);
  const rows = await staysByIds(
    tx,
    guests.slice(0, MAX_ROWS).map((g) => g.id),
  );
  const capped = guests.length > MAX_ROWS;
  const all = { total: guests.length, persons: guests.reduce((sum, g) => sum + g.persons, 0) };
  return {
    answer: { ...extra, ...stayList(deps, rows, capped, all) },
    results: rows.length,
    perAccommodation: countPerAccommodation(rows.map((row) => row.stay)),
    capped,
  };
}

export async function lookUpNight(deps: Deps, actor: Actor, input: z.output<typeof nightLookupSchema>, meta: RequestMeta) {
  const inspector = inspectorOf(actor);
  const accommodation = input.accommodationId ? await ownAccommodation(deps, inspector, input.accommodationId) : null;
  const extra = { night: input.night, accommodation };
  return inspect(
    deps,
    inspector,
    { kind: 'night', reason: input.reason, parameters: { night: input.night }, accommodationId: accommodation?.id ?? null },
    meta,
    async (tx) =>
      accommodation
        ? staysOutcome(deps, await staysInNight(tx, { accommodationId: accommodation.id }, input.night), extra)
        : nightAcrossMunicipality(deps, tx, inspector.municipalityId, input.night, extra),
  );
}

/** "Aanwezigen nu": the emergency list of one accommodation, in the inspector's view of a stay. */
export async function lookUpPresent(deps: Deps, actor: Actor, input: z.output<typeof presentLookupSchema>, meta: RequestMeta) {
  const inspector = inspectorOf(actor);
  const accommodation = await ownAccommodation(deps, inspector, input.accommodationId);
  const at = deps.clock.now();
  const parameters = { day: dutchToday(at), at: at.toISOString() };
  return inspect(deps, inspector, { kind: 'present', reason: input.reason, parameters, accommodationId: accommodation.id }, meta, async (tx) => {
    const times = await findHouseTimes(tx, accommodation.id);
    if (!times) throw notFound();
    const entries = await presenceAt(tx, accommodation.id, at);
    const rows = await staysByIds(
      tx,
      entries.slice(0, MAX_LISTED).map((e) => e.id),
    );
    const answer = {
      accommodation,
      ...presenceAnswer(
        at,
        times,
        entries,
        rows.map((row) => inspectedStay(row, deps.cipher)),
      ),
    };
    return { answer, results: answer.stays.length, perAccommodation: countPerAccommodation(rows.map((row) => row.stay)), capped: answer.capped };
  });
}

export async function lookUpLongStays(deps: Deps, actor: Actor, input: z.output<typeof longStaysLookupSchema>, meta: RequestMeta) {
  const inspector = inspectorOf(actor);
  const today = dutchToday(deps.clock.now());
  return inspect(
    deps,
    inspector,
    { kind: 'long_stays', reason: input.reason, parameters: { minNights: input.minNights }, accommodationId: null },
    meta,
    async (tx) => staysOutcome(deps, await longStays(tx, inspector.municipalityId, today, input.minNights), { today, minNights: input.minNights }),
  );
}
