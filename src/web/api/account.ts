// "Mijn account": the user's own name, email address, password and sessions, and the public
// confirmation of a new email address.
import { apiRequest } from './client.ts';

export interface Account {
  name: string | null;
  email: string;
  /** The new address of an email change that waits for its confirmation. */
  pendingEmail: string | null;
}

export interface AccountSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export function getAccount(): Promise<Account> {
  return apiRequest('GET', '/api/account');
}

export function changeName(name: string): Promise<{ name: string }> {
  return apiRequest('PUT', '/api/account', { name });
}

export function requestEmailChange(email: string, password: string): Promise<{ status: 'accepted' }> {
  return apiRequest('POST', '/api/account/email-change', { email, password });
}

export function confirmEmailChange(code: string): Promise<{ status: 'email-changed'; email: string }> {
  return apiRequest('POST', '/api/account/email-change/confirm', { code });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<{ status: 'password-changed' }> {
  return apiRequest('PUT', '/api/account/password', { currentPassword, newPassword });
}

export async function listSessions(): Promise<AccountSession[]> {
  return (await apiRequest<{ sessions: AccountSession[] }>('GET', '/api/account/sessions')).sessions;
}

export function revokeSession(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/account/sessions/${encodeURIComponent(id)}`);
}
