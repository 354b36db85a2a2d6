// Unsaved form input kept in the browser, never on the server (docs/decisions/0008): under a key
// that names whose draft it is, with a moment after which it is thrown away unread. Staff drafts
// live in localStorage (they must outlive an expired session and a closed tab) under the user's
// id, sealed with the user's draft key (draft-crypto.ts), so nobody reads them at a shared desk
// computer without signing in as that user; a guest's check-in lives in sessionStorage (a reload
// keeps it, closing the tab does not), plain: a guest has no account to hold a key.
import { draftKeyOf, isSealedDraft, open, seal } from './draft-crypto.ts';

const PREFIX = 'nachtregister.draft.';

export interface DraftPlace {
  storage: 'local' | 'session';
  /** Without the prefix; staff drafts (the only ones in localStorage) start with userDraftKey(). */
  key: string;
  maxAgeMs: number;
}

interface PlainDraft {
  expiresAt: number;
  values: unknown;
}

function storageOf(kind: DraftPlace['storage']): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The start of every key of one user's drafts, so signing out can find them all. */
export function userDraftKey(userId: string): string {
  return `user:${userId}:`;
}

/** Whose key seals a localStorage draft (null: not a user's draft, which localStorage never holds). */
function ownerOf(place: DraftPlace): string | null {
  return /^user:([^:]+):/.exec(place.key)?.[1] ?? null;
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    // Not ours or damaged: treated as no draft.
    return null;
  }
}

function parsePlain(value: unknown): PlainDraft | null {
  if (typeof value === 'object' && value !== null && 'expiresAt' in value && typeof value.expiresAt === 'number' && 'values' in value) {
    return { expiresAt: value.expiresAt, values: value.values };
  }
  return null;
}

/** When a draft of ours expires (null: not a draft, or a plain one in localStorage from before drafts were sealed). */
function expiryOf(kind: DraftPlace['storage'], text: string | null): number | null {
  const value = parseJson(text);
  if (kind === 'local') return isSealedDraft(value) ? value.expiresAt : null;
  return parsePlain(value)?.expiresAt ?? null;
}

/**
 * The draft's values if one is there, not expired, opens with this user's key and is still of the
 * form's shape; otherwise null. A staff draft that does not open (another key: another user, a
 * password changed since; or an older, unsealed format) is removed unread. Without a key at hand
 * (offline) it is left for later.
 */
export async function readDraft<T>(place: DraftPlace, parse: (values: unknown) => T | null): Promise<T | null> {
  const storage = storageOf(place.storage);
  if (!storage) return null;
  const storageKey = PREFIX + place.key;
  const owner = ownerOf(place);
  // Fetched as the form opens, so the first write need not wait for it.
  if (place.storage === 'local' && owner !== null) draftKeyOf(owner).catch(() => undefined);
  const text = storage.getItem(storageKey);
  if (text === null) return null;
  if (place.storage === 'session') {
    const draft = parsePlain(parseJson(text));
    if (!draft || draft.expiresAt <= Date.now()) {
      storage.removeItem(storageKey);
      return null;
    }
    return parse(draft.values);
  }

  const sealed = parseJson(text);
  const removeUnread = () => {
    // Unless a newer draft was written meanwhile.
    if (storage.getItem(storageKey) === text) storage.removeItem(storageKey);
    return null;
  };
  if (owner === null || !isSealedDraft(sealed) || sealed.expiresAt <= Date.now()) return removeUnread();
  let key: CryptoKey;
  try {
    key = await draftKeyOf(owner);
  } catch {
    return null;
  }
  try {
    return parse(await open(key, storageKey, sealed));
  } catch {
    return removeUnread();
  }
}

/** Users who signed out in this tab: a form closing after the sign-out must not write their draft back. */
const signedOut = new Set<string>();
/** Per storage key, the latest write or removal: an older write still being sealed is dropped. */
const generations = new Map<string, number>();

function nextGeneration(storageKey: string): number {
  const generation = (generations.get(storageKey) ?? 0) + 1;
  generations.set(storageKey, generation);
  return generation;
}

function isSignedOut(place: DraftPlace): boolean {
  for (const prefix of signedOut) if (place.key.startsWith(prefix)) return true;
  return false;
}

/**
 * Stores the draft. A staff draft is sealed first, which takes a moment (and a request, the first
 * time in a session): a removal, a newer write or a sign-out meanwhile wins. The key is taken at
 * once, so a write begun as the session ends is still sealed with it.
 */
export async function writeDraft(place: DraftPlace, values: unknown): Promise<void> {
  if (isSignedOut(place)) return;
  const storage = storageOf(place.storage);
  if (!storage) return;
  const storageKey = PREFIX + place.key;
  const generation = nextGeneration(storageKey);
  const expiresAt = Date.now() + place.maxAgeMs;
  let text: string;
  if (place.storage === 'session') {
    text = JSON.stringify({ expiresAt, values } satisfies PlainDraft);
  } else {
    const owner = ownerOf(place);
    // Never anything plain in localStorage.
    if (owner === null) return;
    try {
      const key = draftKeyOf(owner);
      text = JSON.stringify(await seal(await key, storageKey, values, expiresAt));
    } catch {
      // No key (offline, the session gone): the last draft that was sealed stays.
      return;
    }
    if (generations.get(storageKey) !== generation || isSignedOut(place)) return;
  }
  try {
    storage.setItem(storageKey, text);
  } catch {
    // Storage full or blocked: the form works as before, only without a draft.
  }
}

export function removeDraft(place: DraftPlace): void {
  const storageKey = PREFIX + place.key;
  nextGeneration(storageKey);
  storageOf(place.storage)?.removeItem(storageKey);
}

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** Signing out: none of this user's input stays on the computer. */
export function removeDraftsOfUser(userId: string): void {
  signedOut.add(userDraftKey(userId));
  const storage = storageOf('local');
  if (!storage) return;
  for (const key of keysOf(storage)) {
    if (key.startsWith(PREFIX + userDraftKey(userId))) storage.removeItem(key);
  }
}

/** Signed in (again): this user's forms keep drafts once more. */
export function allowDraftsOfUser(userId: string): void {
  signedOut.delete(userDraftKey(userId));
}

/**
 * Throws away every expired draft, whoever's it was, and any unsealed one in localStorage (run when
 * the app starts; the expiry stays plain for this).
 */
export function removeExpiredDrafts(now = Date.now()): void {
  for (const kind of ['local', 'session'] as const) {
    const storage = storageOf(kind);
    if (!storage) continue;
    for (const key of keysOf(storage)) {
      const expiresAt = expiryOf(kind, storage.getItem(key));
      if (expiresAt === null || expiresAt <= now) storage.removeItem(key);
    }
  }
}
