// When the server will end the session for want of requests, on this browser's clock: the seconds
// left that the last answer told, counted from the moment it arrived. Kept in localStorage too, so
// a request in another tab of the same session moves this tab's deadline as well.
import { onIdleSeconds } from '../api/client.ts';

const STORAGE_KEY = 'nachtregister.session-idle-deadline';
let known: number | null = null;
const listeners = new Set<() => void>();

function stored(): number | null {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

function noteIdleSeconds(seconds: number): void {
  known = Date.now() + seconds * 1000;
  try {
    window.localStorage.setItem(STORAGE_KEY, String(known));
  } catch {
    // Storage blocked: this tab still counts on its own.
  }
  notify();
}

onIdleSeconds(noteIdleSeconds);
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) notify();
});

/** The latest deadline any tab heard of (epoch ms), or null before the first answer. */
export function idleDeadline(): number | null {
  const shared = stored();
  if (known === null) return shared;
  return shared === null ? known : Math.max(known, shared);
}

/** After signing out or when the session ended: no deadline until the next session's first answer. */
export function forgetIdleDeadline(): void {
  known = null;
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored then either.
  }
}

export function subscribeIdleDeadline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
