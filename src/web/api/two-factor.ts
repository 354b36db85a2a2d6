// Two-factor authentication: the sign-in step, setting up the app or a passkey, the settings.
import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { ApiError, apiRequest, refreshCsrfToken, type ClientErrorCode } from './client.ts';

export type FactorMethod = 'totp' | 'passkey' | 'sms' | 'backup_code';
export type ProvenStatus = 'signed-in' | 'verified';

export interface TwoFactorStatus {
  required: boolean;
  reason: 'role' | 'municipality' | 'company' | null;
  enabled: boolean;
  totp: boolean;
  backupCode: boolean;
  sms: { phone: string; verified: boolean } | null;
  passkeys: { id: string; name: string; createdAt: string; lastUsedAt: string | null }[];
  /** A new backup code waiting for "Gereed" (after using the old one, or a reload of the set-up). */
  newBackupCode: string | null;
  /** "Bewaard" only after "Gereed"; 'unconfirmed' also when this session needs a step-up to see it. */
  backupCodeState: 'stored' | 'unconfirmed' | null;
  /** Set-up after a reset: the code mailed to the account comes first. */
  emailCodeRequired: boolean;
  trustedDevices: { id: string; createdAt: string; lastUsedAt: string | null; expiresAt: string; userAgent: string | null }[];
}

/**
 * Runs the browser's passkey dialog. When it is cancelled, times out or fails, nothing reached
 * the server: the failure gets a code of its own so the user reads what happened.
 */
async function inBrowser<T>(ceremony: () => Promise<T>, code: ClientErrorCode): Promise<T> {
  try {
    return await ceremony();
  } catch (error) {
    throw new ApiError({ status: 0, code, message: error instanceof Error ? error.message : String(error) });
  }
}

async function afterProof<T extends { status: ProvenStatus }>(promise: Promise<T>): Promise<T> {
  const result = await promise;
  // A new session id comes with a completed sign-in: fetch a token for it.
  if (result.status !== 'verified') await refreshCsrfToken();
  return result;
}

export function challengeMethods(): Promise<{ methods: FactorMethod[] }> {
  return apiRequest('GET', '/api/two-factor/challenge');
}

export function verifyTotp(code: string, rememberDevice: boolean): Promise<{ status: ProvenStatus }> {
  return afterProof(apiRequest('POST', '/api/two-factor/totp/verify', { code, rememberDevice }));
}

export function verifyBackupCode(code: string): Promise<{ status: ProvenStatus }> {
  return afterProof(apiRequest('POST', '/api/two-factor/backup-code/verify', { code }));
}

export async function verifyPasskey(rememberDevice: boolean): Promise<{ status: ProvenStatus }> {
  const optionsJSON = await apiRequest<PublicKeyCredentialRequestOptionsJSON>('POST', '/api/two-factor/passkeys/authentication-options', {});
  const response = await inBrowser(() => startAuthentication({ optionsJSON }), 'PASSKEY_CANCELLED');
  return afterProof(apiRequest('POST', '/api/two-factor/passkeys/verify', { response, rememberDevice }));
}

export function twoFactorStatus(): Promise<TwoFactorStatus> {
  return apiRequest('GET', '/api/two-factor');
}

export function startTotpSetup(): Promise<{ uri: string; secret: string; qrCode: string }> {
  return apiRequest('POST', '/api/two-factor/totp/setup', {});
}

export async function confirmTotpSetup(code: string): Promise<{ status: 'enabled'; backupCode: string }> {
  const result = await apiRequest<{ status: 'enabled'; backupCode: string }>('POST', '/api/two-factor/totp/confirm', { code });
  await refreshCsrfToken();
  return result;
}

export async function addPasskey(name: string): Promise<{ backupCode?: string }> {
  const optionsJSON = await apiRequest<PublicKeyCredentialCreationOptionsJSON>('POST', '/api/two-factor/passkeys/registration-options', {});
  const response = await inBrowser(() => startRegistration({ optionsJSON }), 'PASSKEY_NOT_CREATED');
  const result = await apiRequest<{ backupCode?: string }>('POST', '/api/two-factor/passkeys', { name, response });
  await refreshCsrfToken();
  return result;
}

/** "Gereed": the new backup code was stored; it is not shown again. */
export function backupCodeStored(): Promise<void> {
  return apiRequest('POST', '/api/two-factor/backup-code/stored', {});
}

/** "Nieuwe backupcode maken" (needs a recent step-up): replaces the old code; shown until "Gereed". */
export function renewBackupCode(): Promise<{ backupCode: string }> {
  return apiRequest('POST', '/api/two-factor/backup-code', {});
}

/** Set-up after a reset: mail a new code ("Ik heb geen code ontvangen."). */
export function sendEmailCode(): Promise<{ status: 'sent' }> {
  return apiRequest('POST', '/api/two-factor/email-code', {});
}

export function verifyEmailCode(code: string): Promise<void> {
  return apiRequest('POST', '/api/two-factor/email-code/verify', { code });
}

export function removePasskey(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/two-factor/passkeys/${encodeURIComponent(id)}`);
}

export function turnOffTwoFactor(): Promise<void> {
  return apiRequest('DELETE', '/api/two-factor');
}

export function forgetDevice(id: string): Promise<void> {
  return apiRequest('DELETE', `/api/two-factor/trusted-devices/${encodeURIComponent(id)}`);
}

export function setCompanyPolicy(required: boolean): Promise<{ required: boolean; reason: TwoFactorStatus['reason'] }> {
  return apiRequest('PUT', '/api/accommodation/two-factor-policy', { required });
}

export function municipalityPolicy(): Promise<{ required: boolean }> {
  return apiRequest('GET', '/api/municipality/two-factor-policy');
}

export function setMunicipalityPolicy(required: boolean): Promise<{ required: boolean }> {
  return apiRequest('PUT', '/api/municipality/two-factor-policy', { required });
}

export function signOutElsewhere(): Promise<void> {
  return apiRequest('DELETE', '/api/sessions/others');
}

export function addPhone(phone: string): Promise<{ status: 'code-sent'; phone: string }> {
  return apiRequest('POST', '/api/two-factor/sms/phone', { phone });
}

/** `backupCode` when the phone is the account's first factor: shown until "Gereed". */
export function confirmPhone(code: string): Promise<{ status: 'verified'; phone: string; backupCode?: string }> {
  return apiRequest('POST', '/api/two-factor/sms/phone/confirm', { code });
}

export function removePhone(): Promise<void> {
  return apiRequest('DELETE', '/api/two-factor/sms/phone');
}

export function sendSignInSms(): Promise<{ status: 'code-sent'; phone: string }> {
  return apiRequest('POST', '/api/two-factor/sms/send', {});
}

export function verifySms(code: string, rememberDevice: boolean): Promise<{ status: ProvenStatus }> {
  return afterProof(apiRequest('POST', '/api/two-factor/sms/verify', { code, rememberDevice }));
}
