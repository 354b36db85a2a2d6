// What someone who looks after accounts can do to one user: deactivate (their sessions end at
// once), reactivate, and send a new confirmation mail to an address that is not confirmed yet.
// Resetting 2FA lives in ./two-factor.ts.
import { apiRequest } from './client.ts';

export function deactivateUser(id: string): Promise<void> {
  return apiRequest('POST', `/api/users/${encodeURIComponent(id)}/deactivate`, {});
}

export function reactivateUser(id: string): Promise<void> {
  return apiRequest('POST', `/api/users/${encodeURIComponent(id)}/reactivate`, {});
}

export function resendConfirmationEmail(id: string): Promise<void> {
  return apiRequest('POST', `/api/users/${encodeURIComponent(id)}/confirmation-email`, {});
}
