// Email confirmation ("Code invullen"): the mailed code confirms the address once, within 24
// hours; "Ik heb geen code ontvangen." sends a new one without revealing anything about the
// address; codes are kept only as hashes.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { dumpTables, tablesContaining } from '../support/database.ts';
import { codeFrom, mailTo, randomEmail, registration } from '../support/factories.ts';

const t = await startTestApp();

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CONFIRM_SUBJECT = 'Bevestig uw emailadres voor het Nachtregister';

/** Registers an account (not yet confirmed) and returns its details and the mailed code. */
async function registered() {
  const input = registration(t);
  expect((await t.client().post('/api/registrations', input)).statusCode).toBe(201);
  const [mail] = await mailTo(t, input.email);
  return { input, code: codeFrom(mail) };
}

const confirm = (code: string) => t.client().post('/api/email-confirmations', { code });
const signIn = (email: string, password: string) => t.client().post('/api/sessions', { email, password });
const resend = (email: string) => t.client().post('/api/email-confirmations/resend', { email });

describe('confirming an email address with the mailed code', () => {
  it('confirms with the mailed code, after which the owner can sign in', async () => {
    const { input, code } = await registered();
    expect((await signIn(input.email, input.password)).json().code).toBe('EMAIL_NOT_CONFIRMED');

    const response = await confirm(code);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'confirmed' });
    expect((await signIn(input.email, input.password)).statusCode).toBe(200);
  });

  it('accepts the code pasted in upper case', async () => {
    const { code } = await registered();
    expect((await confirm(code.toUpperCase())).statusCode).toBe(200);
  });

  it('refuses a code that was already used with 400 CODE_USED', async () => {
    const { code } = await registered();
    expect((await confirm(code)).statusCode).toBe(200);
    const again = await confirm(code);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'CODE_USED' });
  });

  it('refuses a well-formed code that was never issued with 400 CODE_INVALID', async () => {
    const response = await confirm(randomBytes(24).toString('hex'));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'CODE_INVALID' });
  });

  it.each([
    ['too short', 'abc123'],
    ['47 characters', 'a'.repeat(47)],
    ['49 characters', 'a'.repeat(49)],
    ['not hexadecimal', 'g'.repeat(48)],
    ['a whole link instead of the code', `https://example.nl/code-invullen?code=${'a'.repeat(48)}`],
  ])('refuses a malformed code (%s) with 400 VALIDATION_FAILED on the code field', async (_case, code) => {
    const response = await confirm(code);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields.code.code).toBe('CODE_FORMAT_INVALID');
  });

  it('still accepts the code 23 hours and 59 minutes after it was sent', async () => {
    const { input, code } = await registered();
    t.clock.advance(23 * HOUR + 59 * MINUTE);
    expect((await confirm(code)).statusCode).toBe(200);
    expect((await signIn(input.email, input.password)).statusCode).toBe(200);
  });

  it('refuses the code 24 hours and 1 minute after it was sent with 400 CODE_EXPIRED', async () => {
    const { input, code } = await registered();
    t.clock.advance(24 * HOUR + MINUTE);
    const response = await confirm(code);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'CODE_EXPIRED' });
    expect((await signIn(input.email, input.password)).json().code).toBe('EMAIL_NOT_CONFIRMED');
  });
});

describe('sending a new confirmation code ("Ik heb geen code ontvangen.")', () => {
  it('answers 202 with the same body for unknown, unconfirmed and confirmed addresses', async () => {
    const unconfirmed = await registered();
    const confirmed = await registered();
    expect((await confirm(confirmed.code)).statusCode).toBe(200);

    const answers = await Promise.all([resend(randomEmail()), resend(unconfirmed.input.email), resend(confirmed.input.email)]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(202);
      expect(answer.body).toBe(answers[0]?.body);
    }
    expect(answers[0]?.json()).toEqual({ status: 'accepted' });
  });

  it('mails a new code only to an address that is registered and still unconfirmed', async () => {
    const unknown = randomEmail();
    const unconfirmed = await registered();
    const confirmed = await registered();
    expect((await confirm(confirmed.code)).statusCode).toBe(200);

    for (const email of [unknown, unconfirmed.input.email, confirmed.input.email]) {
      expect((await resend(email)).statusCode).toBe(202);
    }

    expect(await mailTo(t, unknown)).toHaveLength(0);
    expect((await mailTo(t, confirmed.input.email)).map((m) => m.subject)).toEqual([CONFIRM_SUBJECT]);
    const mails = await mailTo(t, unconfirmed.input.email);
    expect(mails.map((m) => m.subject)).toEqual([CONFIRM_SUBJECT, CONFIRM_SUBJECT]);
    expect(codeFrom(mails[0])).not.toBe(unconfirmed.code);
  });

  it('makes the earlier code expire (CODE_EXPIRED) while the new code confirms', async () => {
    const { input, code: oldCode } = await registered();
    expect((await resend(input.email)).statusCode).toBe(202);
    const [newest] = await mailTo(t, input.email);
    const newCode = codeFrom(newest);

    const old = await confirm(oldCode);
    expect(old.statusCode).toBe(400);
    expect(old.json()).toMatchObject({ code: 'CODE_EXPIRED' });
    expect((await confirm(newCode)).statusCode).toBe(200);
    expect((await signIn(input.email, input.password)).statusCode).toBe(200);
  });

  it('limits requests per address (from any IP) with 429 RATE_LIMITED and a retry-after header', async () => {
    const { input } = await registered();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await resend(input.email));
    expect(answers.slice(0, 3).map((a) => a.statusCode)).toEqual([202, 202, 202]);

    const refused = answers[3];
    expect(refused?.statusCode).toBe(429);
    const body = refused?.json();
    expect(body.code).toBe('RATE_LIMITED');
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.headers['retry-after']).toBe(String(body.retryAfterSeconds));
    // The refused request sent nothing: the registration mail and three new codes.
    expect(await mailTo(t, input.email)).toHaveLength(4);
    // Another address is not affected.
    expect((await resend(randomEmail())).statusCode).toBe(202);
  });

  it('limits an unknown address exactly like a known one', async () => {
    const { input } = await registered();
    const unknown = randomEmail();
    for (let i = 0; i < 3; i++) {
      expect((await resend(input.email)).statusCode).toBe(202);
      expect((await resend(unknown)).statusCode).toBe(202);
    }
    const known = await resend(input.email);
    const other = await resend(unknown);
    expect(other.statusCode).toBe(429);
    expect(other.body).toBe(known.body);
  });
});

describe('storage of confirmation codes', () => {
  it('keeps the code only as a hash: its plaintext is in no table except the development outbox', async () => {
    const input = registration(t);
    expect((await t.client().post('/api/registrations', input)).statusCode).toBe(201);
    const beforeDelivery = await dumpTables(t);
    const code = codeFrom((await mailTo(t, input.email))[0]);
    const afterDelivery = await dumpTables(t);

    expect(tablesContaining(beforeDelivery, code)).toEqual([]);
    expect(tablesContaining(afterDelivery, code)).toEqual(['dev_outbox']);
    const hash = createHash('sha256').update(code).digest('hex');
    expect(tablesContaining(afterDelivery, hash)).toEqual(['one_time_codes']);

    // After confirming, the plaintext still appears nowhere else.
    expect((await confirm(code)).statusCode).toBe(200);
    expect(tablesContaining(await dumpTables(t), code)).toEqual(['dev_outbox']);
  });
});
