// Unsaved form input kept in the browser, never on the server (docs/decisions/0008): under a key
// that names whose draft it is, with a moment after which it is thrown away unread. Staff drafts
// live in localStorage (they must outlive an expired session and a closed tab) under the user's
// id; a guest's check-in lives in sessionStorage (a reload keeps it, closing the tab does not).
const PREFIX = 'nachtregister.draft.';

export interface DraftPlace {
  storage: 'local' | 'session';
  /** Without the prefix; staff drafts start with userDraftKey(). */
  key: string;
  maxAgeMs: number;
}

interface StoredDraft {
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

function parseStored(text: string | null): StoredDraft | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'expiresAt' in value && typeof value.expiresAt === 'number' && 'values' in value) {
      return { expiresAt: value.expiresAt, values: value.values };
    }
  } catch {
    // Not ours or damaged: treated as no draft.
  }
  return null;
}

/** The draft's values if one is there, not expired, and still of the form's shape; otherwise null. */
export function readDraft<T>(place: DraftPlace, parse: (values: unknown) => T | null): T | null {
  const storage = storageOf(place.storage);
  if (!storage) return null;
  const draft = parseStored(storage.getItem(PREFIX + place.key));
  if (!draft || draft.expiresAt <= Date.now()) {
    storage.removeItem(PREFIX + place.key);
    return null;
  }
  return parse(draft.values);
}

/** Users who signed out in this tab: a form closing after the sign-out must not write their draft back. */
const signedOut = new Set<string>();

export function writeDraft(place: DraftPlace, values: unknown): void {
  for (const prefix of signedOut) if (place.key.startsWith(prefix)) return;
  const draft: StoredDraft = { expiresAt: Date.now() + place.maxAgeMs, values };
  try {
    storageOf(place.storage)?.setItem(PREFIX + place.key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form works as before, only without a draft.
  }
}

export function removeDraft(place: DraftPlace): void {
  storageOf(place.storage)?.removeItem(PREFIX + place.key);
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

/** Throws away every expired draft, whoever's it was (run when the app starts). */
export function removeExpiredDrafts(now = Date.now()): void {
  for (const kind of ['local', 'session'] as const) {
    const storage = storageOf(kind);
    if (!storage) continue;
    for (const key of keysOf(storage)) {
      const draft = parseStored(storage.getItem(key));
      if (!draft || draft.expiresAt <= now) storage.removeItem(key);
    }
  }
}
