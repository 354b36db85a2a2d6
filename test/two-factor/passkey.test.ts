// Passkeys (WebAuthn) as a second factor, through HTTP with a software authenticator: adding one,
// signing in and stepping up with it, and the answers that must be refused (wrong origin,
// replayed challenge, cloned authenticator, another user's passkey, no user verification).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../src/server/db/schema.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { mailTo, signedInOwner } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';
import { SoftwareAuthenticator, type CeremonyOverrides } from '../support/webauthn.ts';

const t = await startTestApp();
const origin = t.deps.config.publicUrl;

async function addPasskey(client: TestClient, name = 'Laptop', authenticator = new SoftwareAuthenticator(origin)) {
  const options = (await client.post('/api/two-factor/passkeys/registration-options')).json();
  const response = await client.post('/api/two-factor/passkeys', { name, response: authenticator.register(options) });
  expect(response.statusCode).toBe(201);
  return { authenticator, body: response.json<{ passkey: { id: string; name: string }; backupCode?: string }>() };
}

async function ownerWithPasskey() {
  const owner = await signedInOwner(t);
  const { authenticator, body } = await addPasskey(owner.client);
  return { ...owner, authenticator, passkeyId: body.passkey.id, backupCode: body.backupCode };
}

async function passwordStep(email: string, password: string) {
  const client = t.client();
  const response = await client.post('/api/sessions', { email, password });
  return { client, response };
}

async function verifyWithPasskey(client: TestClient, authenticator: SoftwareAuthenticator, overrides: CeremonyOverrides = {}) {
  const options = (await client.post('/api/two-factor/passkeys/authentication-options')).json();
  return client.post('/api/two-factor/passkeys/verify', { response: authenticator.authenticate(options, overrides) });
}

describe('adding a passkey', () => {
  it('registers a passkey for the signed-in owner, lists it and issues the backup code once', async () => {
    const owner = await signedInOwner(t);
    const options = (await owner.client.post('/api/two-factor/passkeys/registration-options')).json();
    expect(options).toMatchObject({
      rp: { name: 'Nachtregister', id: 'localhost' },
      user: { name: owner.input.email },
      attestation: 'none',
      excludeCredentials: [],
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
    });
    const authenticator = new SoftwareAuthenticator(origin);
    const created = await owner.client.post('/api/two-factor/passkeys', { name: '  Laptop  ', response: authenticator.register(options) });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.passkey).toMatchObject({ name: 'Laptop' });
    expect(body.backupCode).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);

    const status = (await owner.client.get('/api/two-factor')).json();
    expect(status).toMatchObject({ enabled: true, totp: false, backupCode: true });
    expect(status.passkeys).toEqual([{ id: body.passkey.id, name: 'Laptop', createdAt: body.passkey.createdAt, lastUsedAt: null }]);
    const mails = await mailTo(t, owner.input.email);
    expect(mails.map((m) => m.subject)).toContain('Er is een passkey toegevoegd aan uw account');

    // A second passkey: the first is excluded, and the backup code is not replaced.
    const again = (await owner.client.post('/api/two-factor/passkeys/registration-options')).json();
    expect(again.excludeCredentials).toEqual([{ id: authenticator.id, type: 'public-key', transports: ['internal'] }]);
    const second = await owner.client.post('/api/two-factor/passkeys', { name: 'Telefoon', response: new SoftwareAuthenticator(origin).register(again) });
    expect(second.statusCode).toBe(201);
    expect(second.json().backupCode).toBeUndefined();
    expect((await owner.client.get('/api/two-factor')).json().passkeys).toHaveLength(2);
  });

  it('refuses an answer from another origin, without user verification, or without a challenge', async () => {
    const { client } = await signedInOwner(t);
    const authenticator = new SoftwareAuthenticator(origin);
    const register = async (overrides: CeremonyOverrides, askOptions = true) => {
      const options = askOptions
        ? (await client.post('/api/two-factor/passkeys/registration-options')).json()
        : { rp: { id: 'localhost', name: 'x' }, challenge: 'AAAA' };
      return client.post('/api/two-factor/passkeys', { name: 'Laptop', response: authenticator.register(options, overrides) });
    };
    for (const response of [
      await register({ origin: 'https://nachtregister.example' }),
      await register({ withoutUserVerification: true }),
      await register({}, false),
    ]) {
      expect([response.statusCode, response.json().code]).toEqual([400, 'PASSKEY_FAILED']);
    }
    expect((await client.get('/api/two-factor')).json()).toMatchObject({ enabled: false, passkeys: [] });
  });

  it('uses a challenge once and for 5 minutes only', async () => {
    const { client } = await signedInOwner(t);
    const options = (await client.post('/api/two-factor/passkeys/registration-options')).json();
    const response = new SoftwareAuthenticator(origin).register(options);
    expect((await client.post('/api/two-factor/passkeys', { name: 'Eén', response })).statusCode).toBe(201);
    const replay = await client.post('/api/two-factor/passkeys', { name: 'Twee', response });
    expect([replay.statusCode, replay.json().code]).toEqual([400, 'PASSKEY_FAILED']);

    const late = (await client.post('/api/two-factor/passkeys/registration-options')).json();
    t.clock.advance(5 * 60_000 + 1_000);
    const expired = await client.post('/api/two-factor/passkeys', { name: 'Drie', response: new SoftwareAuthenticator(origin).register(late) });
    expect([expired.statusCode, expired.json().code]).toEqual([400, 'PASSKEY_FAILED']);
  });

  it('refuses a credential that is already registered, to this user or another', async () => {
    const a = await ownerWithPasskey();
    const b = await signedInOwner(t);
    const options = (await b.client.post('/api/two-factor/passkeys/registration-options')).json();
    const taken = await b.client.post('/api/two-factor/passkeys', { name: 'Gestolen', response: a.authenticator.register(options) });
    expect([taken.statusCode, taken.json().code]).toEqual([400, 'PASSKEY_FAILED']);
    expect((await a.client.get('/api/two-factor')).json().passkeys).toHaveLength(1);
  });

  it.each([
    ['', 'NAME_INVALID'],
    ['   ', 'NAME_INVALID'],
    ['x'.repeat(61), 'NAME_INVALID'],
    ['Lap\u0000top', 'NAME_INVALID'],
  ])('refuses the name %j', async (name, code) => {
    const { client } = await signedInOwner(t);
    const options = (await client.post('/api/two-factor/passkeys/registration-options')).json();
    const response = await client.post('/api/two-factor/passkeys', { name, response: new SoftwareAuthenticator(origin).register(options) });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.name.code).toBe(code);
  });
});

describe('signing in with a passkey', () => {
  it('offers the passkey after the password and signs in with it', async () => {
    const { input, authenticator } = await ownerWithPasskey();
    const { client, response } = await passwordStep(input.email, input.password);
    expect(response.json()).toEqual({ status: 'two-factor-required', methods: ['passkey', 'backup_code'] });
    expect((await client.get('/api/two-factor/challenge')).json()).toEqual({ methods: ['passkey', 'backup_code'] });

    const options = (await client.post('/api/two-factor/passkeys/authentication-options')).json();
    expect(options).toMatchObject({
      rpId: 'localhost',
      userVerification: 'required',
      allowCredentials: [{ id: authenticator.id, type: 'public-key', transports: ['internal'] }],
    });
    const verify = await client.post('/api/two-factor/passkeys/verify', { response: authenticator.authenticate(options) });
    expect(verify.json()).toEqual({ status: 'signed-in' });
    expect((await client.get('/api/session')).statusCode).toBe(200);
    const [passkey] = (await client.get('/api/two-factor')).json().passkeys;
    expect(passkey.lastUsedAt).not.toBeNull();
  });

  it('remembers the device when asked', async () => {
    const { input, authenticator } = await ownerWithPasskey();
    const { client } = await passwordStep(input.email, input.password);
    const options = (await client.post('/api/two-factor/passkeys/authentication-options')).json();
    const verify = await client.post('/api/two-factor/passkeys/verify', { response: authenticator.authenticate(options), rememberDevice: true });
    expect(verify.json()).toEqual({ status: 'signed-in' });
    expect((await client.get('/api/two-factor')).json().trustedDevices).toHaveLength(1);
  });

  it('refuses an answer made for another origin', async () => {
    const { input, authenticator } = await ownerWithPasskey();
    const { client } = await passwordStep(input.email, input.password);
    const response = await verifyWithPasskey(client, authenticator, { origin: 'https://nachtregister.example' });
    expect([response.statusCode, response.json().code]).toEqual([400, 'PASSKEY_FAILED']);
    expect((await client.get('/api/session')).json().code).toBe('TWO_FACTOR_REQUIRED');
  });

  it('refuses a replayed answer, in the same and in a later sign-in', async () => {
    const { input, authenticator } = await ownerWithPasskey();
    const first = await passwordStep(input.email, input.password);
    const options = (await first.client.post('/api/two-factor/passkeys/authentication-options')).json();
    const answer = authenticator.authenticate(options);
    // The challenge is taken by a failed attempt too, so the right answer comes too late.
    await first.client.post('/api/two-factor/passkeys/verify', { response: authenticator.authenticate(options, { origin: 'https://evil.example' }) });
    const sameSession = await first.client.post('/api/two-factor/passkeys/verify', { response: answer });
    expect([sameSession.statusCode, sameSession.json().code]).toEqual([400, 'PASSKEY_FAILED']);

    const second = await passwordStep(input.email, input.password);
    await second.client.post('/api/two-factor/passkeys/authentication-options');
    const laterSession = await second.client.post('/api/two-factor/passkeys/verify', { response: answer });
    expect([laterSession.statusCode, laterSession.json().code]).toEqual([400, 'PASSKEY_FAILED']);
  });

  it("refuses an answer that names another user as the passkey's owner", async () => {
    const a = await ownerWithPasskey();
    const b = await ownerWithPasskey();
    const { client } = await passwordStep(a.input.email, a.input.password);
    const options = (await client.post('/api/two-factor/passkeys/authentication-options')).json();
    const answer = a.authenticator.authenticate(options);
    const [other] = await t.deps.db.select().from(users).where(eq(users.email, b.input.email));
    answer.response.userHandle = Buffer.from((other?.id ?? '').replaceAll('-', ''), 'hex').toString('base64url');
    const response = await client.post('/api/two-factor/passkeys/verify', { response: answer });
    expect([response.statusCode, response.json().code]).toEqual([400, 'PASSKEY_FAILED']);
  });

  it('accepts an answer that names its owner', async () => {
    const { input, authenticator, client: owner } = await ownerWithPasskey();
    const handle = (await owner.post('/api/two-factor/passkeys/registration-options')).json().user.id;
    const { client } = await passwordStep(input.email, input.password);
    const options = (await client.post('/api/two-factor/passkeys/authentication-options')).json();
    const answer = authenticator.authenticate(options);
    answer.response.userHandle = handle;
    expect((await client.post('/api/two-factor/passkeys/verify', { response: answer })).json()).toEqual({ status: 'signed-in' });
  });

  it('refuses an answer without user verification', async () => {
    const { input, authenticator } = await ownerWithPasskey();
    const { client } = await passwordStep(input.email, input.password);
    const response = await verifyWithPasskey(client, authenticator, { withoutUserVerification: true });
    expect(response.json().code).toBe('PASSKEY_FAILED');
  });

  it('refuses a signature counter that does not go up (a cloned authenticator)', async () => {
    const { input, authenticator } = await ownerWithPasskey();
    authenticator.counter = 41;
    const first = await passwordStep(input.email, input.password);
    expect((await verifyWithPasskey(first.client, authenticator)).json()).toEqual({ status: 'signed-in' });
    const used = authenticator.counter;

    const second = await passwordStep(input.email, input.password);
    for (const counter of [used, used - 1, 0]) {
      const response = await verifyWithPasskey(second.client, authenticator, { counter });
      expect([counter, response.statusCode, response.json().code]).toEqual([counter, 400, 'PASSKEY_FAILED']);
    }
    expect((await verifyWithPasskey(second.client, authenticator)).json()).toEqual({ status: 'signed-in' });
  });

  it("refuses another user's passkey", async () => {
    const a = await ownerWithPasskey();
    const b = await ownerWithPasskey();
    const { client } = await passwordStep(b.input.email, b.input.password);
    const response = await verifyWithPasskey(client, a.authenticator);
    expect([response.statusCode, response.json().code]).toEqual([400, 'PASSKEY_FAILED']);
    expect((await client.get('/api/session')).json().code).toBe('TWO_FACTOR_REQUIRED');
  });

  it('counts refused answers toward the account slow-down', async () => {
    const { input, authenticator } = await ownerWithPasskey();
    const { client } = await passwordStep(input.email, input.password);
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await verifyWithPasskey(client, authenticator, { origin: 'https://evil.example' })).statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it('records the failures and the use in the audit log', async () => {
    const { input, authenticator } = await ownerWithPasskey();
    const { client } = await passwordStep(input.email, input.password);
    await verifyWithPasskey(client, authenticator, { origin: 'https://evil.example' });
    await verifyWithPasskey(client, authenticator);
    const [user] = await t.deps.db.select().from(users).where(eq(users.email, input.email));
    const rows = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, user?.id ?? ''))
      .orderBy(auditEvents.id);
    const actions = rows.map((r) => `${r.action}${r.details && 'method' in r.details ? `:${String(r.details.method)}` : ''}`);
    expect(actions).toEqual(
      expect.arrayContaining(['two_factor.passkey_added', 'two_factor.backup_code_issued', 'two_factor.failed:passkey', 'two_factor.used:passkey']),
    );
  });

  it('has no passkey options for a user without passkeys', async () => {
    const owner = await signedInOwner(t);
    const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
    await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secretOf(setup.uri), t.clock.now()) });
    const { client } = await passwordStep(owner.input.email, owner.input.password);
    const response = await client.post('/api/two-factor/passkeys/authentication-options');
    expect([response.statusCode, response.json().code]).toEqual([400, 'PASSKEY_FAILED']);
  });
});

describe('removing a passkey', () => {
  it('needs a fresh second factor, then removes it', async () => {
    const owner = await ownerWithPasskey();
    // Adding the passkey proved it; ten minutes later that proof is too old.
    t.clock.advance(11 * 60_000);
    const refused = await owner.client.delete(`/api/two-factor/passkeys/${owner.passkeyId}`);
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'STEP_UP_REQUIRED']);
    expect((await verifyWithPasskey(owner.client, owner.authenticator)).json()).toEqual({ status: 'verified' });
    expect((await owner.client.delete(`/api/two-factor/passkeys/${owner.passkeyId}`)).statusCode).toBe(204);
    // Removing a passkey does not turn 2FA off ("Uitschakelen" does): the backup code remains.
    expect((await owner.client.get('/api/two-factor')).json()).toMatchObject({ enabled: true, backupCode: true, passkeys: [] });
    expect((await owner.client.delete(`/api/two-factor/passkeys/${owner.passkeyId}`)).statusCode).toBe(404);
  });

  it("answers 404 for another user's passkey and leaves it", async () => {
    const a = await ownerWithPasskey();
    const b = await ownerWithPasskey();
    await verifyWithPasskey(b.client, b.authenticator);
    const response = await b.client.delete(`/api/two-factor/passkeys/${a.passkeyId}`);
    expect([response.statusCode, response.json().code]).toEqual([404, 'NOT_FOUND']);
    expect((await a.client.get('/api/two-factor')).json().passkeys).toHaveLength(1);
  });

  it('keeps the last primary factor while 2FA is mandatory', async () => {
    const owner = await ownerWithPasskey();
    const second = await addPasskey(owner.client, 'Telefoon');
    expect((await owner.client.put('/api/accommodation/two-factor-policy', { required: true })).json()).toMatchObject({ required: true });
    expect((await verifyWithPasskey(owner.client, owner.authenticator)).json()).toEqual({ status: 'verified' });
    expect((await owner.client.delete(`/api/two-factor/passkeys/${second.body.passkey.id}`)).statusCode).toBe(204);
    const last = await owner.client.delete(`/api/two-factor/passkeys/${owner.passkeyId}`);
    expect([last.statusCode, last.json().code]).toEqual([409, 'TWO_FACTOR_MANDATORY']);
    expect((await owner.client.get('/api/two-factor')).json().passkeys).toHaveLength(1);
  });
});

describe('forced set-up with a passkey', () => {
  it('lets a user who must have 2FA set it up with a passkey, after which they are signed in', async () => {
    const owner = await signedInOwner(t);
    await owner.client.put('/api/accommodation/two-factor-policy', { required: true });
    const { client, response } = await passwordStep(owner.input.email, owner.input.password);
    expect(response.json()).toEqual({ status: 'two-factor-setup-required' });
    expect((await client.post('/api/two-factor/passkeys/authentication-options')).json().code).toBe('TWO_FACTOR_SETUP_REQUIRED');

    const { authenticator, body } = await addPasskey(client, 'Werklaptop');
    expect(body.backupCode).toBeDefined();
    expect((await client.get('/api/session')).statusCode).toBe(200);
    expect((await client.get('/api/accommodation')).statusCode).toBe(200);

    const next = await passwordStep(owner.input.email, owner.input.password);
    expect(next.response.json()).toEqual({ status: 'two-factor-required', methods: ['passkey', 'backup_code'] });
    expect((await verifyWithPasskey(next.client, authenticator)).json()).toEqual({ status: 'signed-in' });
  });
});
