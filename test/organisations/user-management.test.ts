// "Gebruikers": whom an owner, a municipality user and an admin see in the user list and may look
// after (change a role, deactivate, reactivate, resend a lost confirmation mail), and that staff,
// inspectors and everyone outside that reach are refused; the list 50 to a page, searched and
// filtered. Also the rule that an accommodation never loses its last active owner.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accommodationMembers, users } from '../../src/server/db/schema.ts';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { codeFrom, mailTo, randomEmail, registration, signedInOperatorAccount, signedInOwner, staffUserOf, STRONG_PASSWORD } from '../support/factories.ts';

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
  // Searched for: the list is paged, and this file's municipalities fill up with users.
  const user = (await listed(client, `?q=${encodeURIComponent(email)}`)).find((u) => u.email === email);
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
    expect(emailsOf(await listed(municipality.client, `?accommodationId=${firstId}`)).sort()).toEqual([owner.input.email, staff.email, colleague.email].sort());
    expect(emailsOf(await listed(municipality.client, `?accommodationId=${secondId}&role=staff`))).toEqual([secondStaff.email]);
    expect(emailsOf(await listed(municipality.client, `?role=inspector&q=${encodeURIComponent(inspector.email)}`))).toEqual([inspector.email]);
    // An owner's filter cannot reach past their own accommodation.
    expect(await listed(owner.client, `?accommodationId=${secondId}`)).toEqual([]);

    const badRole = await owner.client.get('/api/users?role=superuser');
    expect([badRole.statusCode, badRole.json().fields?.role?.code]).toEqual([400, 'ROLE_INVALID']);
  });
});

interface UserPage {
  users: Listed[];
  total: number;
  page: number;
  pageSize: number;
}

async function pageOf(client: TestClient, query = ''): Promise<UserPage> {
  const response = await client.get(`/api/users${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<UserPage>();
}

let nextCode = 9100;

/**
 * A municipality of its own with a municipality user, an inspector, one registered owner and
 * `owners` + `staff` more entrepreneurs of that owner's accommodation. The extra rows are written
 * directly, without passwords: registering dozens of accounts would hash dozens of passwords.
 */
async function crowdedMunicipality({ owners, staff }: { owners: number; staff: number }) {
  const admin = await signedInOperatorAccount(t, 'admin');
  const code = `GM${nextCode++}`;
  const created = await admin.client.post('/api/admin/municipalities', { code, name: `Drukte ${code}` });
  expect(created.statusCode).toBe(201);
  const municipalityId = created.json<{ municipality: { id: string } }>().municipality.id;
  const municipality = await signedInOperatorAccount(t, 'municipality', code);
  const inspector = await signedInOperatorAccount(t, 'inspector', code);
  const owner = await signedInOwner(t, { municipalityId });
  const accommodationId = await accommodationIdOf(owner.client);
  // Zero-padded numbers after one prefix: their order by email is the same in every collation.
  const prefix = `drukte-${randomBytes(4).toString('hex')}`;
  const rows = Array.from({ length: owners + staff }, (_, i) => ({
    email: `${prefix}-${String(i).padStart(2, '0')}@example.nl`,
    name: i === owners ? 'Zoë Zoekbaar' : null,
    role: i < owners ? ('owner' as const) : ('staff' as const),
    accommodationId,
    emailConfirmedAt: t.clock.now(),
  }));
  const inserted = await t.deps.db.insert(users).values(rows).returning({ id: users.id });
  await t.deps.db.insert(accommodationMembers).values(inserted.map(({ id }) => ({ userId: id, accommodationId })));
  return { municipality, inspector, owner, prefix, emails: rows.map((row) => row.email) };
}

describe('paging and searching the user list', () => {
  it('answers 50 users a page, by email, with the total; a page beyond the end is empty', async () => {
    const crowd = await crowdedMunicipality({ owners: 4, staff: 50 });
    const first = await pageOf(crowd.municipality.client);
    const second = await pageOf(crowd.municipality.client, '?page=2');
    const beyond = await pageOf(crowd.municipality.client, '?page=3');
    // 55 entrepreneurs and the inspector; the municipality user does not see themselves.
    expect([first.total, first.page, first.pageSize, first.users.length]).toEqual([56, 1, 50, 50]);
    expect([second.total, second.page, second.pageSize, second.users.length]).toEqual([56, 2, 50, 6]);
    expect([beyond.total, beyond.page, beyond.users]).toEqual([56, 3, []]);

    const all = [...first.users, ...second.users];
    expect(new Set(all.map((u) => u.id)).size).toBe(56);
    expect(emailsOf(all)).toEqual(expect.arrayContaining([...crowd.emails, crowd.owner.input.email, crowd.inspector.email]));
    expect(emailsOf(all).filter((email) => email.startsWith(crowd.prefix))).toEqual(crowd.emails);
    expect(emailsOf(all)).not.toContain(crowd.municipality.email);
    // The owner's list pages the same way, within their accommodation.
    const ownerView = await pageOf(crowd.owner.client, '?page=2');
    expect([ownerView.total, ownerView.users.length]).toEqual([54, 4]);

    for (const query of ['?page=0', '?page=-1', '?page=1.5', '?page=twee']) {
      const response = await crowd.municipality.client.get(`/api/users${query}`);
      expect([response.statusCode, Object.keys(response.json().fields ?? {})]).toEqual([400, ['page']]);
    }
  });

  it('searches name and email, and pages the result', async () => {
    const crowd = await crowdedMunicipality({ owners: 1, staff: 51 });
    const matching = await pageOf(crowd.municipality.client, `?q=${crowd.prefix.toUpperCase()}`);
    expect([matching.total, matching.users.length]).toEqual([52, 50]);
    const rest = await pageOf(crowd.municipality.client, `?q=${crowd.prefix}&page=2`);
    expect(emailsOf(rest.users)).toEqual(crowd.emails.slice(50));
    expect(emailsOf((await pageOf(crowd.municipality.client, '?q=zoekBAAR')).users)).toEqual([crowd.emails[1]]);
    expect(emailsOf((await pageOf(crowd.municipality.client, `?q=${encodeURIComponent(`${crowd.prefix}-07@`)}`)).users)).toEqual([crowd.emails[7]]);
    const none = await pageOf(crowd.municipality.client, '?q=niemand-heet-zo');
    expect([none.total, none.users]).toEqual([0, []]);
  });

  it('gives owners and staff together for role=entrepreneur, and nobody else', async () => {
    const crowd = await crowdedMunicipality({ owners: 2, staff: 49 });
    const first = await pageOf(crowd.municipality.client, '?role=entrepreneur');
    const second = await pageOf(crowd.municipality.client, '?role=entrepreneur&page=2');
    expect([first.total, first.users.length, second.users.length]).toEqual([52, 50, 2]);
    const entrepreneurs = [...first.users, ...second.users];
    expect(new Set(entrepreneurs.map((u) => u.role))).toEqual(new Set(['owner', 'staff']));
    expect(emailsOf(entrepreneurs)).not.toContain(crowd.inspector.email);
    expect(emailsOf(entrepreneurs)).toContain(crowd.owner.input.email);
    const owners = await pageOf(crowd.municipality.client, '?role=owner');
    const staff = await pageOf(crowd.municipality.client, '?role=staff');
    expect([owners.total, staff.total]).toEqual([3, 49]);
    const beyond = await pageOf(crowd.municipality.client, '?role=entrepreneur&page=9');
    expect([beyond.total, beyond.users]).toEqual([52, []]);
    // Combined with a search.
    const found = await pageOf(crowd.municipality.client, '?role=entrepreneur&q=zoekbaar');
    expect(found.users.map((u) => [u.email, u.role])).toEqual([[crowd.emails[2], 'staff']]);
    const inspectors = await pageOf(crowd.municipality.client, '?role=inspector');
    expect(emailsOf(inspectors.users)).toEqual([crowd.inspector.email]);
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

    const listedOwner = (await listed(municipality.client, `?q=${encodeURIComponent(input.email)}`)).find((u) => u.email === input.email);
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
    expect((await listed(municipality.client, `?q=${encodeURIComponent(input.email)}`))[0]?.emailConfirmed).toBe(true);
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
