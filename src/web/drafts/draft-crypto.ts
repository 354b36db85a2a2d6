// Sealing a staff draft for localStorage (docs/decisions/0008): AES-GCM under the user's draft
// key (GET /api/session/draft-key), which the server derives and never stores, and this tab keeps
// in memory only for as long as the user is signed in here. A draft left behind when a session
// ends without "Uitloggen" is thus unreadable until the same user signs in again. The storage key
// and the expiry are bound to the ciphertext as additional data, so a draft cannot be moved to
// another form or accommodation, nor kept past its moment by editing the plain expiresAt.
import { getDraftKey } from '../api/accounts.ts';

export interface SealedDraft {
  v: 2;
  iv: string;
  data: string;
  /** Plain, so anyone's expired drafts can be removed at start without a key. */
  expiresAt: number;
}

let cached: { userId: string; key: Promise<CryptoKey> } | null = null;

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function loadKey(): Promise<CryptoKey> {
  const { key } = await getDraftKey();
  return crypto.subtle.importKey('raw', fromBase64(key), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/**
 * The signed-in user's draft key, fetched once and then kept in memory (never in storage). Called
 * synchronously when a write starts, so a write begun just before the session ends still has it.
 */
export function draftKeyOf(userId: string): Promise<CryptoKey> {
  if (cached?.userId === userId) return cached.key;
  const entry = { userId, key: loadKey() };
  cached = entry;
  // A failed fetch (offline, session gone) is not remembered: the next draft asks again.
  entry.key.catch(() => {
    if (cached === entry) cached = null;
  });
  return entry.key;
}

/** Signed out, or the session ended: this tab no longer holds the key. */
export function forgetDraftKey(): void {
  cached = null;
}

const additionalData = (storageKey: string, expiresAt: number) => new TextEncoder().encode(`${storageKey}\n${expiresAt}`);

export async function seal(key: CryptoKey, storageKey: string, values: unknown, expiresAt: number): Promise<SealedDraft> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plaintext = new TextEncoder().encode(JSON.stringify(values));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(storageKey, expiresAt) }, key, plaintext);
  return { v: 2, iv: toBase64(iv), data: toBase64(new Uint8Array(data)), expiresAt };
}

/** The draft's values; throws if the key is not the one it was sealed with, or anything was changed. */
export async function open(key: CryptoKey, storageKey: string, sealed: SealedDraft): Promise<unknown> {
  const plaintext = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: additionalData(storageKey, sealed.expiresAt) },
    key,
    fromBase64(sealed.data),
  );
  return JSON.parse(new TextDecoder().decode(plaintext));
}

export function isSealedDraft(value: unknown): value is SealedDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'v' in value &&
    value.v === 2 &&
    'iv' in value &&
    typeof value.iv === 'string' &&
    'data' in value &&
    typeof value.data === 'string' &&
    'expiresAt' in value &&
    typeof value.expiresAt === 'number'
  );
}
