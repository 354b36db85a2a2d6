// An owner with more than one accommodation: adding one (approved at once, or pending where the
// municipality approves new ones), choosing the one to work in for this session only, and that
// everything reached through the session (details, users, invitations) follows that choice.
// Staff and the municipality's roles cannot add accommodations; nobody switches into an
// accommodation they do not work for.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { mailTo, randomEmail, signedInOperatorAccount, signedInOwner, staffUserOf, STRONG_PASSWORD } from '../support/factories.ts';

const t = await startTestApp();
const doetinchem = () => t.municipalities.find((m) => m.code === 'GM0222')?.id;
const zevenaar = () => t.municipalities.find((m) => m.code === 'GM0299')?.id;

const secondAccommodation = (overrides: Record<string, unknown> = {}) => ({
  companyName: 'Pension De Liemers',
  address: 'Kerkstraat 12',
  postcode: '6901 AB',
  city: 'Zevenaar',
  kvkNumber: '87654321',
  phone: '0316 123456',
  beds: 8,
  accommodationType: 'bed_and_breakfast',
  municipalityId: zevenaar(),
  ...overrides,
});

interface Membership {
  id: string;
  companyName: string;
  status: string;
  current: boolean;
}

async function memberships(client: TestClient): Promise<Membership[]> {
  const response = await client.get('/api/accommodations');
  expect(response.statusCode).toBe(200);
  return response.json<{ accommodations: Membership[] }>().accommodations;
}

async function currentAccommodation(client: TestClient) {
  const response = await client.get('/api/accommodation');
  expect(response.statusCode).toBe(200);
  return response.json<{ accommodation: { id: string; companyName: string; municipality: { id: string } } }>().accommodation;
}

async function signedIn(email: string, password = STRONG_PASSWORD): Promise<TestClient> {
  const client = t.client();
  expect((await client.post('/api/sessions', { email, password })).json().status).toBe('signed-in');
  return client;
}

/** An owner in Doetinchem with a second accommodation in Zevenaar. */
async function ownerWithTwo() {
  const owner = await signedInOwner(t, { municipalityId: doetinchem() });
  const firstId = (await currentAccommodation(owner.client)).id;
  const added = await owner.client.post('/api/accommodations', secondAccommodation());
  expect(added.statusCode).toBe(201);
  const secondId = added.json<{ accommodation: { id: string } }>().accommodation.id;
  return { ...owner, firstId, secondId };
}

let nextCode = 9100;

/** A new municipality with a signed-in municipality user. */
async function ownMunicipality() {
  const admin = await signedInOperatorAccount(t, 'admin');
  const code = `GM${nextCode++}`;
  const created = await admin.client.post('/api/admin/municipalities', { code, name: `Gemeente ${code}` });
  expect(created.statusCode).toBe(201);
  const user = await signedInOperatorAccount(t, 'municipality', code);
  return { id: created.json<{ municipality: { id: string } }>().municipality.id, code, name: `Gemeente ${code}`, client: user.client };
}

describe('adding an accommodation', () => {
  it('adds an approved accommodation where the municipality approves nothing, listed next to the first', async () => {
    const owner = await signedInOwner(t, { municipalityId: doetinchem() });
    const first = await currentAccommodation(owner.client);
    const added = await owner.client.post('/api/accommodations', secondAccommodation());
    expect(added.statusCode).toBe(201);
    const second = added.json().accommodation;
    expect(second).toMatchObject({
      companyName: 'Pension De Liemers',
      postcode: '6901 AB',
      beds: 8,
      status: 'approved',
      municipality: { id: zevenaar(), code: 'GM0299', name: 'Zevenaar' },
    });
    expect(second.id).not.toBe(first.id);

    const list = await memberships(owner.client);
    expect(list).toHaveLength(2);
    expect(list.find((a) => a.id === first.id)).toMatchObject({ companyName: 'Hotel De Gouden Leeuw', current: true });
    expect(list.find((a) => a.id === second.id)).toMatchObject({ companyName: 'Pension De Liemers', status: 'approved', current: false });
    // Still working in the first one.
    expect((await currentAccommodation(owner.client)).id).toBe(first.id);
    const session = (await owner.client.get('/api/session')).json();
    expect(session.accommodations.map((a: { id: string }) => a.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('keeps an added accommodation pending where the municipality approves new ones', async () => {
    const municipality = await ownMunicipality();
    const put = await municipality.client.put('/api/municipality/settings', { name: municipality.name, approvalRequired: true, twoFactorRequired: false });
    expect(put.statusCode).toBe(200);
    const owner = await signedInOwner(t, { municipalityId: doetinchem() });
    const added = await owner.client.post('/api/accommodations', secondAccommodation({ municipalityId: municipality.id }));
    expect([added.statusCode, added.json().accommodation.status]).toEqual([201, 'pending']);
    const pending = (await municipality.client.get('/api/municipality/accommodations?status=pending')).json().accommodations;
    expect(pending.map((a: { id: string }) => a.id)).toEqual([added.json().accommodation.id]);
  });

  it('refuses invalid details and unknown municipalities', async () => {
    const owner = await signedInOwner(t);
    const unknown = await owner.client.post('/api/accommodations', secondAccommodation({ municipalityId: '00000000-0000-4000-8000-000000000000' }));
    expect([unknown.statusCode, unknown.json().fields?.municipalityId?.code]).toEqual([400, 'MUNICIPALITY_INVALID']);
    const badPostcode = await owner.client.post('/api/accommodations', secondAccommodation({ postcode: '123' }));
    expect([badPostcode.statusCode, badPostcode.json().fields?.postcode?.code]).toEqual([400, 'POSTCODE_INVALID']);
    expect(await memberships(owner.client)).toHaveLength(1);
  });

  it('refuses staff, municipality users, inspectors and admins (403)', async () => {
    const owner = await signedInOwner(t);
    const staff = await staffUserOf(t, owner.input.email);
    const staffClient = await signedIn(staff.email);
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    const admin = await signedInOperatorAccount(t, 'admin');
    for (const client of [staffClient, municipality.client, inspector.client, admin.client]) {
      const response = await client.post('/api/accommodations', secondAccommodation());
      expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
    }
    expect(await memberships(staffClient)).toEqual([expect.objectContaining({ companyName: 'Hotel De Gouden Leeuw', current: true })]);
    expect(await memberships(owner.client)).toHaveLength(1);
    for (const client of [municipality.client, inspector.client, admin.client]) {
      expect((await client.get('/api/accommodations')).statusCode).toBe(403);
      expect((await client.put('/api/session/accommodation', { accommodationId: (await memberships(owner.client))[0]?.id })).statusCode).toBe(403);
    }
  });
});

describe('choosing the accommodation to work in', () => {
  it('switches this session to the second accommodation, while another session stays in the first', async () => {
    const owner = await ownerWithTwo();
    const elsewhere = await signedIn(owner.input.email);

    const switched = await owner.client.put('/api/session/accommodation', { accommodationId: owner.secondId });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().accommodation).toMatchObject({ id: owner.secondId, companyName: 'Pension De Liemers' });

    expect(await currentAccommodation(owner.client)).toMatchObject({ id: owner.secondId, companyName: 'Pension De Liemers' });
    const session = (await owner.client.get('/api/session')).json();
    expect(session.accommodation.id).toBe(owner.secondId);
    expect(session.municipality).toMatchObject({ id: zevenaar(), name: 'Zevenaar' });
    expect((await memberships(owner.client)).find((a) => a.current)?.id).toBe(owner.secondId);

    // The other session of the same owner still works in the first accommodation.
    expect(await currentAccommodation(elsewhere)).toMatchObject({ id: owner.firstId, companyName: 'Hotel De Gouden Leeuw' });
    expect((await elsewhere.get('/api/session')).json().municipality.id).toBe(doetinchem());
    expect((await memberships(elsewhere)).find((a) => a.current)?.id).toBe(owner.firstId);

    // Changing the details changes the accommodation of the session, not the other one.
    const details = { ...secondAccommodation(), companyName: 'Pension De Liemers II' };
    const { municipalityId: _ignored, ...body } = details;
    expect((await owner.client.put('/api/accommodation', body)).statusCode).toBe(200);
    expect((await currentAccommodation(owner.client)).companyName).toBe('Pension De Liemers II');
    expect((await currentAccommodation(elsewhere)).companyName).toBe('Hotel De Gouden Leeuw');

    // And back.
    expect((await owner.client.put('/api/session/accommodation', { accommodationId: owner.firstId })).statusCode).toBe(200);
    expect((await currentAccommodation(owner.client)).id).toBe(owner.firstId);
  });

  it('answers 404 for an accommodation the user does not work for', async () => {
    const owner = await ownerWithTwo();
    const other = await signedInOwner(t);
    const foreignId = (await currentAccommodation(other.client)).id;
    for (const accommodationId of [foreignId, '00000000-0000-4000-8000-000000000000']) {
      const response = await owner.client.put('/api/session/accommodation', { accommodationId });
      expect([response.statusCode, response.json().code]).toEqual([404, 'NOT_FOUND']);
    }
    expect((await currentAccommodation(owner.client)).id).toBe(owner.firstId);
    const malformed = await owner.client.put('/api/session/accommodation', { accommodationId: 'mijn-andere-hotel' });
    expect(malformed.statusCode).toBe(400);

    // A staff member of the first accommodation does not work for the second.
    const staff = await staffUserOf(t, owner.input.email);
    const staffClient = await signedIn(staff.email);
    const refused = await staffClient.put('/api/session/accommodation', { accommodationId: owner.secondId });
    expect([refused.statusCode, refused.json().code]).toEqual([404, 'NOT_FOUND']);
    expect((await currentAccommodation(staffClient)).id).toBe(owner.firstId);
  });

  it('sends invitations for the chosen accommodation', async () => {
    const owner = await ownerWithTwo();
    const elsewhere = await signedIn(owner.input.email);
    await owner.client.put('/api/session/accommodation', { accommodationId: owner.secondId });
    const email = randomEmail();
    const sent = await owner.client.post('/api/invitations', { email, role: 'staff' });
    expect([sent.statusCode, sent.json().invitation.organisation]).toEqual([201, 'Pension De Liemers']);
    expect((await owner.client.get('/api/invitations')).json().invitations).toEqual([expect.objectContaining({ email, organisation: 'Pension De Liemers' })]);
    expect((await elsewhere.get('/api/invitations')).json().invitations).toEqual([]);

    const [mail] = await mailTo(t, email);
    const token = /token=([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1];
    expect((await t.client().post('/api/invitations/accept', { token, name: 'Nieuwe Collega', password: STRONG_PASSWORD })).statusCode).toBe(201);
    const invitee = await signedIn(email);
    expect(await currentAccommodation(invitee)).toMatchObject({ id: owner.secondId });
    expect(await memberships(invitee)).toEqual([expect.objectContaining({ id: owner.secondId, current: true })]);
  });

  it('lists the users of the chosen accommodation only', async () => {
    const owner = await ownerWithTwo();
    const firstStaff = await staffUserOf(t, owner.input.email);
    const elsewhere = await signedIn(owner.input.email);
    await owner.client.put('/api/session/accommodation', { accommodationId: owner.secondId });
    expect((await owner.client.get('/api/users')).json().users).toEqual([]);
    expect((await elsewhere.get('/api/users')).json().users.map((u: { email: string }) => u.email)).toEqual([firstStaff.email]);

    const email = randomEmail();
    await owner.client.post('/api/invitations', { email, role: 'staff' });
    const [mail] = await mailTo(t, email);
    const token = /token=([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1];
    await t.client().post('/api/invitations/accept', { token, name: 'Tweede Collega', password: STRONG_PASSWORD });
    expect((await owner.client.get('/api/users')).json().users.map((u: { email: string }) => u.email)).toEqual([email]);
    expect((await elsewhere.get('/api/users')).json().users.map((u: { email: string }) => u.email)).toEqual([firstStaff.email]);

    // Users of the first accommodation are out of reach while working in the second.
    const firstStaffId = (await elsewhere.get('/api/users')).json().users[0].id as string;
    expect((await owner.client.post(`/api/users/${firstStaffId}/deactivate`)).statusCode).toBe(404);
    expect((await owner.client.put(`/api/users/${firstStaffId}/role`, { role: 'owner' })).statusCode).toBe(404);
    expect((await elsewhere.get('/api/users')).json().users[0]).toMatchObject({ active: true, role: 'staff' });
  });

  it('does not let an owner work without 2FA in an accommodation whose municipality requires it', async () => {
    const municipality = await ownMunicipality();
    const owner = await signedInOwner(t, { municipalityId: doetinchem() });
    const added = await owner.client.post('/api/accommodations', secondAccommodation({ municipalityId: municipality.id }));
    const strictId = added.json<{ accommodation: { id: string } }>().accommodation.id;
    const put = await municipality.client.put('/api/municipality/settings', { name: municipality.name, approvalRequired: false, twoFactorRequired: true });
    expect(put.statusCode).toBe(200);

    // A new sign-in, with no second factor set up: whatever the sign-in answers, the session must
    // not reach the accommodation of the municipality that requires 2FA.
    const fresh = t.client();
    await fresh.post('/api/sessions', owner.input);
    await fresh.put('/api/session/accommodation', { accommodationId: strictId });
    const seen = await fresh.get('/api/accommodation');
    expect(seen.statusCode === 200 ? seen.json().accommodation.id : null).not.toBe(strictId);
  });
});

describe('a colleague in a second accommodation of the company', () => {
  it('gets access at once when the owner "invites" them there, and chooses it after signing in', async () => {
    const owner = await ownerWithTwo();
    const staff = await staffUserOf(t, owner.input.email);
    expect((await owner.client.put('/api/session/accommodation', { accommodationId: owner.secondId })).statusCode).toBe(200);
    // The invitation that made the staff member's account.
    const mailsBefore = (await mailTo(t, staff.email)).length;

    const added = await owner.client.post('/api/invitations', { email: staff.email, role: 'staff' });
    expect([added.statusCode, added.json()]).toEqual([200, { member: { email: staff.email, role: 'staff' } }]);
    expect((await mailTo(t, staff.email)).length).toBe(mailsBefore);
    expect((await owner.client.get('/api/users')).json().users.map((u: { email: string }) => u.email)).toContain(staff.email);

    const colleague = await signedIn(staff.email);
    expect((await memberships(colleague)).map((m) => m.id).sort()).toEqual([owner.firstId, owner.secondId].sort());
    expect((await colleague.put('/api/session/accommodation', { accommodationId: owner.secondId })).statusCode).toBe(200);
    expect((await currentAccommodation(colleague)).id).toBe(owner.secondId);

    // A second time: they already work there.
    const again = await owner.client.post('/api/invitations', { email: staff.email, role: 'staff' });
    expect([again.statusCode, again.json().fields.email.code]).toEqual([400, 'ALREADY_MEMBER']);
  });

  it('is not given to somebody of another company, who is invited like any other address', async () => {
    const owner = await ownerWithTwo();
    const stranger = await signedInOwner(t);
    const staffOfStranger = await staffUserOf(t, stranger.input.email);
    for (const email of [stranger.input.email, staffOfStranger.email]) {
      const response = await owner.client.post('/api/invitations', { email, role: 'staff' });
      expect([response.statusCode, response.json().invitation.email]).toEqual([201, email]);
    }
    expect((await owner.client.get('/api/users')).json().users).toEqual([]);
  });
});
