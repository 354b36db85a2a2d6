// Forgotten password ("Wachtwoord vergeten?" → "Code ontvangen"): the request never reveals
// whether an address is known; the mailed code sets a new password once, within an hour; a new
// password ends every session, is announced by mail, and signs nobody in.
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { codeFrom, mailTo, randomEmail, registration, signedInOwner } from '../support/factories.ts';

const t = await startTestApp();

const MINUTE = 60_000;
const RESET_SUBJECT = 'Nieuw wachtwoord aanmaken voor het Nachtregister';
const CHANGED_SUBJECT = 'Uw wachtwoord voor het Nachtregister is gewijzigd';
const NEW_PASSWORD = 'zeven zwanen zwemmen zachtjes naar zee';

const requestReset = (email: string) => t.client().post('/api/password-resets', { email });
const confirmReset = (code: string, password: string) => t.client().post('/api/password-resets/confirm', { code, password });
const signIn = (email: string, password: string) => t.client().post('/api/sessions', { email, password });

async function mailsWithSubject(email: string, subject: string) {
  return (await mailTo(t, email)).filter((m) => m.subject === subject);
}

/** Requests a reset for `email` and returns the code of the newest reset mail. */
async function resetCode(email: string): Promise<string> {
  expect((await requestReset(email)).statusCode).toBe(202);
  return codeFrom((await mailsWithSubject(email, RESET_SUBJECT))[0]);
}

function setsSessionCookie(response: LightMyRequestResponse): boolean {
  const header = response.headers['set-cookie'];
  const all = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return all.some((c) => c.startsWith('nr_session='));
}

describe('requesting a password reset', () => {
  it('answers 202 with the same body for known and unknown addresses', async () => {
    const { input } = await signedInOwner(t);
    const known = await requestReset(input.email);
    const unknown = await requestReset(randomEmail());
    expect(known.statusCode).toBe(202);
    expect(known.json()).toEqual({ status: 'accepted' });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
  });

  it('mails a reset link with a 48-hex code only to a known address', async () => {
    const { input } = await signedInOwner(t);
    const unknown = randomEmail();
    expect((await requestReset(input.email)).statusCode).toBe(202);
    expect((await requestReset(unknown)).statusCode).toBe(202);

    expect(await mailTo(t, unknown)).toHaveLength(0);
    const [mail] = await mailsWithSubject(input.email, RESET_SUBJECT);
    expect(mail).toBeDefined();
    expect(mail?.text).toMatch(/\/code-ontvangen\?code=[0-9a-f]{48}(\s|$)/);
    expect(mail?.html).toContain(`/code-ontvangen?code=${codeFrom(mail)}`);
  });
});

describe('setting a new password with the mailed code', () => {
  it('answers 200; afterwards the old password is refused and the new one works', async () => {
    const { input } = await signedInOwner(t);
    const code = await resetCode(input.email);
    const response = await confirmReset(code, NEW_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'password-changed' });

    const old = await signIn(input.email, input.password);
    expect(old.statusCode).toBe(401);
    expect(old.json().code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(input.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('ends every existing session of the user', async () => {
    const { client: first, input } = await signedInOwner(t);
    const second = t.client();
    expect((await second.post('/api/sessions', { email: input.email, password: input.password })).statusCode).toBe(200);
    expect((await first.get('/api/session')).statusCode).toBe(200);
    expect((await second.get('/api/session')).statusCode).toBe(200);

    expect((await confirmReset(await resetCode(input.email), NEW_PASSWORD)).statusCode).toBe(200);

    for (const client of [first, second]) {
      const response = await client.get('/api/session');
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('NOT_AUTHENTICATED');
    }
  });

  it('mails the owner a notice that the password was changed', async () => {
    const { input } = await signedInOwner(t);
    expect(await mailsWithSubject(input.email, CHANGED_SUBJECT)).toHaveLength(0);
    expect((await confirmReset(await resetCode(input.email), NEW_PASSWORD)).statusCode).toBe(200);
    const notices = await mailsWithSubject(input.email, CHANGED_SUBJECT);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).not.toContain(NEW_PASSWORD);
  });

  it('refuses a code that was already used with 400 CODE_USED', async () => {
    const { input } = await signedInOwner(t);
    const code = await resetCode(input.email);
    expect((await confirmReset(code, NEW_PASSWORD)).statusCode).toBe(200);
    const again = await confirmReset(code, 'een heel ander nieuw wachtwoord voor later');
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('CODE_USED');
    expect((await signIn(input.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('still accepts the code 59 minutes after it was sent', async () => {
    const { input } = await signedInOwner(t);
    const code = await resetCode(input.email);
    t.clock.advance(59 * MINUTE);
    expect((await confirmReset(code, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses the code after one hour with 400 CODE_EXPIRED, leaving the password unchanged', async () => {
    const { input } = await signedInOwner(t);
    const code = await resetCode(input.email);
    t.clock.advance(61 * MINUTE);
    const response = await confirmReset(code, NEW_PASSWORD);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('CODE_EXPIRED');
    expect((await signIn(input.email, input.password)).statusCode).toBe(200);
    expect((await signIn(input.email, NEW_PASSWORD)).statusCode).toBe(401);
  });

  it('refuses a weak new password with PASSWORD_TOO_WEAK on the password field and keeps the code usable', async () => {
    const { input } = await signedInOwner(t);
    const code = await resetCode(input.email);
    const weak = await confirmReset(code, 'wachtwoord123');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('VALIDATION_FAILED');
    expect(weak.json().fields.password.code).toBe('PASSWORD_TOO_WEAK');
    expect((await signIn(input.email, 'wachtwoord123')).statusCode).toBe(401);

    expect((await confirmReset(code, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await signIn(input.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('confirms the email address of an account that was never confirmed', async () => {
    const input = registration(t);
    expect((await t.client().post('/api/registrations', input)).statusCode).toBe(201);
    expect((await signIn(input.email, input.password)).json().code).toBe('EMAIL_NOT_CONFIRMED');

    expect((await confirmReset(await resetCode(input.email), NEW_PASSWORD)).statusCode).toBe(200);
    expect((await signIn(input.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('does not sign the user in: no session cookie, and the page that reset it has no session', async () => {
    const { input } = await signedInOwner(t);
    const code = await resetCode(input.email);
    const visitor = t.client();
    const response = await visitor.post('/api/password-resets/confirm', { code, password: NEW_PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(setsSessionCookie(response)).toBe(false);
    expect((await visitor.get('/api/session')).statusCode).toBe(401);
  });
});
