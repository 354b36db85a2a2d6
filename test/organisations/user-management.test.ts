// "Gebruikers": whom an owner, a municipality user and an admin see in the user list and may look
// after (change a role, deactivate, reactivate, resend a lost confirmation mail), and that staff,
// inspectors and everyone outside that reach are refused. Also the rule that an accommodation
// never loses its last active owner.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import {
  codeFrom,
  mailTo,
  randomEmail,
  registration,
  signedInOperatorAccount,
  signedInOwner,
  staffUserOf,
  STRONG_PASSWORD,
} from '../support/factories.ts';

const t = await startTestApp();
const doetinchem = () => t.municipalities.find((m) => m.code === 'GM0222')?.id;
const amsterdam = () => t.municipalities.find((m) => m.code === 'GM0363')?.id;

interface Listed {
  id: string;
  email: string;
  name: string | null;
  role: string;
  active: boolean;
  emailConfirmed: boolean;
  companyName: string | null;
}

async function listed(client: TestClient, query = ''): Promise<Listed[]> {
  const response = await client.get(`/api/users${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ users: Listed[] }>().users;
}

const emailsOf = (users: Listed[]) => users.map((u) => u.email);

async function listedId(client: TestClient, email: string): Promise<string> {
  const user = (await listed(client)).find((u) => u.email === email);
  if (!user) throw new Error(`${email} is not in the list`);
  return user.id;
}

async function signedIn(email: string, password = STRONG_PASSWORD): Promise<TestClient> {
  const client = t.client();
  const login = await client.post('/api/sessions', { email, password });
  expect(login.json().status).toBe('signed-in');
  return client;
}

async function ownId(client: TestClient): Promise<string> {
  return (await client.get('/api/session')).json<{ user: { id: string } }>().user.id;
}

/** Someone the inviter invited to their accommodation, who accepted and signed in. */
async function invitedMember(inviter: TestClient, role: 'owner' | 'staff') {
  const email = randomEmail();
  expect((await inviter.post('/api/invitations', { email, role })).statusCode).toBe(201);
  const [mail] = await mailTo(t, email);
  const token = /token=([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1];
  const accepted = await t.client().post('/api/invitations/accept', { token, name: 'Mede Werker', password: STRONG_PASSWORD });
  expect(accepted.statusCode).toBe(201);
  const client = await signedIn(email);
  return { client, email, id: await ownId(client) };
}

/** A staff member of the owner's accommodation, signed in. */
async function signedInStaffOf(ownerEmail: string) {
  const staff = await staffUserOf(t, ownerEmail);
  return { ...staff, client: await signedIn(staff.email) };
}

const accommodationIdOf = async (client: TestClient) => (await client.get('/api/session')).json().accommodation.id as string;

describe('the user list', () => {
  it('shows an owner the users of their accommodation only, without themselves', async () => {
    const owner = await signedInOwner(t);
    const staff = await staffUserOf(t, owner.input.email);
    const colleague = await invitedMember(owner.client, 'owner');
    const other = await signedInOwner(t);
    const otherStaff = await staffUserOf(t, other.input.email);

    const users = await listed(owner.client);
    expect(emailsOf(users).sort()).toEqual([staff.email, colleague.email].sort());
    expect(users.find((u) => u.email === staff.email)).toMatchObject({ role: 'staff', active: true, companyName: 'Hotel De Gouden Leeuw' });
    expect(emailsOf(await listed(other.client))).toEqual([otherStaff.email]);
    // The colleague sees the first owner, not themselves.
    expect(emailsOf(await listed(colleague.client)).sort()).toEqual([owner.input.email, staff.email].sort());
  });

  it('shows a municipality user its entrepreneurs, its colleagues and inspectors, and nothing of another municipality', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const colleague = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    const owner = await signedInOwner(t, { municipalityId: doetinchem() });
    const staff = await staffUserOf(t, owner.input.email);
    const foreignOwner = await signedInOwner(t, { municipalityId: amsterdam() });
    const foreignStaff = await staffUserOf(t, foreignOwner.input.email);
    const foreignMunicipality = await signedInOperatorAccount(t, 'municipality', 'GM0363');
    const foreignInspector = await signedInOperatorAccount(t, 'inspector', 'GM0363');
    const admin = await signedInOperatorAccount(t, 'admin');

    const seen = emailsOf(await listed(municipality.client));
    expect(seen).toEqual(expect.arrayContaining([colleague.email, inspector.email, owner.input.email, staff.email]));
    for (const hidden of [municipality.email, foreignOwner.input.email, foreignStaff.email, foreignMunicipality.email, foreignInspector.email, admin.email]) {
      expect(seen).not.toContain(hidden);
    }
    const inAmsterdam = emailsOf(await listed(foreignMunicipality.client));
    expect(inAmsterdam).toEqual(expect.arrayContaining([foreignOwner.input.email, foreignStaff.email, foreignInspector.email]));
    expect(inAmsterdam).not.toContain(owner.input.email);
    expect(inAmsterdam).not.toContain(inspector.email);
  });

  it('shows an admin every user but themselves', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const otherAdmin = await signedInOperatorAccount(t, 'admin');
    const owner = await signedInOwner(t, { municipalityId: amsterdam() });
    const staff = await staffUserOf(t, owner.input.email);
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0299');
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0363');

    const seen = emailsOf(await listed(admin.client));
    expect(seen).toEqual(expect.arrayContaining([otherAdmin.email, owner.input.email, staff.email, municipality.email, inspector.email]));
    expect(seen).not.toContain(admin.email);
  });

  it('refuses the list to staff and inspectors', async () => {
    const owner = await signedInOwner(t);
    const staff = await signedInStaffOf(owner.input.email);
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    for (const client of [staff.client, inspector.client]) {
      const response = await client.get('/api/users');
      expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await t.client().get('/api/users')).statusCode).toBe(401);
  });

  it('filters by role, by text in the email and by accommodation', async () => {
    const owner = await signedInOwner(t, { municipalityId: doetinchem() });
    const staff = await staffUserOf(t, owner.input.email);
    const colleague = await invitedMember(owner.client, 'owner');
    const second = await signedInOwner(t, { municipalityId: doetinchem() });
    const secondStaff = await staffUserOf(t, second.input.email);
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');

    expect(emailsOf(await listed(owner.client, '?role=staff'))).toEqual([staff.email]);
    expect(emailsOf(await listed(owner.client, '?role=owner'))).toEqual([colleague.email]);
    expect(await listed(owner.client, '?role=inspector')).toEqual([]);
    const local = staff.email.split('@')[0] ?? '';
    expect(emailsOf(await listed(owner.client, `?q=${local.toUpperCase()}`))).toEqual([staff.email]);
    expect(emailsOf(await listed(owner.client, '?q=Mede%20Werker'))).toEqual([colleague.email]);
    // Wildcards of SQL LIKE are searched for literally.
    expect(await listed(owner.client, '?q=%25')).toEqual([]);
    expect(await listed(owner.client, '?q=_')).toEqual([]);

    const firstId = await accommodationIdOf(owner.client);
    const secondId = await accommodationIdOf(second.client);
    expect(emailsOf(await listed(municipality.client, `?accommodationId=${firstId}`)).sort()).toEqual(
      [owner.input.email, staff.email, colleague.email].sort(),
    );
    expect(emailsOf(await listed(municipality.client, `?accommodationId=${secondId}&role=staff`))).toEqual([secondStaff.email]);
    expect(emailsOf(await listed(municipality.client, `?role=inspector&q=${encodeURIComponent(inspector.email)}`))).toEqual([inspector.email]);
    // An owner's filter cannot reach past their own accommodation.
    expect(await listed(owner.client, `?accommodationId=${secondId}`)).toEqual([]);

    const badRole = await owner.client.get('/api/users?role=superuser');
    expect([badRole.statusCode, badRole.json().fields?.role?.code]).toEqual([400, 'ROLE_INVALID']);
  });
});

describe('changing a role', () => {
  it('lets an owner make a staff member owner and back', async () => {
    const owner = await signedInOwner(t);
    const staff = await signedInStaffOf(owner.input.email);
    const staffId = await listedId(owner.client, staff.email);

    const promoted = await owner.client.put(`/api/users/${staffId}/role`, { role: 'owner' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().user).toMatchObject({ id: staffId, email: staff.email, role: 'owner' });
    expect((await staff.client.get('/api/session')).json().user.role).toBe('owner');
    // As an owner they may now look after users themselves.
    expect(emailsOf(await listed(staff.client))).toEqual([owner.input.email]);

    const demoted = await owner.client.put(`/api/users/${staffId}/role`, { role: 'staff' });
    expect([demoted.statusCode, demoted.json().user.role]).toEqual([200, 'staff']);
    expect((await staff.client.get('/api/users')).statusCode).toBe(403);

    const invalid = await owner.client.put(`/api/users/${staffId}/role`, { role: 'admin' });
    expect([invalid.statusCode, invalid.json().fields?.role?.code]).toEqual([400, 'ROLE_INVALID']);
  });

  it('never makes the last active owner staff', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const owner = await signedInOwner(t);
    const ownerId = await ownId(owner.client);
    const refused = await admin.client.put(`/api/users/${ownerId}/role`, { role: 'staff' });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'LAST_OWNER']);
    expect((await owner.client.get('/api/session')).json().user.role).toBe('owner');

    // A deactivated second owner does not count.
    const colleague = await invitedMember(owner.client, 'owner');
    expect((await owner.client.post(`/api/users/${colleague.id}/deactivate`)).statusCode).toBe(204);
    const stillRefused = await admin.client.put(`/api/users/${ownerId}/role`, { role: 'staff' });
    expect([stillRefused.statusCode, stillRefused.json().code]).toEqual([409, 'LAST_OWNER']);
    expect((await owner.client.post(`/api/users/${colleague.id}/reactivate`)).statusCode).toBe(204);
    expect((await admin.client.put(`/api/users/${ownerId}/role`, { role: 'staff' })).json().user.role).toBe('staff');
  });

  it('refuses an owner to make staff of someone who is the only owner of another accommodation', async () => {
    const owner = await signedInOwner(t);
    const colleague = await invitedMember(owner.client, 'owner');
    const added = await colleague.client.post('/api/accommodations', {
      companyName: 'Pension Eigen Zaak',
      address: 'Dorpsstraat 5',
      postcode: '6901 AA',
      city: 'Zevenaar',
      beds: 6,
      accommodationType: 'bed_and_breakfast',
      municipalityId: t.municipalities.find((m) => m.code === 'GM0299')?.id,
    });
    expect(added.statusCode).toBe(201);
    const refused = await owner.client.put(`/api/users/${colleague.id}/role`, { role: 'staff' });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'LAST_OWNER']);
    expect((await colleague.client.get('/api/session')).json().user.role).toBe('owner');
  });

  it('refuses staff, municipality users and inspectors (403) and answers 404 for users outside the owner’s reach', async () => {
    const owner = await signedInOwner(t, { municipalityId: doetinchem() });
    const staff = await signedInStaffOf(owner.input.email);
    const staffId = await listedId(owner.client, staff.email);
    const ownerId = await ownId(owner.client);
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');

    for (const client of [staff.client, municipality.client, inspector.client]) {
      const response = await client.put(`/api/users/${ownerId}/role`, { role: 'staff' });
      expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await municipality.client.put(`/api/users/${staffId}/role`, { role: 'owner' })).statusCode).toBe(403);

    const other = await signedInOwner(t);
    const foreignStaff = await signedInStaffOf(other.input.email);
    const foreignId = await listedId(other.client, foreignStaff.email);
    const foreign = await owner.client.put(`/api/users/${foreignId}/role`, { role: 'owner' });
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'NOT_FOUND']);
    expect((await foreignStaff.client.get('/api/session')).json().user.role).toBe('staff');
    // Nor their own role: an owner is not in their own reach.
    expect((await owner.client.put(`/api/users/${ownerId}/role`, { role: 'staff' })).statusCode).toBe(404);
    expect((await owner.client.put('/api/users/00000000-0000-4000-8000-000000000000/role', { role: 'staff' })).statusCode).toBe(404);
    expect((await staff.client.get('/api/session')).json().user.role).toBe('staff');
  });

  it('refuses to give an owner or staff role to an inspector', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    const id = await ownId(inspector.client);
    const response = await admin.client.put(`/api/users/${id}/role`, { role: 'owner' });
    expect([response.statusCode, response.json().code]).toEqual([409, 'ROLE_INVALID']);
    expect((await inspector.client.get('/api/session')).json().user.role).toBe('inspector');
  });
});

describe('deactivating and reactivating', () => {
  it('ends the deactivated user’s session at once, refuses their sign-in, and lets them in again after reactivation', async () => {
    const owner = await signedInOwner(t);
    const staff = await signedInStaffOf(owner.input.email);
    const staffId = await listedId(owner.client, staff.email);

    expect((await owner.client.post(`/api/users/${staffId}/deactivate`)).statusCode).toBe(204);
    expect((await staff.client.get('/api/session')).statusCode).toBe(401);
    expect((await staff.client.get('/api/accommodation')).statusCode).toBe(401);
    const refused = await t.client().post('/api/sessions', { email: staff.email, password: staff.password });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'ACCOUNT_INACTIVE']);
    // Without the password nobody learns that the account is inactive.
    const wrong = await t.client().post('/api/sessions', { email: staff.email, password: `${staff.password} niet` });
    expect([wrong.statusCode, wrong.json().code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect((await listed(owner.client)).find((u) => u.id === staffId)?.active).toBe(false);
    // Deactivating twice changes nothing.
    expect((await owner.client.post(`/api/users/${staffId}/deactivate`)).statusCode).toBe(204);

    expect((await owner.client.post(`/api/users/${staffId}/reactivate`)).statusCode).toBe(204);
    expect((await listed(owner.client)).find((u) => u.id === staffId)?.active).toBe(true);
    const again = await signedIn(staff.email);
    expect((await again.get('/api/session')).json().user.email).toBe(staff.email);
  });

  it('does not let an owner deactivate themselves, nor the only owner of another accommodation', async () => {
    const owner = await signedInOwner(t);
    const ownerId = await ownId(owner.client);
    const self = await owner.client.post(`/api/users/${ownerId}/deactivate`);
    expect([self.statusCode, self.json().code]).toEqual([404, 'NOT_FOUND']);
    expect((await owner.client.get('/api/session')).statusCode).toBe(200);

    const colleague = await invitedMember(owner.client, 'owner');
    const added = await colleague.client.post('/api/accommodations', {
      companyName: 'Appartementen Aan Zee',
      address: 'Boulevard 2',
      postcode: '1011 AB',
      city: 'Amsterdam',
      beds: 8,
      accommodationType: 'holiday_home',
      municipalityId: amsterdam(),
    });
    expect(added.statusCode).toBe(201);
    const lastOwner = await owner.client.post(`/api/users/${colleague.id}/deactivate`);
    expect([lastOwner.statusCode, lastOwner.json().code]).toEqual([409, 'LAST_OWNER']);
    expect((await colleague.client.get('/api/session')).statusCode).toBe(200);
  });

  it('lets an owner deactivate a second owner of the same accommodation', async () => {
    const owner = await signedInOwner(t);
    const colleague = await invitedMember(owner.client, 'owner');
    expect((await owner.client.post(`/api/users/${colleague.id}/deactivate`)).statusCode).toBe(204);
    expect((await colleague.client.get('/api/session')).statusCode).toBe(401);
    const refused = await t.client().post('/api/sessions', { email: colleague.email, password: STRONG_PASSWORD });
    expect(refused.json().code).toBe('ACCOUNT_INACTIVE');
  });

  it('lets a municipality user deactivate an entrepreneur in their municipality, not in another one', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const owner = await signedInOwner(t, { municipalityId: doetinchem() });
    const ownerId = await listedId(municipality.client, owner.input.email);
    expect((await municipality.client.post(`/api/users/${ownerId}/deactivate`)).statusCode).toBe(204);
    expect((await owner.client.get('/api/session')).statusCode).toBe(401);
    expect((await t.client().post('/api/sessions', owner.input)).json().code).toBe('ACCOUNT_INACTIVE');
    expect((await municipality.client.post(`/api/users/${ownerId}/reactivate`)).statusCode).toBe(204);
    await signedIn(owner.input.email);

    const elsewhere = await signedInOwner(t, { municipalityId: amsterdam() });
    const elsewhereId = await ownId(elsewhere.client);
    const refused = await municipality.client.post(`/api/users/${elsewhereId}/deactivate`);
    expect([refused.statusCode, refused.json().code]).toEqual([404, 'NOT_FOUND']);
    expect((await elsewhere.client.get('/api/session')).statusCode).toBe(200);
    expect((await municipality.client.post(`/api/users/${elsewhereId}/reactivate`)).statusCode).toBe(404);
  });

  it('refuses staff and inspectors (403), and an owner anyone outside their accommodation (404)', async () => {
    const owner = await signedInOwner(t, { municipalityId: doetinchem() });
    const ownerId = await ownId(owner.client);
    const staff = await signedInStaffOf(owner.input.email);
    const staffId = await listedId(owner.client, staff.email);
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    for (const client of [staff.client, inspector.client]) {
      for (const action of ['deactivate', 'reactivate']) {
        const response = await client.post(`/api/users/${ownerId}/${action}`);
        expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
      }
    }
    expect((await inspector.client.post(`/api/users/${staffId}/deactivate`)).statusCode).toBe(403);
    const other = await signedInOwner(t, { municipalityId: doetinchem() });
    expect((await other.client.post(`/api/users/${staffId}/deactivate`)).statusCode).toBe(404);
    const inspectorId = await ownId(inspector.client);
    expect((await owner.client.post(`/api/users/${inspectorId}/deactivate`)).statusCode).toBe(404);
    expect((await staff.client.get('/api/session')).statusCode).toBe(200);
    expect((await owner.client.get('/api/session')).statusCode).toBe(200);
    expect((await inspector.client.get('/api/session')).statusCode).toBe(200);
  });
});

describe('resending a lost confirmation mail', () => {
  it('lets the municipality send a new code that confirms the address; the earlier code has expired', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const input = registration(t, { municipalityId: doetinchem() });
    expect((await t.client().post('/api/registrations', input)).statusCode).toBe(201);
    const [first] = await mailTo(t, input.email);
    const earlierCode = codeFrom(first);

    const listedOwner = (await listed(municipality.client)).find((u) => u.email === input.email);
    expect(listedOwner).toMatchObject({ role: 'owner', emailConfirmed: false });
    expect((await municipality.client.post(`/api/users/${listedOwner?.id}/confirmation-email`)).statusCode).toBe(204);

    const mails = await mailTo(t, input.email);
    expect(mails).toHaveLength(2);
    const newCode = codeFrom(mails[0]);
    expect(newCode).toMatch(/^[0-9a-f]{48}$/);
    expect(newCode).not.toBe(earlierCode);
    const confirmed = await t.client().post('/api/email-confirmations', { code: newCode });
    expect([confirmed.statusCode, confirmed.json()]).toEqual([200, { status: 'confirmed' }]);
    const stale = await t.client().post('/api/email-confirmations', { code: earlierCode });
    expect([stale.statusCode, stale.json().code]).toEqual([400, 'CODE_EXPIRED']);
    expect((await listed(municipality.client)).find((u) => u.email === input.email)?.emailConfirmed).toBe(true);
    await signedIn(input.email);

    // Once confirmed, asking again sends nothing.
    expect((await municipality.client.post(`/api/users/${listedOwner?.id}/confirmation-email`)).statusCode).toBe(204);
    expect(await mailTo(t, input.email)).toHaveLength(2);
  });

  it('is refused to staff and inspectors, and to a municipality user for an owner elsewhere', async () => {
    const input = registration(t, { municipalityId: amsterdam() });
    expect((await t.client().post('/api/registrations', input)).statusCode).toBe(201);
    const admin = await signedInOperatorAccount(t, 'admin');
    const id = (await listed(admin.client, `?q=${encodeURIComponent(input.email)}`))[0]?.id;
    expect(id).toBeDefined();

    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const foreign = await municipality.client.post(`/api/users/${id}/confirmation-email`);
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'NOT_FOUND']);
    const owner = await signedInOwner(t);
    expect((await owner.client.post(`/api/users/${id}/confirmation-email`)).statusCode).toBe(404);
    const staff = await signedInStaffOf(owner.input.email);
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0363');
    for (const client of [staff.client, inspector.client]) {
      expect((await client.post(`/api/users/${id}/confirmation-email`)).statusCode).toBe(403);
    }
    expect(await mailTo(t, input.email)).toHaveLength(1);
  });
});
