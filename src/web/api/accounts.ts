// The account journeys: registration, email confirmation, signing in and out, password reset.
import { apiRequest, refreshCsrfToken } from './client.ts';
import type { RegistrationRequest, Session, SessionUser } from './types.ts';

export function register(body: RegistrationRequest): Promise<{ status: 'registered' }> {
  return apiRequest('POST', '/api/registrations', body);
}

export function confirmEmail(code: string): Promise<{ status: 'confirmed' }> {
  return apiRequest('POST', '/api/email-confirmations', { code });
}

export function resendConfirmation(email: string): Promise<{ status: 'accepted' }> {
  return apiRequest('POST', '/api/email-confirmations/resend', { email });
}

export type SignInResult =
  | { status: 'signed-in'; user: SessionUser }
  | { status: 'two-factor-required'; methods: string[] }
  | { status: 'two-factor-setup-required' };

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const result = await apiRequest<SignInResult>('POST', '/api/sessions', { email, password });
  void refreshCsrfToken();
  return result;
}

export async function signOut(): Promise<void> {
  await apiRequest<void>('DELETE', '/api/session');
  void refreshCsrfToken();
}

/** "Ingelogd blijven": the session's idle period starts again. */
export async function keepSessionAlive(): Promise<void> {
  await apiRequest<{ idleSecondsLeft: number }>('POST', '/api/session/keep-alive');
}

/** The key of this user's drafts in the browser (base64url, 32 bytes); the same in every session of the user. */
export function getDraftKey(): Promise<{ key: string }> {
  return apiRequest('GET', '/api/session/draft-key');
}

export function getSession(): Promise<Session> {
  return apiRequest('GET', '/api/session');
}

export function requestPasswordReset(email: string): Promise<{ status: 'accepted' }> {
  return apiRequest('POST', '/api/password-resets', { email });
}

export function resetPassword(code: string, password: string): Promise<{ status: 'password-changed' }> {
  return apiRequest('POST', '/api/password-resets/confirm', { code, password });
}
