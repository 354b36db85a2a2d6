// API tokens and their makers: making one asks a user with 2FA for a fresh second factor, every
// token names who made it, and a token stops working once its maker may no longer make one
// (deactivated, made staff): revoked in that same change, audited, and the owners who remain are
// told by email. Reactivating the maker does not bring the tokens back.
import { describe, expect, it } from 'vitest';
import { randomIp, startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { mailTo, randomEmail, signedInOwner, STRONG_PASSWORD } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const t = await startTestApp();
const REVOKED_SUBJECT = 'API-sleutels van Hotel De Gouden Leeuw ingetrokken';

/** A second owner of the owner's accommodation, invited and signed in. */
async function coOwnerOf(owner: { client: TestClient }) {
  const email = randomEmail();
  expect((await owner.client.post('/api/invitations', { email, name: 'Olga Oosterhuis', role: 'owner' })).statusCode).toBe(201);
  const [mail] = await mailTo(t, email);
  const token = /token=([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1];
  const client = t.client();
  expect((await client.post('/api/invitations/accept', { token, name: 'Olga Oosterhuis', password: STRONG_PASSWORD })).statusCode).toBe(201);
  expect((await client.post('/api/sessions', { email, password: STRONG_PASSWORD })).json().status).toBe('signed-in');
  const listed = (await owner.client.get('/api/users')).json<{ users: { id: string; email: string }[] }>().users;
  const id = listed.find((user) => user.email === email)?.id;
  if (!id) throw new Error(`${email} is not among the owner's users`);
  return { client, email, id };
}

async function makeToken(client: TestClient, name: string) {
  const response = await client.post('/api/register/api-tokens', { name });
  expect(response.statusCode).toBe(201);
  return response.json<{ token: string; apiToken: { id: string; createdBy: unknown } }>();
}

/** A booking system reading the units with `token`. */
function readUnits(token: string) {
  return t.app.inject({ method: 'GET', url: '/api/v1/units', remoteAddress: randomIp(), headers: { authorization: `Bearer ${token}` } });
}

async function expectRefused(token: string) {
  const refused = await readUnits(token);
  expect([refused.statusCode, refused.json().code]).toEqual([401, 'API_TOKEN_INVALID']);
}

async function revokedNotices(email: string) {
  return (await mailTo(t, email)).filter((mail) => mail.subject === REVOKED_SUBJECT);
}

describe('who made an API token', () => {
  it('is in the answer that makes it and in the list', async () => {
    const owner = await signedInOwner(t);
    const coOwner = await coOwnerOf(owner);
    const made = await makeToken(coOwner.client, 'Channel manager');
    expect(made.apiToken.createdBy).toEqual({ name: 'Olga Oosterhuis', email: coOwner.email });
    const listed = (await owner.client.get('/api/register/api-tokens')).json().apiTokens;
    expect(listed.find((token: { id: string }) => token.id === made.apiToken.id)).toMatchObject({
      name: 'Channel manager',
      createdBy: { name: 'Olga Oosterhuis', email: coOwner.email },
    });
  });

  it('names a maker who never gave a name by their email', async () => {
    const owner = await signedInOwner(t);
    const made = await makeToken(owner.client, 'Zonder naam');
    expect(made.apiToken.createdBy).toEqual({ name: null, email: owner.input.email });
    const listed = (await owner.client.get('/api/register/api-tokens')).json().apiTokens;
    expect(listed.find((token: { id: string }) => token.id === made.apiToken.id).createdBy).toEqual({ name: null, email: owner.input.email });
  });
});

describe('a token whose maker loses access', () => {
  it('stops working when the maker is deactivated, stays revoked after reactivation, is audited and told to the other owners', async () => {
    const owner = await signedInOwner(t);
    const coOwner = await coOwnerOf(owner);
    const own = await makeToken(owner.client, 'Eigen systeem');
    const theirs = await makeToken(coOwner.client, 'Boekingssysteem Olga');
    expect((await readUnits(theirs.token)).statusCode).toBe(200);

    expect((await owner.client.post(`/api/users/${coOwner.id}/deactivate`)).statusCode).toBe(204);
    await expectRefused(theirs.token);
    expect((await readUnits(own.token)).statusCode).toBe(200);

    const listed = (await owner.client.get('/api/register/api-tokens')).json().apiTokens;
    expect(listed.find((token: { id: string }) => token.id === theirs.apiToken.id).revokedAt).not.toBeNull();
    expect(listed.find((token: { id: string }) => token.id === own.apiToken.id).revokedAt).toBeNull();
    const log = (await owner.client.get('/api/audit-events?action=register.api_token_revoked')).json().events;
    expect(log).toEqual([expect.objectContaining({ details: expect.objectContaining({ name: 'Boekingssysteem Olga', reason: 'maker_deactivated' }) })]);

    const [notice] = await revokedNotices(owner.input.email);
    expect(notice?.text).toContain('Olga Oosterhuis');
    expect(notice?.text).toContain('Boekingssysteem Olga');
    expect(notice?.text).toContain('gedeactiveerd');
    expect(await revokedNotices(coOwner.email)).toEqual([]);

    expect((await owner.client.post(`/api/users/${coOwner.id}/reactivate`)).statusCode).toBe(204);
    await expectRefused(theirs.token);
  });

  it('stops working when the maker is made staff, and the other owners are told', async () => {
    const owner = await signedInOwner(t);
    const coOwner = await coOwnerOf(owner);
    const theirs = await makeToken(coOwner.client, 'Channel manager Olga');
    expect((await owner.client.put(`/api/users/${coOwner.id}/role`, { role: 'staff' })).statusCode).toBe(200);
    await expectRefused(theirs.token);
    const [notice] = await revokedNotices(owner.input.email);
    expect(notice?.text).toContain('geen eigenaar meer');
    expect(notice?.text).toContain('Channel manager Olga');

    // Made owner again: the token stays revoked; a new one has to be made.
    expect((await owner.client.put(`/api/users/${coOwner.id}/role`, { role: 'owner' })).statusCode).toBe(200);
    await expectRefused(theirs.token);
  });
});

describe('making an API token', () => {
  it('asks an owner with 2FA for a second factor proven in the last 10 minutes', async () => {
    const owner = await signedInOwner(t);
    const secret = secretOf((await owner.client.post('/api/two-factor/totp/setup')).json<{ uri: string }>().uri);
    expect((await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, t.clock.now()) })).statusCode).toBe(200);
    t.clock.advance(11 * 60_000);
    const refused = await owner.client.post('/api/register/api-tokens', { name: 'Boekingssysteem' });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'STEP_UP_REQUIRED']);
    expect((await owner.client.get('/api/register/api-tokens')).json().apiTokens).toEqual([]);

    const stepUp = await owner.client.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()) });
    expect(stepUp.json()).toEqual({ status: 'verified' });
    const made = await makeToken(owner.client, 'Boekingssysteem');
    expect((await readUnits(made.token)).statusCode).toBe(200);
  });
});
