// Stays from a booking or property-management system: one, or a batch of up to 1000 in which
// every item is answered on its own (created, existing or rejected with its errors) and the
// valid ones are stored. The booking reference with the arrival makes a post idempotent: sending
// the same booking again answers 'existing' and adds nothing, so a system may retry safely.
import { stayInputSchema, type StayInput } from '../../../../shared/schemas/register.ts';
import type { SignatureStatus } from '../../../../shared/register/signatures.ts';
import type { StayRow } from '../../../db/schema.ts';
import { signatureState } from '../stays/signatures.ts';
import type { Deps } from '../../../deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { fieldErrorsOf, validationError } from '../import/item-errors.ts';
import { registerStays, type ItemError, type RegisterContext } from '../stays/register-stays.ts';
import type { ApiClient } from './token-auth.ts';

export const MAX_BATCH = 1000;

export type BatchResult =
  | { index: number; status: 'created' | 'existing'; stay: { id: string; number: number; signatureStatus: SignatureStatus | null } }
  | { index: number; status: 'rejected'; error: ItemError };

function contextOf(client: ApiClient): RegisterContext {
  return { accommodationId: client.accommodationId, actorUserId: null, source: 'api' };
}

/** One stay: created (201) or already there (200); a refusal is thrown as the API's error. */
export async function postStay(deps: Deps, client: ApiClient, body: unknown): Promise<{ status: 'created' | 'existing'; stay: StayRow }> {
  const parsed = stayInputSchema.safeParse(body);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', { fields: fieldErrorsOf(parsed.error) });
  const [result] = await registerStays(deps, contextOf(client), [parsed.data], { status: 'registered' });
  if (!result) throw new Error('no result');
  if (result.status === 'rejected') {
    const { code, fields } = result.error;
    throw new AppError(code, fields ? { fields } : {});
  }
  return { status: result.status, stay: result.stay };
}

/** A batch: every item checked on its own, the valid ones stored together. */
export async function postStayBatch(deps: Deps, client: ApiClient, items: unknown[]) {
  if (items.length > MAX_BATCH) throw new AppError('BATCH_TOO_LARGE');
  const results: BatchResult[] = [];
  const valid: { index: number; stay: StayInput }[] = [];
  items.forEach((item, index) => {
    const parsed = stayInputSchema.safeParse(item);
    if (parsed.success) valid.push({ index, stay: parsed.data });
    else results.push({ index, status: 'rejected', error: validationError(fieldErrorsOf(parsed.error)) });
  });
  if (valid.length > 0) {
    const registered = await registerStays(
      deps,
      contextOf(client),
      valid.map((v) => v.stay),
      { status: 'registered' },
    );
    for (const r of registered) {
      const index = valid[r.index]?.index ?? r.index;
      results.push(
        r.status === 'rejected'
          ? { index, status: 'rejected', error: r.error }
          : { index, status: r.status, stay: { id: r.stay.id, number: r.stay.number, signatureStatus: signatureState(r.stay).status } },
      );
    }
  }
  results.sort((a, b) => a.index - b.index);
  const count = (status: BatchResult['status']) => results.filter((r) => r.status === status).length;
  return { results, counts: { created: count('created'), existing: count('existing'), rejected: count('rejected') } };
}
