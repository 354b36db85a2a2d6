// The set-up cannot be lost: the backup code stays shown (a reload asks GET /api/two-factor again)
// until "Gereed", the settings say "Bewaard" only after it, another session learns only that a
// code waits (a step-up shows it), "Nieuwe backupcode maken" replaces the code after a step-up, and
// a code from the app that was just used is told as such wherever it is typed.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOwner } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const t = await startTestApp();
const JUST_USED = 'Deze code is net gebruikt. Wacht op de volgende code in uw app.';

async function ownerWithTotp() {
  const owner = await signedInOwner(t);
  const secret = secretOf((await owner.client.post('/api/two-factor/totp/setup')).json().uri);
  const code = oathtool(secret, t.clock.now());
  const confirm = await owner.client.post('/api/two-factor/totp/confirm', { code });
  expect(confirm.statusCode).toBe(200);
  return { ...owner, secret, code, backupCode: confirm.json().backupCode as string };
}

async function signIn(input: { email: string; password: string }, secret: string): Promise<TestClient> {
  const client = t.client();
  expect((await client.post('/api/sessions', input)).json().status).toBe('two-factor-required');
  t.clock.advance(30_000);
  expect((await client.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()) })).json()).toEqual({ status: 'signed-in' });
  return client;
}

async function stepUp(client: TestClient, secret: string): Promise<void> {
  t.clock.advance(30_000);
  expect((await client.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()) })).json()).toEqual({ status: 'verified' });
}

const status = async (client: TestClient) => (await client.get('/api/two-factor')).json();

describe('the backup code of the set-up', () => {
  it('is shown again after a reload, and "Bewaard" only after "Gereed"', async () => {
    const { client, backupCode } = await ownerWithTotp();
    t.clock.advance(20 * 60_000);
    expect(await status(client)).toMatchObject({ enabled: true, newBackupCode: backupCode, backupCodeState: 'unconfirmed' });
    // Setting up again would need a step-up now; the pending code is still there.
    expect((await client.post('/api/two-factor/totp/setup')).json().code).toBe('STEP_UP_REQUIRED');
    expect((await client.post('/api/two-factor/backup-code/stored')).statusCode).toBe(204);
    expect(await status(client)).toMatchObject({ newBackupCode: null, backupCodeState: 'stored' });
  });

  it('is "not confirmed" to a session whose factor is older, and shown there after a step-up', async () => {
    const { input, secret, backupCode } = await ownerWithTotp();
    await (await signIn(input, secret)).post('/api/two-factor/backup-code/stored');
    const other = await signIn(input, secret);
    // Later, another device signs in with the backup code: a new one is issued there, unconfirmed.
    t.clock.advance(60_000);
    const phoneLost = t.client();
    await phoneLost.post('/api/sessions', input);
    expect((await phoneLost.post('/api/two-factor/backup-code/verify', { code: backupCode })).json()).toEqual({ status: 'signed-in' });
    const issued = (await status(phoneLost)).newBackupCode as string;

    expect(await status(other)).toMatchObject({ newBackupCode: null, backupCodeState: 'unconfirmed', backupCode: true });
    await stepUp(other, secret);
    expect(await status(other)).toMatchObject({ newBackupCode: issued, backupCodeState: 'unconfirmed' });
  });
});

describe('"Nieuwe backupcode maken"', () => {
  it('needs 2FA and a step-up, replaces the old code, is shown until "Gereed" and audited', async () => {
    const plain = await signedInOwner(t);
    const none = await plain.client.post('/api/two-factor/backup-code');
    expect(none.statusCode).toBe(409);
    expect(none.json().code).toBe('TWO_FACTOR_NOT_ENABLED');

    const { client, input, secret, backupCode } = await ownerWithTotp();
    await client.post('/api/two-factor/backup-code/stored');
    t.clock.advance(11 * 60_000);
    const late = await client.post('/api/two-factor/backup-code');
    expect(late.statusCode).toBe(403);
    expect(late.json().code).toBe('STEP_UP_REQUIRED');

    await stepUp(client, secret);
    t.clock.advance(60_000);
    const renewed = await client.post('/api/two-factor/backup-code');
    expect(renewed.statusCode).toBe(200);
    const code = renewed.json().backupCode as string;
    expect(code).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(code).not.toBe(backupCode);
    // A reload of that page shows the same code until "Gereed".
    expect(await status(client)).toMatchObject({ newBackupCode: code, backupCodeState: 'unconfirmed' });
    expect((await client.post('/api/two-factor/backup-code/stored')).statusCode).toBe(204);
    expect(await status(client)).toMatchObject({ newBackupCode: null, backupCodeState: 'stored' });

    const events = (await client.get('/api/audit-events?action=two_factor.backup_code_issued')).json().events;
    expect(events.length).toBe(1);

    // The old code no longer signs in; the new one does.
    const step = t.client();
    await step.post('/api/sessions', input);
    expect((await step.post('/api/two-factor/backup-code/verify', { code: backupCode })).json().code).toBe('TWO_FACTOR_CODE_INVALID');
    expect((await step.post('/api/two-factor/backup-code/verify', { code })).json()).toEqual({ status: 'signed-in' });
  });
});

describe('a code from the app that was just used', () => {
  it('is told as just used in the set-up confirmation, the step-up and the sign-in step', async () => {
    const { client, input, code } = await ownerWithTotp();
    // The set-up confirmed a second time (another tab, a second click).
    const again = await client.post('/api/two-factor/totp/confirm', { code });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'TOTP_CODE_USED', message: JUST_USED });

    const stepUpAgain = await client.post('/api/two-factor/totp/verify', { code });
    expect(stepUpAgain.json()).toMatchObject({ code: 'TOTP_CODE_USED', message: JUST_USED });

    const step = t.client();
    await step.post('/api/sessions', input);
    expect((await step.post('/api/two-factor/totp/verify', { code })).json()).toMatchObject({ code: 'TOTP_CODE_USED', message: JUST_USED });
  });

  it('keeps "Code is ongeldig" for a wrong code', async () => {
    const { client } = await ownerWithTotp();
    expect((await client.post('/api/two-factor/totp/confirm', { code: '000000' })).json().code).toBe('CODE_EXPIRED');
    expect((await client.post('/api/two-factor/totp/verify', { code: '000000' })).json().code).toBe('TWO_FACTOR_CODE_INVALID');
  });
});
