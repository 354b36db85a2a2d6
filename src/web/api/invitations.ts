// Invitations: sending, listing and revoking them (owner, municipality user, admin), and the
// invitee's side: what the invitation is for, accepting it with a name and password, or (an
// account that exists already, signed in) joining with that account.
import { apiRequest } from './client.ts';
import type { Role } from './types.ts';

export type InvitedRole = Exclude<Role, 'admin'>;

export interface Invitation {
  id: string;
  email: string;
  name: string | null;
  role: InvitedRole;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  invitedBy: string | null;
  accommodationId: string | null;
  municipalityId: string | null;
  organisation: string;
}

export interface InvitationRequest {
  email: string;
  name?: string;
  role: InvitedRole;
  municipalityId?: string;
}

export interface InvitationPreview {
  email: string;
  name: string | null;
  role: InvitedRole;
  organisation: string;
  /** Who sent the invitation, by name (or address), as the mail names them; null when unknown. */
  invitedBy: string | null;
}

export async function listInvitations(): Promise<Invitation[]> {
  return (await apiRequest<{ invitations: Invitation[] }>('GET', '/api/invitations')).invitations;
}

/** What became of an invitation: sent by mail, or (a colleague of the same company) access given at once. */
export type InvitationOutcome = { kind: 'invited'; email: string } | { kind: 'added'; email: string };

export async function sendInvitation(request: InvitationRequest): Promise<InvitationOutcome> {
  const result = await apiRequest<{ invitation: Invitation } | { member: { email: string } }>('POST', '/api/invitations', request);
  return 'member' in result ? { kind: 'added', email: result.member.email } : { kind: 'invited', email: result.invitation.email };
}

export function revokeInvitation(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/invitations/${encodeURIComponent(id)}`);
}

export function previewInvitation(token: string): Promise<InvitationPreview> {
  return apiRequest('POST', '/api/invitations/preview', { token });
}

export function acceptInvitation(token: string, name: string, password: string): Promise<{ status: 'accepted'; email: string }> {
  return apiRequest('POST', '/api/invitations/accept', { token, name, password });
}

/** Takes the invitation up with the signed-in account (an owner or staff member invited in their own role). */
export function joinInvitation(token: string): Promise<{ status: 'joined'; accommodation: { id: string; companyName: string } }> {
  return apiRequest('POST', '/api/invitations/join', { token });
}
