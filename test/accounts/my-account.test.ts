// "Mijn account": the user's own name, email address (changed only through a code mailed to the
// new address, with a notice to the old one and without revealing which addresses have an
// account), password (ending the other sessions) and "Actieve sessies".
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../src/server/db/schema.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { codeFrom, mailTo, randomEmail, signedInOwner } from '../support/factories.ts';

const t = await startTestApp();

const HOUR = 60 * 60_000;
const CODE_SUBJECT = 'Bevestig uw nieuwe emailadres voor het Nachtregister';
const CHANGED_SUBJECT = 'Uw emailadres is gewijzigd';
const PASSWORD_CHANGED_SUBJECT = 'Uw wachtwoord voor het Nachtregister is gewijzigd';
const NEW_PASSWORD = 'zeven zwanen zwemmen zachtjes naar zee';

const signIn = (email: string, password: string, client = t.client()) => client.post('/api/sessions', { email, password });

async function mailsWithSubject(email: string, subject: string) {
  return (await mailTo(t, email)).filter((m) => m.subject === subject);
}

/** A second signed-in client of the same account. */
async function secondSession(email: string, password: string): Promise<TestClient> {
  const client = t.client();
  expect((await signIn(email, password, client)).statusCode).toBe(200);
  return client;
}

/** Asks to change the address and returns the code mailed to the new address. */
async function emailChangeCode(client: TestClient, password: string, newEmail: string): Promise<string> {
  const response = await client.post('/api/account/email-change', { email: newEmail, password });
  expect(response.statusCode).toBe(202);
  return codeFrom((await mailsWithSubject(newEmail, CODE_SUBJECT))[0]);
}

interface SessionItem {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

async function sessionsOf(client: TestClient): Promise<SessionItem[]> {
  const response = await client.get('/api/account/sessions');
  expect(response.statusCode).toBe(200);
  return response.json<{ sessions: SessionItem[] }>().sessions;
}

describe('the own account', () => {
  it('shows name, email and no pending change; refuses visitors without a session', async () => {
    const { client, input } = await signedInOwner(t);
    const response = await client.get('/api/account');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: null, email: input.email, pendingEmail: null });
    expect((await t.client().get('/api/account')).statusCode).toBe(401);
  });

  it('changes the name, trimmed, and shows it in the session', async () => {
    const { client } = await signedInOwner(t);
    const response = await client.put('/api/account', { name: '  Jan de Vries ' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: 'Jan de Vries' });
    expect((await client.get('/api/account')).json().name).toBe('Jan de Vries');
    expect((await client.get('/api/session')).json().user.name).toBe('Jan de Vries');
  });

  it('refuses an empty, too long or control-character name with a field error', async () => {
    const { client } = await signedInOwner(t);
    for (const [name, code] of [
      ['   ', 'REQUIRED'],
      ['x'.repeat(101), 'TOO_LONG'],
      ['Jan\u0007', 'CONTROL_CHARACTERS'],
    ] as const) {
      const response = await client.put('/api/account', { name });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields.name.code).toBe(code);
    }
  });
});

describe('changing the email address', () => {
  it('mails a code to the new address; confirming changes the address and tells the old one', async () => {
    const { client, input } = await signedInOwner(t);
    const newEmail = randomEmail();
    const code = await emailChangeCode(client, input.password, newEmail);
    const [mail] = await mailsWithSubject(newEmail, CODE_SUBJECT);
    expect(mail?.text).toContain(`/email-bevestigen?code=${code}`);
    expect(await mailsWithSubject(input.email, CODE_SUBJECT)).toHaveLength(0);
    expect((await client.get('/api/account')).json()).toMatchObject({ email: input.email, pendingEmail: newEmail });

    // Before the confirmation nothing has changed.
    expect((await signIn(newEmail, input.password)).statusCode).toBe(401);

    const confirmed = await t.client().post('/api/account/email-change/confirm', { code });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ status: 'email-changed', email: newEmail });

    const [notice] = await mailsWithSubject(input.email, CHANGED_SUBJECT);
    expect(notice?.text).toContain(newEmail);
    expect(await mailsWithSubject(newEmail, CHANGED_SUBJECT)).toHaveLength(0);

    expect((await client.get('/api/account')).json()).toEqual({ name: null, email: newEmail, pendingEmail: null });
    expect((await signIn(newEmail, input.password)).statusCode).toBe(200);
    const old = await signIn(input.email, input.password);
    expect(old.statusCode).toBe(401);
    expect(old.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a code that was already used with CODE_USED', async () => {
    const { client, input } = await signedInOwner(t);
    const newEmail = randomEmail();
    const code = await emailChangeCode(client, input.password, newEmail);
    expect((await t.client().post('/api/account/email-change/confirm', { code })).statusCode).toBe(200);
    const again = await t.client().post('/api/account/email-change/confirm', { code });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('CODE_USED');
  });

  it('refuses the code after 24 hours with CODE_EXPIRED and leaves the address unchanged', async () => {
    const { client, input } = await signedInOwner(t);
    const newEmail = randomEmail();
    const code = await emailChangeCode(client, input.password, newEmail);
    t.clock.advance(24 * HOUR + 60_000);
    const response = await t.client().post('/api/account/email-change/confirm', { code });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('CODE_EXPIRED');
    expect((await signIn(input.email, input.password)).statusCode).toBe(200);
    expect((await signIn(newEmail, input.password)).statusCode).toBe(401);
  });

  it('lets one of two accounts confirming the same new address at once have it, and tells the other EMAIL_TAKEN', async () => {
    const first = await signedInOwner(t);
    const second = await signedInOwner(t);
    const newEmail = randomEmail();
    for (const { client, input } of [first, second]) {
      expect((await client.post('/api/account/email-change', { email: newEmail, password: input.password })).statusCode).toBe(202);
    }
    const codes = (await mailsWithSubject(newEmail, CODE_SUBJECT)).map((mail) => codeFrom(mail));
    expect(codes).toHaveLength(2);
    const answers = await Promise.all(codes.map((code) => t.client().post('/api/account/email-change/confirm', { code })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)?.json().code).toBe('EMAIL_TAKEN');
  });

  it('refuses an unknown or malformed code', async () => {
    const unknown = await t.client().post('/api/account/email-change/confirm', { code: 'a'.repeat(48) });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('CODE_INVALID');
    const malformed = await t.client().post('/api/account/email-change/confirm', { code: 'abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fields.code.code).toBe('CODE_FORMAT_INVALID');
  });

  it('answers the same for an address that already has an account, and mails it a notice without a code', async () => {
    const { client, input } = await signedInOwner(t);
    const { input: other } = await signedInOwner(t);
    const free = randomEmail();

    const takenResponse = await client.post('/api/account/email-change', { email: other.email, password: input.password });
    const takenAccount = (await client.get('/api/account')).json();
    const freeResponse = await client.post('/api/account/email-change', { email: free, password: input.password });
    expect(takenResponse.statusCode).toBe(202);
    expect(takenResponse.body).toBe(freeResponse.body);
    expect(takenAccount.pendingEmail).toBe(other.email);

    const toOther = (await mailTo(t, other.email)).filter((m) => m.subject !== 'Bevestig uw emailadres voor het Nachtregister');
    expect(toOther).toHaveLength(1);
    expect(toOther[0]?.text).not.toMatch(/[0-9a-f]{48}/);
    expect(await mailsWithSubject(free, CODE_SUBJECT)).toHaveLength(1);
    expect((await signIn(other.email, other.password)).statusCode).toBe(200);
  });

  it('refuses the confirmation with 409 EMAIL_TAKEN when the address got an account meanwhile', async () => {
    const { client, input } = await signedInOwner(t);
    const { client: rival, input: rivalInput } = await signedInOwner(t);
    const contested = randomEmail();
    const code = await emailChangeCode(client, input.password, contested);
    const rivalCode = await emailChangeCode(rival, rivalInput.password, contested);
    expect((await t.client().post('/api/account/email-change/confirm', { code: rivalCode })).statusCode).toBe(200);

    const response = await t.client().post('/api/account/email-change/confirm', { code });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('EMAIL_TAKEN');
    expect((await signIn(input.email, input.password)).statusCode).toBe(200);
  });

  it('refuses a wrong current password on the password field, and the own address with SAME_EMAIL', async () => {
    const { client, input } = await signedInOwner(t);
    const newEmail = randomEmail();
    const wrong = await client.post('/api/account/email-change', { email: newEmail, password: 'niet mijn wachtwoord' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('VALIDATION_FAILED');
    expect(wrong.json().fields.password.code).toBe('PASSWORD_WRONG');
    expect(await mailTo(t, newEmail)).toHaveLength(0);

    const same = await client.post('/api/account/email-change', { email: input.email.toUpperCase(), password: input.password });
    expect(same.statusCode).toBe(400);
    expect(same.json().fields.email.code).toBe('SAME_EMAIL');
  });

  it('counts wrong current passwords as failed sign-ins of the account from this client', async () => {
    const { client, input } = await signedInOwner(t);
    const limits = t.deps.limits;
    // The slow-down starts at the failure after the free ones.
    for (let i = 0; i < limits.loginFreeFailures; i++) {
      const response = await client.put('/api/account/password', { currentPassword: `fout ${i}`, newPassword: NEW_PASSWORD });
      expect(response.json().fields?.currentPassword?.code).toBe('PASSWORD_WRONG');
    }
    const signInNow = await client.post('/api/sessions', { email: input.email, password: input.password });
    expect(signInNow.statusCode).toBe(429);
    expect(signInNow.json().code).toBe('LOGIN_THROTTLED');
    // Another client is not held up by this one's failures.
    expect((await signIn(input.email, input.password)).statusCode).toBe(200);
    const changeNow = await client.put('/api/account/password', { currentPassword: input.password, newPassword: NEW_PASSWORD });
    expect(changeNow.statusCode).toBe(429);
  });

  it('limits the number of requests per account', async () => {
    const { client, input } = await signedInOwner(t);
    const { max } = t.deps.limits.emailRequestPerAccount;
    for (let i = 0; i < max; i++) {
      expect((await client.post('/api/account/email-change', { email: randomEmail(), password: input.password })).statusCode).toBe(202);
    }
    const over = await client.post('/api/account/email-change', { email: randomEmail(), password: input.password });
    expect(over.statusCode).toBe(429);
    expect(over.json().code).toBe('RATE_LIMITED');
  });
});

describe('changing the password', () => {
  it('refuses a wrong current password on the currentPassword field', async () => {
    const { client, input } = await signedInOwner(t);
    const response = await client.put('/api/account/password', { currentPassword: 'niet mijn wachtwoord', newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.currentPassword.code).toBe('PASSWORD_WRONG');
    expect((await signIn(input.email, input.password)).statusCode).toBe(200);
  });

  it('refuses a weak new password on the newPassword field', async () => {
    const { client, input } = await signedInOwner(t);
    const response = await client.put('/api/account/password', { currentPassword: input.password, newPassword: 'wachtwoord123' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.newPassword.code).toBe('PASSWORD_TOO_WEAK');
    const short = await client.put('/api/account/password', { currentPassword: input.password, newPassword: 'kort' });
    expect(short.json().fields.newPassword.code).toBe('PASSWORD_TOO_SHORT');
  });

  it('ends the other sessions, keeps this one, mails a notice, and the new password works', async () => {
    const { client, input } = await signedInOwner(t);
    const other = await secondSession(input.email, input.password);
    const response = await client.put('/api/account/password', { currentPassword: input.password, newPassword: NEW_PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'password-changed' });

    expect((await client.get('/api/session')).statusCode).toBe(200);
    expect((await other.get('/api/session')).statusCode).toBe(401);
    expect(await mailsWithSubject(input.email, PASSWORD_CHANGED_SUBJECT)).toHaveLength(1);
    expect((await signIn(input.email, input.password)).statusCode).toBe(401);
    expect((await signIn(input.email, NEW_PASSWORD)).statusCode).toBe(200);
  });
});

describe('active sessions', () => {
  it('lists both sessions, one marked current, without token hashes', async () => {
    const { client, input } = await signedInOwner(t);
    const other = await secondSession(input.email, input.password);
    const list = await sessionsOf(client);
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    for (const session of list) {
      expect(Object.keys(session).sort()).toEqual(['createdAt', 'current', 'id', 'ip', 'lastSeenAt', 'userAgent']);
    }
    const body = (await client.get('/api/account/sessions')).body;
    for (const signedIn of [client, other]) {
      const token = signedIn.cookie('nr_session');
      expect(token).toBeDefined();
      expect(body).not.toContain(String(token));
      expect(body).not.toContain(createHash('sha256').update(String(token)).digest('hex'));
    }
    const seenFromOther = await sessionsOf(other);
    expect(seenFromOther.find((s) => s.current)?.id).not.toBe(list.find((s) => s.current)?.id);
  });

  it('signs another session out: that client is no longer signed in, this one is', async () => {
    const { client, input } = await signedInOwner(t);
    const other = await secondSession(input.email, input.password);
    const target = (await sessionsOf(client)).find((s) => !s.current);
    expect(target).toBeDefined();
    const response = await client.delete(`/api/account/sessions/${String(target?.id)}`);
    expect(response.statusCode).toBe(204);

    const gone = await other.get('/api/session');
    expect(gone.statusCode).toBe(401);
    expect(gone.json().code).toBe('NOT_AUTHENTICATED');
    expect((await client.get('/api/session')).statusCode).toBe(200);
    expect(await sessionsOf(client)).toHaveLength(1);
  });

  it("answers 404 for someone else's session and leaves it working", async () => {
    const { client } = await signedInOwner(t);
    const { client: stranger } = await signedInOwner(t);
    const strangerSession = (await sessionsOf(stranger)).find((s) => s.current);
    const response = await client.delete(`/api/account/sessions/${String(strangerSession?.id)}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
    expect((await stranger.get('/api/session')).statusCode).toBe(200);

    const unknown = await client.delete('/api/account/sessions/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });
});

describe('audit log', () => {
  it('records each change of the own account', async () => {
    const { client, input } = await signedInOwner(t);
    const other = await secondSession(input.email, input.password);
    expect((await client.put('/api/account', { name: 'Jan' })).statusCode).toBe(200);
    const newEmail = randomEmail();
    const code = await emailChangeCode(client, input.password, newEmail);
    expect((await t.client().post('/api/account/email-change/confirm', { code })).statusCode).toBe(200);
    const target = (await sessionsOf(client)).find((s) => !s.current);
    expect((await client.delete(`/api/account/sessions/${String(target?.id)}`)).statusCode).toBe(204);
    expect((await client.put('/api/account/password', { currentPassword: input.password, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await other.get('/api/session')).statusCode).toBe(401);

    const [user] = await t.deps.db.select().from(users).where(eq(users.email, newEmail));
    const rows = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, user?.id ?? ''))
      .orderBy(auditEvents.id);
    expect(rows.map((r) => r.action).filter((a) => a.startsWith('account.') || a.startsWith('session.'))).toEqual([
      'account.registered',
      'account.name_changed',
      'account.email_change_requested',
      'account.email_changed',
      'session.revoked',
      'account.password_changed',
    ]);
    expect(rows.find((r) => r.action === 'account.email_changed')?.details).toEqual({ from: input.email, to: newEmail });
  });
});
