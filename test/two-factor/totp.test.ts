import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const t = await startTestApp();

async function ownerWithTotp() {
  const owner = await signedInOwner(t);
  const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
  const secret = secretOf(setup.uri);
  const confirm = await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, t.clock.now()) });
  expect(confirm.statusCode).toBe(200);
  return { ...owner, secret, backupCode: confirm.json().backupCode as string };
}

async function passwordStep(email: string, password: string) {
  const client = t.client();
  const response = await client.post('/api/sessions', { email, password });
  return { client, response };
}

describe('authenticator app (TOTP)', () => {
  it('offers a standard otpauth URI, a QR code and the secret, the same while setting up', async () => {
    const { client, input } = await signedInOwner(t);
    const first = (await client.post('/api/two-factor/totp/setup')).json();
    expect(first.uri).toMatch(/^otpauth:\/\/totp\/Nachtregister:/);
    const uri = new URL(first.uri);
    expect(decodeURIComponent(first.uri)).toContain(`otpauth://totp/Nachtregister:${input.email}?`);
    expect(uri.searchParams.get('issuer')).toBe('Nachtregister');
    expect(uri.searchParams.get('algorithm')).toBe('SHA1');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(first.secret).toBe(uri.searchParams.get('secret'));
    expect(first.qrCode).toMatch(/^data:image\/png;base64,/);
    t.clock.advance(10 * 60_000);
    expect((await client.post('/api/two-factor/totp/setup')).json().secret).toBe(first.secret);
    t.clock.advance(6 * 60_000);
    expect((await client.post('/api/two-factor/totp/setup')).json().secret).not.toBe(first.secret);
  });

  it('turns 2FA on with a code from the app and shows a backup code in the seed shape', async () => {
    const { backupCode, client } = await ownerWithTotp();
    expect(backupCode).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
    const status = (await client.get('/api/two-factor')).json();
    expect(status).toMatchObject({ enabled: true, totp: true, backupCode: true, required: false });
  });

  it('refuses a wrong set-up code with "Code is ongeldig" and help', async () => {
    const { client } = await signedInOwner(t);
    await client.post('/api/two-factor/totp/setup');
    const response = await client.post('/api/two-factor/totp/confirm', { code: '000000' });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('TWO_FACTOR_CODE_INVALID');
    expect(response.json().message).toMatch(/^Code is ongeldig\..*tijd op uw telefoon.*QR-code opnieuw.*backupcode/);
  });

  it('asks for the code after the password; the half-signed-in state grants nothing else', async () => {
    const { input, secret } = await ownerWithTotp();
    const { client, response } = await passwordStep(input.email, input.password);
    expect(response.json()).toEqual({ status: 'two-factor-required', methods: ['totp', 'backup_code'] });
    expect((await client.get('/api/session')).json().code).toBe('TWO_FACTOR_REQUIRED');
    expect((await client.get('/api/accommodation')).statusCode).toBe(401);
    expect((await client.put('/api/accommodation', {})).statusCode).toBeGreaterThanOrEqual(400);

    t.clock.advance(30_000);
    const verify = await client.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()) });
    expect(verify.json()).toEqual({ status: 'signed-in' });
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });

  it('refuses a code that was already used, even for another sign-in', async () => {
    const { input, secret } = await ownerWithTotp();
    t.clock.advance(30_000);
    const code = oathtool(secret, t.clock.now());
    const first = await passwordStep(input.email, input.password);
    expect((await first.client.post('/api/two-factor/totp/verify', { code })).statusCode).toBe(200);
    const second = await passwordStep(input.email, input.password);
    const replay = await second.client.post('/api/two-factor/totp/verify', { code });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().code).toBe('TOTP_CODE_USED');
    expect(replay.json().message).toBe('Deze code is net gebruikt. Wacht op de volgende code in uw app.');
  });

  it.each([
    [-30_000, 200],
    [30_000, 200],
    [-60_000, 400],
    [60_000, 400],
  ])('a code from %i ms away gives %i', async (offset, status) => {
    const { input, secret } = await ownerWithTotp();
    t.clock.advance(120_000);
    const { client } = await passwordStep(input.email, input.password);
    const code = oathtool(secret, new Date(t.clock.now().getTime() + offset));
    expect((await client.post('/api/two-factor/totp/verify', { code })).statusCode).toBe(status);
  });

  it('lets the 2FA step expire after 5 minutes', async () => {
    const { input, secret } = await ownerWithTotp();
    const { client } = await passwordStep(input.email, input.password);
    t.clock.advance(5 * 60_000 + 1_000);
    const response = await client.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()) });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('NOT_AUTHENTICATED');
  });

  it('counts wrong codes toward the account slow-down', async () => {
    const { input } = await ownerWithTotp();
    const { client } = await passwordStep(input.email, input.password);
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await client.post('/api/two-factor/totp/verify', { code: '000000' })).statusCode);
    expect(codes).toEqual([400, 400, 400, 400, 400, 429]);
  });
});

describe('backup code', () => {
  it('signs in once when the phone is lost; the app stays and the next sign-in asks for it again', async () => {
    const { input, backupCode } = await ownerWithTotp();
    const a = await passwordStep(input.email, input.password);
    const used = await a.client.post('/api/two-factor/backup-code/verify', { code: backupCode.toUpperCase() });
    expect(used.json()).toEqual({ status: 'signed-in' });
    const status = (await a.client.get('/api/two-factor')).json();
    expect(status).toMatchObject({ totp: true, backupCode: true, enabled: true });

    const b = await passwordStep(input.email, input.password);
    expect(b.response.json().status).toBe('two-factor-required');
  });

  it('cannot be used twice', async () => {
    const { input, backupCode, secret } = await ownerWithTotp();
    // Set the app up again so the step is asked, then try the old backup code.
    const a = await passwordStep(input.email, input.password);
    await a.client.post('/api/two-factor/backup-code/verify', { code: backupCode });
    const setup = (await a.client.post('/api/two-factor/totp/setup')).json();
    t.clock.advance(30_000);
    await a.client.post('/api/two-factor/totp/confirm', { code: oathtool(secretOf(setup.uri), t.clock.now()) });
    expect(secretOf(setup.uri)).not.toBe(secret);
    const b = await passwordStep(input.email, input.password);
    const again = await b.client.post('/api/two-factor/backup-code/verify', { code: backupCode });
    expect(again.json().code).toBe('TWO_FACTOR_CODE_INVALID');
  });
});

describe('policy', () => {
  it('takes a user who must have 2FA straight to the set-up, and nowhere else', async () => {
    const owner = await signedInOwner(t);
    expect((await owner.client.put('/api/accommodation/two-factor-policy', { required: true })).json()).toMatchObject({ required: true, reason: 'company' });
    const { client, response } = await passwordStep(owner.input.email, owner.input.password);
    expect(response.json()).toEqual({ status: 'two-factor-setup-required' });
    for (const url of ['/api/session', '/api/accommodation']) {
      expect((await client.get(url)).json().code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    }
    const setup = (await client.post('/api/two-factor/totp/setup')).json();
    const confirm = await client.post('/api/two-factor/totp/confirm', { code: oathtool(secretOf(setup.uri), t.clock.now()) });
    expect(confirm.statusCode).toBe(200);
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });

  it('does not let 2FA be turned off while it is mandatory', async () => {
    const owner = await ownerWithTotp();
    await owner.client.put('/api/accommodation/two-factor-policy', { required: true });
    const response = await owner.client.delete('/api/two-factor');
    expect(response.json().code).toBe('TWO_FACTOR_MANDATORY');
  });

  it('turns 2FA off where optional, only right after a fresh second factor', async () => {
    const owner = await ownerWithTotp();
    t.clock.advance(11 * 60_000);
    // Keep the session alive (idle timeout is 30 minutes).
    expect((await owner.client.delete('/api/two-factor')).json().code).toBe('STEP_UP_REQUIRED');
    const stepUp = await owner.client.post('/api/two-factor/totp/verify', { code: oathtool(owner.secret, t.clock.now()) });
    expect(stepUp.json()).toEqual({ status: 'verified' });
    expect((await owner.client.delete('/api/two-factor')).statusCode).toBe(204);
    expect((await owner.client.get('/api/two-factor')).json()).toMatchObject({ enabled: false, totp: false });
  });
});

describe('adding a factor to an account that has one', () => {
  it('asks for a fresh second factor first', async () => {
    const owner = await ownerWithTotp();
    t.clock.advance(11 * 60_000);
    const refused = await owner.client.post('/api/two-factor/totp/setup');
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'STEP_UP_REQUIRED']);
    expect((await owner.client.post('/api/two-factor/passkeys/registration-options')).json().code).toBe('STEP_UP_REQUIRED');
    const stepUp = await owner.client.post('/api/two-factor/totp/verify', { code: oathtool(owner.secret, t.clock.now()) });
    expect(stepUp.json()).toEqual({ status: 'verified' });
    expect((await owner.client.post('/api/two-factor/totp/setup')).statusCode).toBe(200);
  });
});
