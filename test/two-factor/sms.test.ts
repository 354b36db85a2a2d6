import { describe, expect, it } from 'vitest';
import { smsCodes } from '../../src/server/db/schema.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { signedInOwner } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const t = await startTestApp();

/** The newest SMS to `phone` in the development outbox, and the 6-digit code in it. */
async function lastSms(phone: string): Promise<{ text: string; code: string }> {
  await t.deps.jobs.drain();
  const messages = (await t.client().get('/api/dev/outbox')).json<{ messages: { channel: string; to: string; text: string }[] }>().messages;
  const sms = messages.find((m) => m.channel === 'sms' && m.to === phone);
  const code = /\b(\d{6})\b/.exec(sms?.text ?? '')?.[1];
  if (!sms || !code) throw new Error(`no SMS to ${phone}`);
  return { text: sms.text, code };
}

function randomMobile(): string {
  return `+3161${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
}

async function ownerWithTotpAndPhone() {
  const owner = await signedInOwner(t);
  const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
  const secret = secretOf(setup.uri);
  await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secret, t.clock.now()) });
  const phone = randomMobile();
  expect((await owner.client.post('/api/two-factor/sms/phone', { phone: `0${phone.slice(3)}` })).json()).toEqual({ status: 'code-sent', phone });
  const { code } = await lastSms(phone);
  // The account has a backup code from the app's set-up: no second one comes with the phone.
  expect((await owner.client.post('/api/two-factor/sms/phone/confirm', { code })).json()).toEqual({ status: 'verified', phone });
  t.clock.advance(31_000);
  return { ...owner, phone, secret };
}

async function atTheStep(input: { email: string; password: string }): Promise<TestClient> {
  const client = t.client();
  const response = await client.post('/api/sessions', input);
  expect(response.json()).toEqual({ status: 'two-factor-required', methods: ['totp', 'sms', 'backup_code'] });
  return client;
}

describe('SMS as a backup method', () => {
  it('adds and confirms a phone number with the code from the SMS, in Dutch', async () => {
    const owner = await ownerWithTotpAndPhone();
    expect((await owner.client.get('/api/two-factor')).json().sms).toEqual({ phone: owner.phone, verified: true });
  });

  it('comes with a backup code when the phone is the first factor, so SMS is never the only way in', async () => {
    const owner = await signedInOwner(t);
    // An app set-up started and left, then the phone added instead.
    expect((await owner.client.post('/api/two-factor/totp/setup')).statusCode).toBe(200);
    const phone = randomMobile();
    await owner.client.post('/api/two-factor/sms/phone', { phone });
    const confirmed = (await owner.client.post('/api/two-factor/sms/phone/confirm', { code: (await lastSms(phone)).code })).json();
    expect(confirmed).toMatchObject({ status: 'verified', phone, backupCode: expect.stringMatching(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/) });
    // Shown on the 2FA page until "Gereed", like the code of an app's set-up.
    const status = (await owner.client.get('/api/two-factor')).json();
    expect(status).toMatchObject({ enabled: true, backupCode: true, backupCodeState: 'unconfirmed', newBackupCode: confirmed.backupCode });
    // At the sign-in step the backup code is offered next to SMS, and it signs in.
    const client = t.client();
    expect((await client.post('/api/sessions', owner.input)).json()).toEqual({ status: 'two-factor-required', methods: ['sms', 'backup_code'] });
    expect((await client.post('/api/two-factor/backup-code/verify', { code: confirmed.backupCode })).statusCode).toBe(200);
  });

  it('refuses numbers that cannot receive text messages', async () => {
    const owner = await signedInOwner(t);
    for (const phone of ['12345', '0201234567']) {
      const response = await owner.client.post('/api/two-factor/sms/phone', { phone });
      expect([response.statusCode, response.json().fields?.phone?.code]).toEqual([400, 'PHONE_INVALID']);
    }
  });

  it('signs in with "Stuur een code per SMS"', async () => {
    const owner = await ownerWithTotpAndPhone();
    const client = await atTheStep(owner.input);
    expect((await client.post('/api/two-factor/sms/send')).json()).toEqual({
      status: 'code-sent',
      phone: `+31 6 ****${owner.phone.slice(-4)}`,
    });
    const { text, code } = await lastSms(owner.phone);
    expect(text).toMatch(/^Uw inlogcode voor het Nachtregister is \d{6}\./);
    expect((await client.post('/api/two-factor/sms/verify', { code })).json()).toEqual({ status: 'signed-in' });
    expect((await client.get('/api/session')).statusCode).toBe(200);
  });

  it('lets a code expire after 5 minutes', async () => {
    const owner = await ownerWithTotpAndPhone();
    const client = await atTheStep(owner.input);
    await client.post('/api/two-factor/sms/send');
    const { code } = await lastSms(owner.phone);
    t.clock.advance(5 * 60_000 + 1_000);
    // The 2FA step has expired with it; at a new sign-in the old code is refused as expired.
    const fresh = await atTheStep(owner.input);
    expect((await fresh.post('/api/two-factor/sms/verify', { code })).json().code).toBe('CODE_EXPIRED');
  });

  it('kills a code after 5 wrong tries', async () => {
    const owner = await ownerWithTotpAndPhone();
    const client = await atTheStep(owner.input);
    await client.post('/api/two-factor/sms/send');
    const { code } = await lastSms(owner.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      expect((await client.post('/api/two-factor/sms/verify', { code: wrong })).json().code).toBe('TWO_FACTOR_CODE_INVALID');
    }
    // The account is slowed down now as well; once the wait is over, the right code is dead.
    t.clock.advance(60_000);
    expect((await client.post('/api/two-factor/sms/verify', { code })).json().code).toBe('CODE_EXPIRED');
  });

  it('sends at most one code per 30 seconds', async () => {
    const owner = await ownerWithTotpAndPhone();
    const client = await atTheStep(owner.input);
    expect((await client.post('/api/two-factor/sms/send')).statusCode).toBe(202);
    const again = await client.post('/api/two-factor/sms/send');
    expect([again.statusCode, again.json().code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('stores codes only as keyed hashes', async () => {
    const owner = await ownerWithTotpAndPhone();
    const client = await atTheStep(owner.input);
    await client.post('/api/two-factor/sms/send');
    const { code } = await lastSms(owner.phone);
    const rows = await t.deps.db.select().from(smsCodes);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(code);
  });

  it('removes the phone number only after a fresh second factor', async () => {
    const owner = await ownerWithTotpAndPhone();
    t.clock.advance(11 * 60_000);
    expect((await owner.client.delete('/api/two-factor/sms/phone')).json().code).toBe('STEP_UP_REQUIRED');
    await owner.client.post('/api/two-factor/totp/verify', { code: oathtool(owner.secret, t.clock.now()) });
    expect((await owner.client.delete('/api/two-factor/sms/phone')).statusCode).toBe(204);
    expect((await owner.client.get('/api/two-factor')).json().sms).toBeNull();
  });

  it('refuses "Stuur een code per SMS" without a confirmed phone', async () => {
    const owner = await signedInOwner(t);
    const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
    await owner.client.post('/api/two-factor/totp/confirm', { code: oathtool(secretOf(setup.uri), t.clock.now()) });
    const client = t.client();
    await client.post('/api/sessions', owner.input);
    expect((await client.post('/api/two-factor/sms/send')).json().code).toBe('SMS_NOT_AVAILABLE');
  });
});
