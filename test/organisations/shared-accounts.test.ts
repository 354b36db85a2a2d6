// An account works for several accommodations with one role (the role belongs to the account). So
// the owner of one company may change the account itself — its role, whether it is active, its
// 2FA — only when it works for no accommodation but theirs: otherwise the owner of any company
// could invite a staff member of another, make them owner there, and lock its owner out.
import { describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { mailTo, signedInOwner, staffUserOf } from '../support/factories.ts';

const t = await startTestApp();

async function joinTokenMailedTo(app: TestApp, email: string): Promise<string> {
  const mails = await mailTo(app, email);
  const token = mails.map((mail) => /\/app\/uitnodiging\/([0-9a-f]{64})/.exec(mail.text ?? '')?.[1]).find(Boolean);
  if (!token) throw new Error(`no invitation to join for ${email}`);
  return token;
}

describe('an account that works for two companies', () => {
  it('cannot be made owner, deactivated or have its 2FA reset by the owner of the other company', async () => {
    const hotel = await signedInOwner(t, { companyName: 'Hotel Aan Zee' });
    const staff = await staffUserOf(t, hotel.input.email);
    const staffClient = t.client();
    expect((await staffClient.post('/api/sessions', { email: staff.email, password: staff.password })).json().status).toBe('signed-in');

    // Any owner of any company invites the hotel's staff member, who joins.
    const other = await signedInOwner(t, { companyName: 'Eigen Bedrijf' });
    expect((await other.client.post('/api/invitations', { email: staff.email, role: 'staff' })).statusCode).toBe(201);
    expect((await staffClient.post('/api/invitations/join', { token: await joinTokenMailedTo(t, staff.email) })).statusCode).toBe(200);
    const member = (await other.client.get('/api/users')).json().users.find((u: { email: string }) => u.email === staff.email);

    for (const [method, path, body] of [
      ['PUT', `/api/users/${member.id}/role`, { role: 'owner' }],
      ['POST', `/api/users/${member.id}/deactivate`, undefined],
      ['POST', `/api/users/${member.id}/two-factor/reset`, undefined],
    ] as const) {
      const refused = method === 'PUT' ? await other.client.put(path, body) : await other.client.post(path);
      expect(refused.statusCode, path).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'MEMBER_ELSEWHERE', message: expect.stringContaining('andere accommodatie') });
    }
    // Still staff everywhere, still signed in, and the hotel's owner is still its only owner.
    const users = (await hotel.client.get('/api/users')).json().users;
    expect(users.find((u: { email: string }) => u.email === staff.email)).toMatchObject({ role: 'staff', active: true });
    expect((await staffClient.get('/api/session')).json().user.role).toBe('staff');
    expect((await staffClient.post('/api/register/api-tokens', { name: 'Lek' })).statusCode).toBe(403);
  });

  it('can still be changed by the owner of every accommodation it works for', async () => {
    const owner = await signedInOwner(t, { companyName: 'Pension Duin' });
    const staff = await staffUserOf(t, owner.input.email);
    const member = (await owner.client.get('/api/users')).json().users.find((u: { email: string }) => u.email === staff.email);
    expect((await owner.client.put(`/api/users/${member.id}/role`, { role: 'owner' })).statusCode).toBe(200);
    expect((await owner.client.post(`/api/users/${member.id}/deactivate`)).statusCode).toBe(204);
  });
});
