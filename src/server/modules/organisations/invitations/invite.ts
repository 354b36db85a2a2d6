// Sending an invitation: an owner invites owners and staff to the accommodation they work in, a
// municipality user invites colleagues and inspectors to their municipality, an admin invites
// the users of any municipality (the first one of a new municipality, say). A colleague who already
// works for another accommodation of the owner's company is given access at once instead. The mailed link holds
// a random 256-bit token; only its SHA-256 is stored. Valid 7 days, single use, revocable.
// Inviting an address that has an account answers exactly as inviting a new one (the same status,
// body, open invitation and work), so an inviter cannot find out who has an account; only the mail
// differs: a link to join (see join.ts) or, when the account cannot join, word of the attempt.
import type { z } from 'zod';
import type { MailMessage } from '../../../platform/mail/mailer.ts';
import { MUNICIPALITY_ROLES, ENTREPRENEUR_ROLES, type invitationSchema } from '../../../../shared/schemas/organisations.ts';
import { invitations, type InvitedRole, type User } from '../../../db/schema.ts';
import type { Deps, RequestMeta } from '../../../deps.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { randomHex, sha256 } from '../../../platform/crypto.ts';
import { fieldError } from '../../../platform/errors.ts';
import { sendMail } from '../../../platform/mail/mailer.ts';
import { invitationAttemptMail, invitationMail, joinInvitationMail } from '../../../platform/mail/templates.ts';
import { enforceLimit } from '../../../platform/rate-limit/limiter.ts';
import type { Actor } from '../../identity/access.ts';
import { findAccommodationView } from '../accommodations/repository.ts';
import { findMunicipality } from '../municipalities/repository.ts';
import { findInvitee, listOpenInvitations, revokeEarlierInvitations } from './repository.ts';
import { addColleague } from './add-colleague.ts';
import { mayJoin } from './join.ts';

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

/** The mail of an invitation: to make an account, to join with the account there is, or word of the attempt. */
function invitationMailFor(
  deps: Deps,
  account: User | undefined,
  input: z.output<typeof invitationSchema>,
  target: Target,
  token: string,
  actor: Actor,
): MailMessage {
  const invite = { organisation: target.organisation, role: input.role, invitedBy: actor.user.name ?? actor.user.email };
  if (!account) return invitationMail(input.email, `${deps.config.publicUrl}/uitnodiging?token=${token}`, invite);
  if (mayJoin(account, { role: input.role, accommodationId: target.accommodationId })) {
    return joinInvitationMail(input.email, `${deps.config.publicUrl}/app/uitnodiging/${token}`, invite);
  }
  return invitationAttemptMail(input.email, invite);
}

export async function invite(deps: Deps, actor: Actor, input: z.output<typeof invitationSchema>, meta: RequestMeta) {
  await enforceLimit(deps.limiter, `invite:${actor.user.id}`, deps.limits.invitationsPerUser);
  const target = await targetOf(deps, actor, input.role, input.municipalityId);
  const invitee = await findInvitee(deps.db, input.email, actor.user.id, target.accommodationId);
  // People of the owner's own company are in the owner's reach already (the list of users), so
  // these answers reveal nothing: someone who works here, and a colleague who is given access.
  if (invitee && target.accommodationId) {
    if (invitee.member) throw fieldError('email', 'ALREADY_MEMBER');
    if (invitee.colleague && (invitee.user.role === 'owner' || invitee.user.role === 'staff')) {
      await addColleague(deps, actor, invitee.user, target.accommodationId, meta);
      return { member: { email: invitee.user.email, role: invitee.user.role } };
    }
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
    await sendMail(tx, deps.cipher, invitationMailFor(deps, invitee?.user, input, target, token, actor));
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
