// Completing a stay's signatures later (Schengen art. 45): a guest registered by the API, a CSV
// import or at the desk before they arrived signs at the desk, on the screen or on paper that the
// staff member saw. Each signature is a new version of the stay in the register's chain, with its
// audit event in the same transaction; the event names the person's place, never the image.
import type { SignatureInput } from '../../../../shared/schemas/signatures.ts';
import type { StayRow } from '../../../db/schema.ts';
import type { RequestMeta } from '../../../deps.ts';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { changeStay, type StayActor } from './change-stay.ts';
import { signatureState, signaturesToStore, witnessOf } from './signatures.ts';

export async function signStay(deps: Deps, actor: StayActor & { userId: string }, stayId: string, input: SignatureInput, meta: RequestMeta): Promise<StayRow> {
  const witness = await witnessOf(deps.db, actor.userId);
  return changeStay(deps, actor, stayId, 'signed', null, async (stay, now, tx) => {
    const signer = signatureState(stay).signers.find((s) => s.person === input.person);
    if (!signer) throw fieldError('person', 'SIGNATURE_PERSON_INVALID');
    if (signer.signed) throw new AppError('SIGNATURE_PERSON_INVALID');
    const stored = signaturesToStore(stay, [input], witness, now, deps.cipher, (_index, field) => field);
    if (!Array.isArray(stored)) throw fieldError(stored.field, stored.code);
    await recordAudit(tx, {
      action: 'register.stay_signed',
      occurredAt: now,
      actorUserId: actor.userId,
      accommodationId: actor.accommodationId,
      ip: meta.ip,
      details: { stayNumber: stay.number, person: input.person, method: input.method },
    });
    return { signatures: [...(stay.signatures ?? []), ...stored] };
  });
}
