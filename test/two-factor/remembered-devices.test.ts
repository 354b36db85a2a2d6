// "Dit apparaat 30 dagen onthouden" skips the 2FA step only while nothing about the account's
// trust changed: a new password (changed or reset), a 2FA reset or a deactivation forgets every
// remembered browser, so whoever held the old password cannot keep skipping the second factor.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner, staffUserOf } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const t = await startTestApp();
const NEW_PASSWORD = 'vier ijsberen zwemmen naar de noordpool';

/** A user with the app set up, and a browser that ticked "onthouden" at the 2FA step. */
async function rememberedBrowser(email: string, password: string, client = t.client()) {
  const setup = (await client.post('/api/two-factor/totp/setup')).json();
  const secret = secretOf(setup.uri);
  expect((await client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, t.clock.now()) })).statusCode).toBe(200);
  const browser = t.client();
  expect((await browser.post('/api/sessions', { email, password })).json().status).toBe('two-factor-required');
  t.clock.advance(30_000);
  expect((await browser.post('/api/two-factor/totp/verify', { code: oathtool(secret, t.clock.now()), rememberDevice: true })).json().status).toBe('signed-in');
  expect(browser.cookie('nr_device')).toBeTruthy();
  // Remembered: the next sign-in in this browser skips the step.
  expect((await browser.post('/api/sessions', { email, password })).json().status).toBe('signed-in');
  return { browser, secret };
}

describe('remembered devices', () => {
  it('are forgotten when the password is changed', async () => {
    const { client, input } = await signedInOwner(t);
    const { browser } = await rememberedBrowser(input.email, input.password, client);
    t.clock.advance(30_000);
    expect((await client.put('/api/account/password', { currentPassword: input.password, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await browser.post('/api/sessions', { email: input.email, password: NEW_PASSWORD })).json().status).toBe('two-factor-required');
  });

  it('are forgotten when the account is deactivated (and stay forgotten after reactivation)', async () => {
    const owner = await signedInOwner(t);
    const staff = await staffUserOf(t, owner.input.email);
    const staffClient = t.client();
    await staffClient.post('/api/sessions', staff);
    const { browser } = await rememberedBrowser(staff.email, staff.password, staffClient);
    const id = ((await owner.client.get('/api/users')).json().users as { id: string; email: string }[]).find((u) => u.email === staff.email)?.id;
    expect((await owner.client.post(`/api/users/${id}/deactivate`)).statusCode).toBe(204);
    expect((await owner.client.post(`/api/users/${id}/reactivate`)).statusCode).toBe(204);
    expect((await browser.post('/api/sessions', staff)).json().status).toBe('two-factor-required');
  });
});
