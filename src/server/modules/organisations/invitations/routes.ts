// Invitations: sending, listing and revoking them (owner, municipality user, admin), and the
// invitee's side: what the invitation is for, accepting it with a new account, or joining with
// the account one has (signed in).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { acceptInvitationSchema, idParams, invitationSchema, invitationTokenSchema } from '../../../../shared/schemas/organisations.ts';
import type { Deps } from '../../../deps.ts';
import { requestMeta } from '../../../platform/http/request-meta.ts';
import { actorOf, allow, PUBLIC } from '../../identity/access.ts';
import { invite } from './invite.ts';
import { joinInvitation } from './join.ts';
import { listOpenInvitations } from './repository.ts';
import { acceptInvitation, previewInvitation } from './respond.ts';
import { revokeInvitation } from './revoke-invitation.ts';

const INVITERS = allow('owner', 'municipality', 'admin');

export async function invitationRoutes(app: FastifyInstance, { deps }: { deps: Deps }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/invitations',
    { config: INVITERS, schema: { tags: ['invitations'], summary: 'Open invitations of the accommodation, the municipality, or (admin) all' } },
    async (request) => ({
      invitations: await listOpenInvitations(deps.db, actorOf(request).scope, deps.clock.now()),
    }),
  );

  r.post(
    '/api/invitations',
    {
      config: INVITERS,
      schema: {
        tags: ['invitations'],
        summary:
          'Invite someone by email (valid 7 days, single use): 201 { invitation }; a colleague of the same company is added to the accommodation at once: 200 { member }',
        description:
          'An address that has an account is answered exactly as a new one (201 { invitation }); its mail lets the account join (POST /api/invitations/join) or, when it cannot, tells it of the attempt. 400 ALREADY_MEMBER (field email) when the address already works for this accommodation.',
        body: invitationSchema,
      },
    },
    async (request, reply) => {
      const result = await invite(deps, actorOf(request), request.body, requestMeta(request));
      return reply.status('member' in result ? 200 : 201).send(result);
    },
  );

  r.delete(
    '/api/invitations/:id',
    { config: INVITERS, schema: { tags: ['invitations'], summary: 'Revoke an open invitation', params: idParams } },
    async (request, reply) => {
      await revokeInvitation(deps, actorOf(request), request.params.id, requestMeta(request));
      return reply.status(204).send();
    },
  );

  r.post(
    '/api/invitations/preview',
    { config: PUBLIC, schema: { tags: ['invitations'], summary: 'What an invitation is for (the invitee, before accepting)', body: invitationTokenSchema } },
    async (request) => previewInvitation(deps, request.body.token, requestMeta(request)),
  );

  r.post(
    '/api/invitations/join',
    {
      config: allow('owner', 'staff'),
      schema: {
        tags: ['invitations'],
        summary: 'Take up an invitation with the signed-in account: an owner or staff member invited in their own role joins the accommodation',
        description: '400 INVITATION_INVALID also when the invitation is for another address or a role the account cannot take up.',
        body: invitationTokenSchema,
      },
    },
    async (request) => joinInvitation(deps, actorOf(request), request.body.token, requestMeta(request)),
  );

  r.post(
    '/api/invitations/accept',
    { config: PUBLIC, schema: { tags: ['invitations'], summary: 'Accept an invitation: choose a name and a password', body: acceptInvitationSchema } },
    async (request, reply) => reply.status(201).send(await acceptInvitation(deps, request.body, requestMeta(request))),
  );
}
