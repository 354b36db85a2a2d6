// Notices the 2FA settings page shows when another page sends the user there.
/** `backupCodeUsed`: signed in with the backup code; the authenticator app has to be set up again. */
export type SettingsNotice = 'backupCodeUsed';

export function settingsNoticeFrom(state: unknown): SettingsNotice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  return state.notice === 'backupCodeUsed' ? 'backupCodeUsed' : null;
}
