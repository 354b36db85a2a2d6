// The invite form's fields and rules. The fields have names of their own ("inviteEmail"), so the
// shared field messages written for one's own account ("Vul uw emailadres in.") do not appear for
// someone else's address; the API's field names are translated back and forth here.
import { z } from 'zod';
import * as f from '../../../shared/schemas/fields.ts';
import { invitationSchema } from '../../../shared/schemas/organisations.ts';
import { ApiError, type FieldProblem } from '../../api/client.ts';
import type { InvitationRequest, InvitedRole } from '../../api/invitations.ts';
import type { Role } from '../../api/types.ts';

export function invitableRoles(viewer: Role): InvitedRole[] {
  return viewer === 'owner' ? ['staff', 'owner'] : ['municipality', 'inspector'];
}

export function inviteFormSchema(needsMunicipality: boolean) {
  return z.object({
    inviteEmail: f.email,
    inviteName: invitationSchema.shape.name,
    // A select starts empty (''), which the shared enum refuses with ROLE_INVALID.
    inviteRole: z.string().pipe(invitationSchema.shape.role),
    inviteMunicipality: needsMunicipality ? z.string().pipe(f.municipalityId) : z.string(),
  });
}

export type InviteFormValues = z.input<ReturnType<typeof inviteFormSchema>>;

export type InviteFormOutput = z.output<ReturnType<typeof inviteFormSchema>>;

export const INVITE_FIELD_NAMES = ['inviteEmail', 'inviteName', 'inviteRole', 'inviteMunicipality'] as const;

const FORM_NAME_OF: Record<string, (typeof INVITE_FIELD_NAMES)[number]> = {
  email: 'inviteEmail',
  name: 'inviteName',
  role: 'inviteRole',
  municipalityId: 'inviteMunicipality',
};

export function toInvitationRequest(values: InviteFormOutput, needsMunicipality: boolean): InvitationRequest {
  return {
    email: values.inviteEmail,
    ...(values.inviteName ? { name: values.inviteName } : {}),
    role: values.inviteRole,
    ...(needsMunicipality && values.inviteMunicipality ? { municipalityId: values.inviteMunicipality } : {}),
  };
}

/** The API's answer with its field problems under the form's field names. */
export function withFormFieldNames(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields: Record<string, FieldProblem> = {};
  for (const [name, problem] of Object.entries(error.fields)) fields[FORM_NAME_OF[name] ?? name] = problem;
  return new ApiError({ status: error.status, code: error.code, message: error.message, fields, retryAfterSeconds: error.retryAfterSeconds });
}
