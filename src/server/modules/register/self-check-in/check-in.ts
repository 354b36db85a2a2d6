// The guest's side of self check-in, reached only through the accommodation's link: what the form
// needs to know, and the stay the guest fills in, added to the register as "pending" until staff
// confirm it. The answer to a guest holds only their own stay's dates: no register number, which
// would let anyone with the link count the accommodation's guests.
import { childExemptionOf } from '../../tourist-tax/rules/child-exemption.ts';
import type { SelfCheckInInput } from '../../../../shared/schemas/register.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { checkStay, registerStay, type RegisterContext } from '../stays/register-stays.ts';
import { findCheckInTarget, type CheckInTarget } from './repository.ts';
import { pngBytesOf } from '../stays/signatures.ts';

/** The form of a token made by check-in-link.ts; anything else cannot be a link of ours. */
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

const unavailable = () => new AppError('CHECK_IN_UNAVAILABLE');

/** The approved accommodation behind a link; a renewed, unknown or unapproved link is unavailable. */
async function targetOf(deps: Deps, token: string): Promise<CheckInTarget> {
  if (!TOKEN.test(token)) throw unavailable();
  const target = await findCheckInTarget(deps.db, token);
  if (target?.status !== 'approved') throw unavailable();
  return target;
}

export async function checkInPage(deps: Deps, token: string) {
  const target = await targetOf(deps, token);
  return {
    accommodation: { name: target.name, city: target.city },
    municipality: { name: target.municipalityName },
    privacyStatement: { accommodation: target.accommodationPrivacyStatement, municipality: target.municipalityPrivacyStatement },
    recordDocumentNumber: target.recordDocumentNumber,
    askDateOfBirth: target.askDateOfBirth,
    askNationality: target.askNationality,
    apvCitation: target.registerApvCitation,
    childExemptionAge: target.askDateOfBirth ? null : (await childExemptionOf(deps, target.accommodationId)).underAge,
  };
}

export interface CheckInReceipt {
  arrival: string;
  departure: string;
}

export async function checkInGuest(deps: Deps, token: string, input: SelfCheckInInput, meta: RequestMeta): Promise<CheckInReceipt> {
  await enforceLimit(deps.limiter, `self-check-in-ip:${meta.ip}`, deps.limits.selfCheckInPerIp);
  const target = await targetOf(deps, token);
  await enforceLimit(deps.limiter, `self-check-in-link:${target.accommodationId}`, deps.limits.selfCheckInPerLink);
  const { website, signature, ...stay } = input;
  if (signature && !pngBytesOf(signature)) throw fieldError('signature', 'SIGNATURE_INVALID');
  const ctx: RegisterContext = { accommodationId: target.accommodationId, actorUserId: null, source: 'self_check_in' };
  const item = { ...stay, signature, unitId: null, bookingReference: null, lodgingPriceCents: null };
  // A filled-in hidden field is a robot. Its form is checked like a guest's and answered alike,
  // refusals included, so the robot cannot tell it was caught; but nothing is kept.
  if (website) {
    await checkStay(deps, ctx, item);
    return { arrival: stay.arrival, departure: stay.departure };
  }
  const row = await registerStay(deps, ctx, item, 'pending');
  return { arrival: row.arrival, departure: row.departure };
}
