// Invitations: an owner invites staff, a municipality user invites colleagues and inspectors, an
// admin invites the first user of a municipality; the link works once, for 7 days, until revoked;
// the new account follows the 2FA policy at its first sign-in. An address that has an account is
// answered exactly as a new one: the account joins with itself when it can, or hears of the attempt.
import { describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { mailTo, randomEmail, signedInOperatorAccount, signedInOwner, STRONG_PASSWORD } from '../support/factories.ts';

const t = await startTestApp();
const DAY = 24 * 60 * 60_000;

/** The answer to an invitation, with the address and what differs per invitation taken out. */
function withoutAddress(body: { invitation: Record<string, unknown> }, email: string) {
  const { id: _id, email: address, createdAt: _createdAt, expiresAt: _expiresAt, ...rest } = body.invitation;
  expect(address).toBe(email);
  return { ...body, invitation: rest };
}

/** The token of the link that lets an existing account join. */
async function joinTokenMailedTo(app: TestApp, email: string): Promise<string> {
  const [mail] = await mailTo(app, email);
  const token = /\/app\/uitnodiging\/([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no invitation to join for ${email}: ${mail?.text}`);
  return token;
}

async function tokenMailedTo(app: TestApp, email: string): Promise<string> {
  const [mail] = await mailTo(app, email);
  const token = /token=([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no invitation for ${email}: ${mail?.text}`);
  return token;
}

describe('invitations', () => {
  it('lets an owner invite a staff member who accepts, signs in and appears in the list', async () => {
    const owner = await signedInOwner(t);
    const email = randomEmail();
    const sent = await owner.client.post('/api/invitations', { email, name: 'Sanne Smit', role: 'staff' });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().invitation).toMatchObject({ email, role: 'staff', organisation: 'Hotel De Gouden Leeuw', expired: false });
    expect((await owner.client.get('/api/invitations')).json().invitations.map((i: { email: string }) => i.email)).toEqual([email]);

    const token = await tokenMailedTo(t, email);
    const invitee = t.client();
    expect((await invitee.post('/api/invitations/preview', { token })).json()).toEqual({
      email,
      name: 'Sanne Smit',
      role: 'staff',
      organisation: 'Hotel De Gouden Leeuw',
      // Who invited them, as the mail names them (an owner without a name by their address).
      invitedBy: owner.input.email,
    });
    const accepted = await invitee.post('/api/invitations/accept', { token, name: 'Sanne Smit', password: STRONG_PASSWORD });
    expect(accepted.statusCode).toBe(201);
    const login = await invitee.post('/api/sessions', { email, password: STRONG_PASSWORD });
    expect(login.json().status).toBe('signed-in');
    const session = (await invitee.get('/api/session')).json();
    expect(session.user).toMatchObject({ email, role: 'staff', name: 'Sanne Smit' });
    expect(session.accommodation.companyName).toBe('Hotel De Gouden Leeuw');

    const listed = (await owner.client.get('/api/users')).json().users;
    expect(listed).toEqual([expect.objectContaining({ email, role: 'staff', active: true, emailConfirmed: true, twoFactorEnabled: false })]);
    expect(listed[0].lastLoginAt).not.toBeNull();
    expect((await owner.client.get('/api/invitations')).json().invitations).toEqual([]);
  });

  it('accepts a link once, refuses it after 7 days and after revocation', async () => {
    const owner = await signedInOwner(t);
    const used = randomEmail();
    await owner.client.post('/api/invitations', { email: used, role: 'staff' });
    const token = await tokenMailedTo(t, used);
    expect((await t.client().post('/api/invitations/accept', { token, name: 'A', password: STRONG_PASSWORD })).statusCode).toBe(201);
    const again = await t.client().post('/api/invitations/accept', { token, name: 'B', password: STRONG_PASSWORD });
    expect([again.statusCode, again.json().code]).toEqual([400, 'INVITATION_USED']);

    const late = randomEmail();
    await owner.client.post('/api/invitations', { email: late, role: 'staff' });
    const lateToken = await tokenMailedTo(t, late);
    t.clock.advance(7 * DAY + 1000);
    const expired = await t.client().post('/api/invitations/preview', { token: lateToken });
    expect([expired.statusCode, expired.json().code]).toEqual([400, 'INVITATION_EXPIRED']);
    expect((await t.client().post('/api/invitations/accept', { token: lateToken, name: 'C', password: STRONG_PASSWORD })).json().code).toBe(
      'INVITATION_EXPIRED',
    );
    // A week later the owner's session has long ended: they sign in again and see it expired.
    const ownerAgain = t.client();
    expect((await ownerAgain.post('/api/sessions', owner.input)).json().status).toBe('signed-in');
    expect((await ownerAgain.get('/api/invitations')).json().invitations).toEqual([expect.objectContaining({ email: late, expired: true })]);

    const revoked = randomEmail();
    const sent = (await ownerAgain.post('/api/invitations', { email: revoked, role: 'staff' })).json().invitation;
    const revokedToken = await tokenMailedTo(t, revoked);
    expect((await ownerAgain.delete(`/api/invitations/${sent.id}`)).statusCode).toBe(204);
    const refused = await t.client().post('/api/invitations/accept', { token: revokedToken, name: 'D', password: STRONG_PASSWORD });
    expect([refused.statusCode, refused.json().code]).toEqual([400, 'INVITATION_INVALID']);
    const login = await t.client().post('/api/sessions', { email: revoked, password: STRONG_PASSWORD });
    expect(login.statusCode).toBe(401);
  });

  it('stores only a hash of the token and refuses unknown tokens', async () => {
    const owner = await signedInOwner(t);
    const email = randomEmail();
    await owner.client.post('/api/invitations', { email, role: 'staff' });
    const token = await tokenMailedTo(t, email);
    const rows = await t.deps.database.withConnection((c) => c.query('SELECT token_hash FROM invitations'));
    expect(rows.rows.map((r) => r.token_hash)).not.toContain(token);
    const unknown = await t.client().post('/api/invitations/preview', { token: 'ab'.repeat(32) });
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'INVITATION_INVALID']);
  });

  it('refuses roles outside the inviter’s organisation, and addresses that already work for the accommodation', async () => {
    const owner = await signedInOwner(t);
    const asInspector = await owner.client.post('/api/invitations', { email: randomEmail(), role: 'inspector' });
    expect(asInspector.json().fields.role.code).toBe('ROLE_INVALID');
    // The owner's own address, like anyone in their list of users, is no secret to them.
    const own = await owner.client.post('/api/invitations', { email: owner.input.email, role: 'staff' });
    expect([own.statusCode, own.json().fields.email.code]).toEqual([400, 'ALREADY_MEMBER']);
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    expect((await municipality.client.post('/api/invitations', { email: randomEmail(), role: 'staff' })).json().fields.role.code).toBe('ROLE_INVALID');
  });

  it('answers an address that has an account exactly as a new one, in the answer, the list and the log', async () => {
    const owner = await signedInOwner(t);
    const known = await signedInOwner(t, { companyName: 'Pension Zonneveld' });
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const unknown = randomEmail();
    const answers = [];
    for (const email of [unknown, known.input.email, municipality.email]) {
      const answer = await owner.client.post('/api/invitations', { email, name: 'Sanne Smit', role: 'staff' });
      answers.push({ status: answer.statusCode, body: withoutAddress(answer.json(), email) });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);

    const listed = (await owner.client.get('/api/invitations')).json().invitations;
    expect(listed.map((i: { email: string }) => i.email).sort()).toEqual([unknown, known.input.email, municipality.email].sort());
    const shapes = listed.map((i: { email: string }) => withoutAddress({ invitation: i }, i.email));
    expect(new Set(shapes.map((shape: unknown) => JSON.stringify(shape))).size).toBe(1);
    const log = (await owner.client.get('/api/audit-events?action=invitation.sent')).json().events;
    expect(new Set(log.map((e: { details: { email: string } }) => JSON.stringify({ ...e.details, email: 'x' }))).size).toBe(1);

    // Neither account can take up a staff invitation (the one is an owner, the other a municipality
    // user): each is told of the attempt, with no link to use.
    for (const email of [known.input.email, municipality.email]) {
      const [mail] = await mailTo(t, email);
      expect(mail?.subject).toBe('Poging om u uit te nodigen voor het Nachtregister van Hotel De Gouden Leeuw');
      expect(mail?.text).not.toMatch(/uitnodiging(\?token=|\/)[0-9a-f]{64}/);
    }
    expect((await known.client.get('/api/accommodations')).json().accommodations).toHaveLength(1);
  });

  it('lets an owner invited as owner to another company join with the account they have', async () => {
    const owner = await signedInOwner(t);
    const invitee = await signedInOwner(t, { companyName: 'Pension Zonneveld' });
    const sent = await owner.client.post('/api/invitations', { email: invitee.input.email, role: 'owner' });
    expect(sent.statusCode).toBe(201);
    const token = await joinTokenMailedTo(t, invitee.input.email);
    // The link is for the invited account only: another signed-in owner, or nobody, gets nowhere.
    const stranger = await signedInOwner(t);
    expect((await stranger.client.post('/api/invitations/join', { token })).json().code).toBe('INVITATION_INVALID');
    expect((await t.client().post('/api/invitations/join', { token })).statusCode).toBe(401);
    expect((await t.client().post('/api/invitations/accept', { token, name: 'Nieuw', password: STRONG_PASSWORD })).json().code).toBe('EMAIL_TAKEN');

    const joined = await invitee.client.post('/api/invitations/join', { token });
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ status: 'joined', accommodation: { companyName: 'Hotel De Gouden Leeuw' } });
    const theirs = (await invitee.client.get('/api/accommodations')).json().accommodations.map((a: { companyName: string }) => a.companyName);
    expect(theirs.sort()).toEqual(['Hotel De Gouden Leeuw', 'Pension Zonneveld']);
    expect((await owner.client.get('/api/users')).json().users).toEqual([expect.objectContaining({ email: invitee.input.email, role: 'owner' })]);
    expect((await owner.client.get('/api/invitations')).json().invitations).toEqual([]);
    expect((await invitee.client.post('/api/invitations/join', { token })).json().code).toBe('INVITATION_USED');
  });

  it('lets a municipality user invite an inspector, who must set up 2FA at the first sign-in', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const email = randomEmail();
    expect((await municipality.client.post('/api/invitations', { email, role: 'inspector' })).statusCode).toBe(201);
    const token = await tokenMailedTo(t, email);
    const invitee = t.client();
    expect((await invitee.post('/api/invitations/preview', { token })).json().organisation).toBe('gemeente Doetinchem');
    await invitee.post('/api/invitations/accept', { token, name: 'Inge Inspecteur', password: STRONG_PASSWORD });
    expect((await invitee.post('/api/sessions', { email, password: STRONG_PASSWORD })).json()).toEqual({ status: 'two-factor-setup-required' });
    const colleagues = (await municipality.client.get('/api/users?role=inspector')).json().users;
    expect(colleagues.map((u: { email: string }) => u.email)).toContain(email);
  });

  it('lets an admin invite the first user of a new municipality', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const created = await admin.client.post('/api/admin/municipalities', { code: 'GM0344', name: 'Utrecht' });
    expect(created.statusCode).toBe(201);
    const { id } = created.json().municipality;
    const duplicate = await admin.client.post('/api/admin/municipalities', { code: '0344', name: 'Utrecht' });
    expect([duplicate.statusCode, duplicate.json().code]).toEqual([409, 'MUNICIPALITY_EXISTS']);
    const missing = await admin.client.post('/api/invitations', { email: randomEmail(), role: 'municipality' });
    expect(missing.json().fields.municipalityId.code).toBe('MUNICIPALITY_INVALID');
    const email = randomEmail();
    const sent = await admin.client.post('/api/invitations', { email, role: 'municipality', municipalityId: id });
    expect(sent.json().invitation.organisation).toBe('gemeente Utrecht');
    const token = await tokenMailedTo(t, email);
    expect((await t.client().post('/api/invitations/accept', { token, name: 'Eerste Gebruiker', password: STRONG_PASSWORD })).json()).toEqual({
      status: 'accepted',
      email,
    });
    expect((await admin.client.get('/api/admin/municipalities')).json().municipalities).toContainEqual(
      expect.objectContaining({ code: 'GM0344', name: 'Utrecht', userCount: 1, accommodationCount: 0 }),
    );
  });
});
