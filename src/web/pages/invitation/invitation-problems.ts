// The answers that mean an invitation link cannot be used (any more), whether they come from
// looking at the invitation or from accepting it.
import { ApiError } from '../../api/client.ts';

export type InvitationProblemCode = 'INVITATION_INVALID' | 'INVITATION_EXPIRED' | 'INVITATION_USED' | 'EMAIL_TAKEN';

const PROBLEMS: readonly InvitationProblemCode[] = ['INVITATION_INVALID', 'INVITATION_EXPIRED', 'INVITATION_USED', 'EMAIL_TAKEN'];

/** The problem with the link, or null when the error is of another kind (network, rate limit…). */
export function invitationProblemOf(error: unknown): InvitationProblemCode | null {
  if (!(error instanceof ApiError)) return null;
  // A token of the wrong shape is refused by the request's schema, under the field "token".
  const code = error.fields.token?.code ?? error.code;
  return PROBLEMS.find((problem) => problem === code) ?? null;
}

/** Tokens are 64 hexadecimal characters; anything else is a link that was cut off or mangled. */
export function looksLikeToken(token: string | null): token is string {
  return token !== null && /^[0-9a-fA-F]{64}$/.test(token.trim());
}
