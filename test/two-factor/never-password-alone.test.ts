// An account that has (or had) a second factor never reaches a full session, and never binds a new
// factor, on the password alone: not after its backup code, not after a reset it did not finish.
// Turning 2FA off is the one way back, on purpose and after a step-up.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { codeFrom, mailTo, signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const t = await startTestApp();
const BACKUP_SHAPE = /^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/;

async function ownerWithTotp() {
  const owner = await signedInOwner(t);
  const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
  const secret = secretOf(setup.uri);
  const confirm = await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, t.clock.now()) });
  expect(confirm.statusCode).toBe(200);
  expect((await owner.client.post('/api/two-factor/backup-code/stored')).statusCode).toBe(204);
  return { ...owner, secret, backupCode: confirm.json().backupCode as string };
}

async function passwordStep(email: string, password: string) {
  const client = t.client();
  const response = await client.post('/api/sessions', { email, password });
  return { client, response };
}

/** Everything a signed-in user could reach with a full session, tried on a password-only one. */
async function expectNothingBeyondTheStep(client: ReturnType<typeof t.client>) {
  expect((await client.get('/api/session')).statusCode).toBeGreaterThanOrEqual(400);
  expect((await client.get('/api/accommodation')).statusCode).toBeGreaterThanOrEqual(400);
  expect((await client.get('/api/stays')).statusCode).toBeGreaterThanOrEqual(400);
  const setup = await client.post('/api/two-factor/totp/setup');
  expect(setup.statusCode).toBeGreaterThanOrEqual(400);
  expect(setup.json().secret).toBeUndefined();
}

describe('the backup code', () => {
  it('signs in once, keeps the authenticator app and issues a new code at once', async () => {
    const { input, secret, backupCode } = await ownerWithTotp();
    const step = await passwordStep(input.email, input.password);
    const used = await step.client.post('/api/two-factor/backup-code/verify', { code: backupCode });
    expect(used.json()).toEqual({ status: 'signed-in' });

    // The new code is shown after the sign-in, and still after a reload, until "Gereed".
    const shown = (await step.client.get('/api/two-factor')).json();
    expect(shown).toMatchObject({ enabled: true, totp: true, backupCode: true });
    expect(shown.newBackupCode).toMatch(BACKUP_SHAPE);
    expect(shown.newBackupCode).not.toBe(backupCode);
    expect((await step.client.get('/api/two-factor')).json().newBackupCode).toBe(shown.newBackupCode);
    expect((await step.client.post('/api/two-factor/backup-code/stored')).statusCode).toBe(204);
    expect((await step.client.get('/api/two-factor')).json().newBackupCode).toBeNull();

    // The next sign-in still asks for the second factor; the app still works.
    const next = await passwordStep(input.email, input.password);
    expect(next.response.json()).toEqual({ status: 'two-factor-required', methods: ['totp', 'backup_code'] });
    await expectNothingBeyondTheStep(next.client);
    expect((await next.client.post('/api/two-factor/backup-code/verify', { code: backupCode })).json().code).toBe('TWO_FACTOR_CODE_INVALID');
    t.clock.advance(30_000);
    expect((await next.client.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()) })).json()).toEqual({ status: 'signed-in' });

    // And the new backup code works once, too.
    const third = await passwordStep(input.email, input.password);
    expect((await third.client.post('/api/two-factor/backup-code/verify', { code: shown.newBackupCode })).json()).toEqual({ status: 'signed-in' });
  });

  it('shows the new code only to the session that proved a factor, not to another signed-in one', async () => {
    const { input, client, backupCode } = await ownerWithTotp();
    t.clock.advance(60_000);
    const step = await passwordStep(input.email, input.password);
    await step.client.post('/api/two-factor/backup-code/verify', { code: backupCode });
    // The owner's older session (its factor proven before the new code was issued) sees none.
    expect((await client.get('/api/two-factor')).json().newBackupCode).toBeNull();
  });
});

describe('turning 2FA off', () => {
  it('is the one way back to the password alone: explicit, after a step-up', async () => {
    const { input, client, secret } = await ownerWithTotp();
    t.clock.advance(11 * 60_000);
    expect((await client.delete('/api/two-factor')).json().code).toBe('STEP_UP_REQUIRED');
    t.clock.advance(30_000);
    expect((await client.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()) })).json()).toEqual({ status: 'verified' });
    expect((await client.delete('/api/two-factor')).statusCode).toBe(204);
    expect((await client.get('/api/two-factor')).json()).toMatchObject({ enabled: false, totp: false });
    expect((await client.delete('/api/two-factor')).json().code).toBe('TWO_FACTOR_NOT_ENABLED');
    expect((await passwordStep(input.email, input.password)).response.json().status).toBe('signed-in');
  });

  it('is refused where policy requires 2FA', async () => {
    const inspector = await signedInOperatorAccount(t, 'inspector');
    const response = await inspector.client.delete('/api/two-factor');
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('TWO_FACTOR_MANDATORY');
  });
});

describe('after a 2FA reset', () => {
  async function resetStaff() {
    const owner = await signedInOwner(t);
    const staff = await staffUserOf(t, owner.input.email);
    const staffClient = t.client();
    await staffClient.post('/api/sessions', staff);
    const setup = (await staffClient.post('/api/two-factor/totp/setup')).json();
    await staffClient.post('/api/two-factor/totp/confirm', { code: oathtool(secretOf(setup.uri), t.clock.now()) });
    const list = (await owner.client.get('/api/users')).json().users as { id: string; email: string }[];
    const id = list.find((u) => u.email === staff.email)?.id;
    expect((await owner.client.post(`/api/users/${id}/two-factor/reset`)).statusCode).toBe(204);
    return staff;
  }

  it('binds no new factor on the password alone: a code mailed to the address comes first', async () => {
    const staff = await resetStaff();
    const { client, response } = await passwordStep(staff.email, staff.password);
    expect(response.json()).toEqual({ status: 'two-factor-setup-required' });
    expect((await client.get('/api/two-factor')).json()).toMatchObject({ enabled: true, emailCodeRequired: true });
    await expectNothingBeyondTheStep(client);
    expect((await client.post('/api/two-factor/totp/setup')).json().code).toBe('EMAIL_CODE_REQUIRED');
    expect((await client.post('/api/two-factor/passkeys/registration-options')).json().code).toBe('EMAIL_CODE_REQUIRED');
    // An SMS number is added only once signed in.
    expect((await client.post('/api/two-factor/sms/phone', { phone: '0612345678' })).statusCode).toBe(403);

    const [mail] = await mailTo(t, staff.email);
    expect(mail?.subject).toBe('Code om tweefactorauthenticatie opnieuw in te stellen');
    expect(mail?.text).toContain('/app/tweefactor/instellen?code=');
    expect((await client.post('/api/two-factor/email-code/verify', { code: 'a'.repeat(48) })).json().code).toBe('CODE_INVALID');
    expect((await client.post('/api/two-factor/email-code/verify', { code: codeFrom(mail) })).statusCode).toBe(204);
    expect((await client.get('/api/two-factor')).json().emailCodeRequired).toBe(false);

    const setup = (await client.post('/api/two-factor/totp/setup')).json();
    const confirm = await client.post('/api/two-factor/totp/confirm', { code: oathtool(secretOf(setup.uri), t.clock.now()) });
    expect(confirm.statusCode).toBe(200);
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });

  it('stays in the set-up when the user does not finish it, and a code of another account does not count', async () => {
    const staff = await resetStaff();
    const first = await passwordStep(staff.email, staff.password);
    expect(first.response.json().status).toBe('two-factor-setup-required');
    const [firstMail] = await mailTo(t, staff.email);

    // Another reset account's valid code is refused in this session.
    const other = await resetStaff();
    await passwordStep(other.email, other.password);
    const [otherMail] = await mailTo(t, other.email);
    expect((await first.client.post('/api/two-factor/email-code/verify', { code: codeFrom(otherMail) })).json().code).toBe('CODE_INVALID');

    // Walking away and signing in again: still the set-up, and a new code (the old one replaced).
    const again = await passwordStep(staff.email, staff.password);
    expect(again.response.json().status).toBe('two-factor-setup-required');
    await expectNothingBeyondTheStep(again.client);
    const mails = await mailTo(t, staff.email);
    expect(mails.filter((m) => m.subject === firstMail?.subject)).toHaveLength(2);
    expect((await again.client.post('/api/two-factor/email-code/verify', { code: codeFrom(firstMail) })).json().code).toBe('CODE_EXPIRED');
    expect((await again.client.post('/api/two-factor/email-code/verify', { code: codeFrom(mails[0]) })).statusCode).toBe(204);
  });

  it('sends a new code on request ("Ik heb geen code ontvangen.")', async () => {
    const staff = await resetStaff();
    const { client } = await passwordStep(staff.email, staff.password);
    const again = await client.post('/api/two-factor/email-code');
    expect([again.statusCode, again.json()]).toEqual([202, { status: 'sent' }]);
    const mails = await mailTo(t, staff.email);
    expect(mails.filter((m) => m.subject === 'Code om tweefactorauthenticatie opnieuw in te stellen')).toHaveLength(2);
    expect((await client.post('/api/two-factor/email-code/verify', { code: codeFrom(mails[0]) })).statusCode).toBe(204);
  });
});
