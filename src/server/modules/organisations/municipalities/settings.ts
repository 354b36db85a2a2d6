// The municipality's own settings page ("Instellingen"): name, approval of new registrations,
// "2FA verplicht voor ondernemers", contact details shown to entrepreneurs, the theme (a colour
// and a logo) of the pages its users and entrepreneurs see, and the register's settings (document
// number of foreign guests, retention period, privacy statement for guests).
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { logoSchema, municipalitySettingsSchema } from '../../../../shared/schemas/organisations.ts';
import { municipalities } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import type { Actor } from '../../identity/access.ts';
import { findMunicipality, municipalityView } from './repository.ts';

const LOGO_MAX_BYTES = 200 * 1024;

function ownMunicipalityId(actor: Actor): string {
  if (actor.scope.kind !== 'municipality') throw notFound();
  return actor.scope.municipalityId;
}

export async function municipalitySettings(deps: Deps, actor: Actor) {
  const municipality = await findMunicipality(deps.db, ownMunicipalityId(actor));
  if (!municipality) throw notFound();
  return {
    ...municipalityView(municipality),
    approvalRequired: municipality.approvalRequired,
    twoFactorRequired: municipality.twoFactorRequired,
    recordDocumentNumber: municipality.recordDocumentNumber,
    retentionMonths: municipality.retentionMonths,
    monthlyCopy: municipality.monthlyCopy,
    askDateOfBirth: municipality.askDateOfBirth,
    askNationality: municipality.askNationality,
    registerApvCitation: municipality.registerApvCitation,
    privacyStatement: municipality.privacyStatement,
  };
}

async function change(deps: Deps, actor: Actor, values: Partial<typeof municipalities.$inferInsert>, details: Record<string, unknown>, meta: RequestMeta) {
  const municipalityId = ownMunicipalityId(actor);
  await deps.db.transaction(async (tx) => {
    await tx.update(municipalities).set(values).where(eq(municipalities.id, municipalityId));
    await recordAudit(tx, {
      action: 'municipality.settings_changed',
      occurredAt: deps.clock.now(),
      actorUserId: actor.user.id,
      municipalityId,
      ip: meta.ip,
      details,
    });
  });
  return municipalitySettings(deps, actor);
}

export function updateMunicipalitySettings(deps: Deps, actor: Actor, input: z.output<typeof municipalitySettingsSchema>, meta: RequestMeta) {
  const { recordDocumentNumber, retentionMonths, monthlyCopy, askDateOfBirth, askNationality } = input;
  const details = {
    fields: Object.keys(input),
    approvalRequired: input.approvalRequired,
    twoFactorRequired: input.twoFactorRequired,
    recordDocumentNumber,
    retentionMonths,
    monthlyCopy,
    askDateOfBirth,
    askNationality,
  };
  return change(deps, actor, input, details, meta);
}

/** PNG and JPEG only, recognised by their first bytes rather than by what the client claims. */
function logoType(bytes: Buffer): 'image/png' | 'image/jpeg' | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

export function setMunicipalityLogo(deps: Deps, actor: Actor, input: z.output<typeof logoSchema>, meta: RequestMeta) {
  const bytes = Buffer.from(input.dataUrl.slice(input.dataUrl.indexOf(',') + 1), 'base64');
  const type = logoType(bytes);
  if (!type || bytes.length > LOGO_MAX_BYTES) throw fieldError('dataUrl', 'LOGO_INVALID');
  return change(deps, actor, { logo: bytes, logoType: type }, { logo: 'set', bytes: bytes.length }, meta);
}

export function removeMunicipalityLogo(deps: Deps, actor: Actor, meta: RequestMeta) {
  return change(deps, actor, { logo: null, logoType: null }, { logo: 'removed' }, meta);
}
