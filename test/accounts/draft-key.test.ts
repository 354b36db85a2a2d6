// GET /api/session/draft-key: the key the web app encrypts a user's unsaved drafts with
// (docs/decisions/0008). Only a fully signed-in user gets it; it is the same in every session of
// that user (a draft written before the session ended opens after signing in again), another
// user's differs, and a new password makes a new one (drafts from before it stay unreadable).
import { describe, expect, it } from 'vitest';
import { createOperatorAccount } from '../../src/server/modules/organisations/users/create-operator-account.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { randomEmail, signedInOperatorAccount, signedInOwner, staffUserOf, STRONG_PASSWORD } from '../support/factories.ts';

const t = await startTestApp();
const NEW_PASSWORD = 'zeven zwanen zwemmen zachtjes naar zee';
const PATH = '/api/session/draft-key';

async function draftKey(client: TestClient): Promise<string> {
  const response = await client.get(PATH);
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  const { key } = response.json<{ key: string }>();
  expect(Buffer.from(key, 'base64url')).toHaveLength(32);
  return key;
}

async function signedIn(email: string, password: string): Promise<TestClient> {
  const client = t.client();
  expect((await client.post('/api/sessions', { email, password })).statusCode).toBe(200);
  return client;
}

describe('the key of the drafts', () => {
  it('is the same in two sessions of one user, and stays the same when a session ends', async () => {
    const { client, input } = await signedInOwner(t);
    const key = await draftKey(client);
    const second = await signedIn(input.email, input.password);
    expect(await draftKey(second)).toBe(key);

    expect((await client.delete('/api/session')).statusCode).toBe(204);
    t.clock.advance(31 * 60_000);
    expect((await second.get(PATH)).statusCode).toBe(401);
    expect(await draftKey(await signedIn(input.email, input.password))).toBe(key);
  });

  it('differs for another user, also of the same accommodation', async () => {
    const owner = await signedInOwner(t);
    const other = await signedInOwner(t);
    const staff = await staffUserOf(t, owner.input.email);
    const key = await draftKey(owner.client);
    expect(await draftKey(other.client)).not.toBe(key);
    expect(await draftKey(await signedIn(staff.email, staff.password))).not.toBe(key);
  });

  it('changes with the password', async () => {
    const { client, input } = await signedInOwner(t);
    const before = await draftKey(client);
    expect((await client.put('/api/account/password', { currentPassword: input.password, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    const after = await draftKey(client);
    expect(after).not.toBe(before);
    expect(await draftKey(await signedIn(input.email, NEW_PASSWORD))).toBe(after);
  });
});

describe('who gets no key', () => {
  it('nobody without a session', async () => {
    const response = await t.client().get(PATH);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('NOT_AUTHENTICATED');
    expect(response.json()).not.toHaveProperty('key');
  });

  it('a user at the 2FA step, who has given only the password', async () => {
    const { email } = await signedInOperatorAccount(t, 'admin');
    const client = t.client();
    expect((await client.post('/api/sessions', { email, password: STRONG_PASSWORD })).json().status).toBe('two-factor-required');
    const response = await client.get(PATH);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('TWO_FACTOR_REQUIRED');
    expect(response.json()).not.toHaveProperty('key');
  });

  it('a user who must set up 2FA first', async () => {
    const email = randomEmail();
    const link = await createOperatorAccount(t.deps.db, t.deps.config.publicUrl, { email, role: 'inspector', municipality: 'GM0222' }, t.clock.now());
    const client = t.client();
    const code = new URL(link).searchParams.get('code');
    expect((await client.post('/api/password-resets/confirm', { code, password: STRONG_PASSWORD })).statusCode).toBe(200);
    expect((await client.post('/api/sessions', { email, password: STRONG_PASSWORD })).json()).toEqual({ status: 'two-factor-setup-required' });
    const response = await client.get(PATH);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    expect(response.json()).not.toHaveProperty('key');
  });
});
