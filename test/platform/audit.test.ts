// Security events land in the audit log, written with the change itself.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, users } from '../../src/server/db/schema.ts';
import { startTestApp } from '../support/app.ts';
import { codeFrom, mailTo, registration } from '../support/factories.ts';

const t = await startTestApp();

async function actionsFor(email: string): Promise<string[]> {
  const [user] = await t.deps.db.select().from(users).where(eq(users.email, email));
  if (!user) return [];
  const rows = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.subjectUserId, user.id)).orderBy(auditEvents.id);
  return rows.map((r) => r.action);
}

describe('audit log', () => {
  it('records registration, confirmation, failed and successful sign-in, sign-out and password reset', async () => {
    const input = registration(t);
    const client = t.client();
    await client.post('/api/registrations', input);
    await client.post('/api/email-confirmations', { code: codeFrom((await mailTo(t, input.email))[0]) });
    await client.post('/api/sessions', { email: input.email, password: 'not the right password' });
    await client.post('/api/sessions', { email: input.email, password: input.password });
    await client.delete('/api/session');
    await client.post('/api/password-resets', { email: input.email });
    const reset = (await mailTo(t, input.email)).find((m) => m.subject.startsWith('Nieuw wachtwoord'));
    await client.post('/api/password-resets/confirm', { code: codeFrom(reset), password: 'een heel ander wachtwoord voor later' });

    expect(await actionsFor(input.email)).toEqual([
      'account.registered',
      'email.confirmed',
      'login.failed',
      'login.succeeded',
      'logout',
      'password_reset.requested',
      'password_reset.completed',
    ]);
  });

  it('records the IP address of the request', async () => {
    const input = registration(t);
    await t.client('192.0.2.77').post('/api/registrations', input);
    const [user] = await t.deps.db.select().from(users).where(eq(users.email, input.email));
    const [event] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, user?.id ?? ''));
    expect(event?.ip).toBe('192.0.2.77');
  });
});
