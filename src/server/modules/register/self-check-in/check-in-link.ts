// The accommodation's self check-in link: made on first use, shown to owner and staff with its QR
// code and as a printable poster, and renewed by the owner when a link went round where it should
// not (the old link stops working at once).
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { randomToken } from '../../../platform/crypto.ts';
import { notFound } from '../../../platform/errors.ts';
import type { RegisterActor } from '../../identity/accommodation-actor.ts';
import { checkInPoster } from './poster.ts';
import { checkInQrDataUrl } from './qr-code.ts';
import { findCheckInToken, replaceCheckInToken, setFirstCheckInToken } from './repository.ts';

/** 128 random bits: a link cannot be guessed, only handed out. */
const TOKEN_BYTES = 16;

interface LinkOf {
  url: string;
  accommodationName: string;
}

/** The link as owner and staff see it: the address and its QR code (a PNG data URL). */
export interface CheckInLink {
  url: string;
  qrCode: string;
}

async function withQrCode(url: string): Promise<CheckInLink> {
  return { url, qrCode: await checkInQrDataUrl(url) };
}

export function checkInUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/inchecken/${token}`;
}

async function linkOf(deps: Deps, actor: RegisterActor): Promise<LinkOf> {
  const current = await findCheckInToken(deps.db, actor.accommodationId);
  if (!current) throw notFound();
  if (current.token) return { url: checkInUrl(deps.config.publicUrl, current.token), accommodationName: current.name };
  await setFirstCheckInToken(deps.db, actor.accommodationId, randomToken(TOKEN_BYTES));
  // Read back: when two first requests race, both answer the token that was stored.
  const made = await findCheckInToken(deps.db, actor.accommodationId);
  if (!made?.token) throw new Error('check-in token was not stored');
  return { url: checkInUrl(deps.config.publicUrl, made.token), accommodationName: made.name };
}

export async function renewCheckInLink(deps: Deps, actor: RegisterActor, meta: RequestMeta): Promise<CheckInLink> {
  const current = await findCheckInToken(deps.db, actor.accommodationId);
  if (!current) throw notFound();
  const token = randomToken(TOKEN_BYTES);
  await deps.db.transaction(async (tx) => {
    await replaceCheckInToken(tx, actor.accommodationId, token);
    await recordAudit(tx, {
      action: 'register.check_in_link_renewed',
      occurredAt: deps.clock.now(),
      actorUserId: actor.userId,
      accommodationId: actor.accommodationId,
      municipalityId: actor.municipalityId,
      ip: meta.ip,
    });
  });
  return withQrCode(checkInUrl(deps.config.publicUrl, token));
}

export async function showCheckInLink(deps: Deps, actor: RegisterActor): Promise<CheckInLink> {
  return withQrCode((await linkOf(deps, actor)).url);
}

/** The A4 poster (PDF) of the link, for the reception desk. */
export async function checkInPosterOf(deps: Deps, actor: RegisterActor): Promise<Uint8Array> {
  const link = await linkOf(deps, actor);
  return checkInPoster(link.accommodationName, link.url);
}
