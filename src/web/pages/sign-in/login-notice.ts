// Notices the sign-in page shows when another journey sends the user there.
export type LoginNotice = 'emailConfirmed' | 'passwordChanged' | 'signedOut' | 'sessionRequired' | 'sessionExpired' | 'twoFactorExpired' | 'invitationAccepted';

const NOTICES: readonly LoginNotice[] = [
  'emailConfirmed',
  'passwordChanged',
  'signedOut',
  'sessionRequired',
  'sessionExpired',
  'twoFactorExpired',
  'invitationAccepted',
];

export function loginNoticeFrom(state: unknown): LoginNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const { notice } = state;
  return NOTICES.find((known) => known === notice) ?? null;
}

export function redirectTargetFrom(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return '/app';
  const { from } = state;
  // Only paths inside the application; never an address elsewhere.
  return typeof from === 'string' && from.startsWith('/app') ? from : '/app';
}
