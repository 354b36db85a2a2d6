// "Accommodaties zonder registraties": approved accommodations of the municipality that registered
// no arrival in the last N days (today included), each with the last arrival it did register.
// Audited like every look-up; each accommodation on the list sees in its "Logboek" that it was.
import type { z } from 'zod';
import { addDays, dutchToday } from '../../../../shared/register/dates.ts';
import type { silentLookupSchema } from '../../../../shared/schemas/inspection.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import type { Actor } from '../../identity/access.ts';
import { countPerAccommodation, inspect, inspectorOf } from './record-inspection.ts';
import { MAX_ROWS, silentAccommodations } from './repository.ts';

export async function lookUpSilent(deps: Deps, actor: Actor, input: z.output<typeof silentLookupSchema>, meta: RequestMeta) {
  const inspector = inspectorOf(actor);
  const today = dutchToday(deps.clock.now());
  const since = addDays(today, 1 - input.days);
  return inspect(deps, inspector, { kind: 'silent', reason: input.reason, parameters: { days: input.days }, accommodationId: null }, meta, async (tx) => {
    const rows = await silentAccommodations(tx, inspector.municipalityId, since, today);
    const shown = rows.slice(0, MAX_ROWS);
    const capped = rows.length > MAX_ROWS;
    return {
      answer: { today, since, days: input.days, capped, maxRows: MAX_ROWS, total: shown.length, accommodations: shown },
      results: shown.length,
      perAccommodation: countPerAccommodation(shown.map((row) => ({ accommodationId: row.id }))),
      capped,
    };
  });
}
