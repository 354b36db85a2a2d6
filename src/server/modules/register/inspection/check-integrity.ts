// "Register controleren": an inspector checks that nothing in one accommodation's register was
// removed or rewritten (see integrity/verify-register.ts). Audited like every look-up.
import type { z } from 'zod';
import type { integrityCheckSchema } from '../../../../shared/schemas/inspection.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/access.ts';
import { verifyRegister } from '../integrity/verify-register.ts';
import { inspect, inspectorOf } from './record-inspection.ts';
import { accommodationInMunicipality } from './repository.ts';

export async function checkIntegrity(deps: Deps, actor: Actor, accommodationId: string, input: z.output<typeof integrityCheckSchema>, meta: RequestMeta) {
  const inspector = inspectorOf(actor);
  const accommodation = await accommodationInMunicipality(deps.db, inspector.municipalityId, accommodationId);
  if (!accommodation) throw notFound();
  return inspect(deps, inspector, { kind: 'integrity', reason: input.reason, accommodationId: accommodation.id }, meta, async (tx) => {
    const report = await verifyRegister(tx, accommodation.id);
    if (!report) throw notFound();
    const { intact, stays, versions, lastStayNumber, problems, problemCount } = report;
    return {
      answer: { accommodation, intact, stays, versions, lastStayNumber, problems, problemCount },
      results: stays,
      summary: { intact, problems: problemCount },
    };
  });
}
