// The key of a user's drafts in the browser (docs/decisions/0008): the web app encrypts unsaved
// input in localStorage with it, so a draft left behind on a shared desk computer when a session
// ends without "Uitloggen" cannot be read without signing in as the same user again. Not stored:
// derived from SECRET_KEY (the keyring's MAC key), the user id and the password hash, so it is the
// same in every session of the user and a new password (which ends the other sessions) makes
// every earlier draft unreadable. Sign-outs elsewhere do not change it: nothing per user does,
// cheaply.
import type { User } from '../../../db/schema.ts';
import type { Cipher } from '../../../platform/crypto.ts';

/** 32 bytes as base64url. The hash text includes its own random salt; an account without a password (organisation sign-in) has only its id. */
export function draftKeyOf(cipher: Cipher, user: Pick<User, 'id' | 'passwordHash'>): string {
  return Buffer.from(cipher.mac(`draft-key:${user.id}:${user.passwordHash ?? ''}`), 'hex').toString('base64url');
}
