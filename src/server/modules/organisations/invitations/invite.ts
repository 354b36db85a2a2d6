// Sending an invitation: an owner invites owners and staff to the accommodation they work in, a
// municipality user invites colleagues and inspectors to their municipality, an admin invites
// the users of any municipality (the first one of a new municipality, say). A colleague who already
// works for another accommodation of the owner's company is given access at once instead. The mailed link holds
// a random 256-bit token; only its SHA-256 is stored. Valid 7 days, single use, revocable.
import type { z } from 'zod';
import { MUNICIPALITY_ROLES, ENTREPRENEUR_ROLES, type invitationSchema } from '../../../../shared/schemas/organisations.ts';
import { invitations, type InvitedRole } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { randomHex, sha256 } from '../../../platform/crypto.ts';
import { fieldError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { invitationMail } from '../../../platform/mail/templates.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import { findUserByEmail } from '../../accounts/users.repository.ts';
import type { Actor } from '../authorization.ts';
import { findAccommodationView } from '../accommodations/repository.ts';
import { findMunicipality } from '../municipalities/repository.ts';
import { listOpenInvitations, revokeEarlierInvitations } from './repository.ts';
import { addColleague, isColleague } from './add-colleague.ts';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

interface Target {
  accommodationId: string | null;
  municipalityId: string | null;
  organisation: string;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

async function targetOf(deps: Deps, actor: Actor, role: InvitedRole, municipalityId: string | undefined): Promise<Target> {
  const { scope } = actor;
  if (scope.kind === 'accommodation') {
    if (actor.user.role !== 'owner' || !isOneOf(ENTREPRENEUR_ROLES, role)) throw fieldError('role', 'ROLE_INVALID');
    const accommodation = await findAccommodationView(deps.db, scope.accommodationId);
    return { accommodationId: scope.accommodationId, municipalityId: null, organisation: accommodation?.companyName ?? '' };
  }
  if (!isOneOf(MUNICIPALITY_ROLES, role)) throw fieldError('role', 'ROLE_INVALID');
  const id = scope.kind === 'municipality' ? scope.municipalityId : municipalityId;
  const municipality = id ? await findMunicipality(deps.db, id) : undefined;
  if (!municipality) throw fieldError('municipalityId', 'MUNICIPALITY_INVALID');
  return { accommodationId: null, municipalityId: municipality.id, organisation: `gemeente ${municipality.name}` };
}

export async function invite(deps: Deps, actor: Actor, input: z.output<typeof invitationSchema>, meta: RequestMeta) {
  await enforceLimit(deps.limiter, `invite:${actor.user.id}`, deps.limits.invitationsPerUser);
  const target = await targetOf(deps, actor, input.role, input.municipalityId);
  const existing = await findUserByEmail(deps.db, input.email);
  if (existing) {
    // A colleague of the same company needs no account, only access to this accommodation.
    if (target.accommodationId && (await isColleague(deps.db, actor.user.id, existing))) {
      if (await addColleague(deps, actor, existing, target.accommodationId, meta)) {
        return { member: { email: existing.email, role: existing.role } };
      }
    }
    // The inviter is signed in and looks after these accounts; telling them the address is taken
    // saves a confused invitee, and the rate limit keeps it from being a look-up service.
    throw fieldError('email', 'EMAIL_TAKEN');
  }
  const now = deps.clock.now();
  const token = randomHex(32);
  const id = await deps.db.transaction(async (tx) => {
    await revokeEarlierInvitations(tx, { email: input.email, ...target }, now);
    const [row] = await tx
      .insert(invitations)
      .values({
        tokenHash: sha256(token),
        email: input.email,
        name: input.name,
        role: input.role,
        accommodationId: target.accommodationId,
        municipalityId: target.municipalityId,
        invitedBy: actor.user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      })
      .returning({ id: invitations.id });
    if (!row) throw new Error('insert returned no row');
    await sendMail(
      tx,
      deps.cipher,
      invitationMail(input.email, `${deps.config.publicUrl}/uitnodiging?token=${token}`, {
        organisation: target.organisation,
        role: input.role,
        invitedBy: actor.user.name ?? actor.user.email,
      }),
    );
    await recordAudit(tx, {
      action: 'invitation.sent',
      occurredAt: now,
      actorUserId: actor.user.id,
      accommodationId: target.accommodationId,
      municipalityId: target.municipalityId,
      ip: meta.ip,
      details: { email: input.email, role: input.role },
    });
    return row.id;
  });
  deps.jobs.kick();
  const [invitation] = await listOpenInvitations(deps.db, actor.scope, now, id);
  return { invitation };
}
