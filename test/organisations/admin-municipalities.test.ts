// The platform operator's list of municipalities: an admin adds one by its CBS code (normalised
// to GMxxxx), renames it, and takes it out of (and back into) the registration form. Every
// /api/admin route is refused to every other role.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { registration, signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';

const t = await startTestApp();

interface Overview {
  id: string;
  code: string;
  name: string;
  active: boolean;
  approvalRequired: boolean;
  twoFactorRequired: boolean;
  accommodationCount: number;
  userCount: number;
}

async function adminList(client: TestClient): Promise<Overview[]> {
  const response = await client.get('/api/admin/municipalities');
  expect(response.statusCode).toBe(200);
  return response.json<{ municipalities: Overview[] }>().municipalities;
}

async function publicList(): Promise<{ id: string; code: string; name: string }[]> {
  return (await t.client().get('/api/municipalities')).json().municipalities;
}

describe('managing municipalities', () => {
  it('adds a municipality by its CBS code, which the registration form offers at once', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const created = await admin.client.post('/api/admin/municipalities', { code: 'GM0344', name: 'Utrecht' });
    expect(created.statusCode).toBe(201);
    const municipality = created.json<{ municipality: Overview }>().municipality;
    expect(municipality).toEqual({
      id: expect.any(String),
      code: 'GM0344',
      name: 'Utrecht',
      active: true,
      approvalRequired: false,
      twoFactorRequired: false,
      accommodationCount: 0,
      userCount: 0,
    });
    expect(await adminList(admin.client)).toContainEqual(municipality);
    expect(await publicList()).toContainEqual({ id: municipality.id, code: 'GM0344', name: 'Utrecht' });

    expect((await t.client().post('/api/registrations', registration(t, { municipalityId: municipality.id, city: 'Utrecht' }))).statusCode).toBe(201);
    expect((await adminList(admin.client)).find((m) => m.id === municipality.id)).toMatchObject({ accommodationCount: 1 });
  });

  it('normalises the code and refuses invalid and existing ones', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const bare = await admin.client.post('/api/admin/municipalities', { code: '0345', name: 'Nieuwegein' });
    expect([bare.statusCode, bare.json().municipality.code]).toEqual([201, 'GM0345']);
    const lower = await admin.client.post('/api/admin/municipalities', { code: ' gm0346 ', name: 'Houten' });
    expect([lower.statusCode, lower.json().municipality.code]).toEqual([201, 'GM0346']);

    for (const code of ['X1', '345', '12345', 'GM03450', 'AB0345', '']) {
      const response = await admin.client.post('/api/admin/municipalities', { code, name: 'Ongeldig' });
      expect([response.statusCode, response.json().fields?.code?.code]).toEqual([400, 'CBS_CODE_INVALID']);
    }
    const noName = await admin.client.post('/api/admin/municipalities', { code: 'GM0347', name: '  ' });
    expect([noName.statusCode, noName.json().fields?.name?.code]).toEqual([400, 'REQUIRED']);

    const duplicate = await admin.client.post('/api/admin/municipalities', { code: 'gm0345', name: 'Nog een keer' });
    expect([duplicate.statusCode, duplicate.json().code, duplicate.json().fields?.code?.code]).toEqual([409, 'MUNICIPALITY_EXISTS', 'MUNICIPALITY_EXISTS']);
    const existingDemo = await admin.client.post('/api/admin/municipalities', { code: '0222', name: 'Doetinchem 2' });
    expect(existingDemo.statusCode).toBe(409);

    const codes = (await adminList(admin.client)).map((m) => m.code);
    expect(codes.filter((c) => c === 'GM0345')).toHaveLength(1);
    expect(codes).not.toContain('GM0347');
    expect((await adminList(admin.client)).find((m) => m.code === 'GM0222')?.name).toBe('Doetinchem');
  });

  it('renames a municipality', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const { id } = (await admin.client.post('/api/admin/municipalities', { code: 'GM0348', name: 'Oude Naam' })).json().municipality;
    const renamed = await admin.client.put(`/api/admin/municipalities/${id}`, { name: 'Nieuwe Naam', active: true });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().municipality).toMatchObject({ id, code: 'GM0348', name: 'Nieuwe Naam', active: true });
    expect(await publicList()).toContainEqual({ id, code: 'GM0348', name: 'Nieuwe Naam' });
    const invalid = await admin.client.put(`/api/admin/municipalities/${id}`, { name: '', active: true });
    expect([invalid.statusCode, invalid.json().fields?.name?.code]).toEqual([400, 'REQUIRED']);
    const unknown = await admin.client.put('/api/admin/municipalities/00000000-0000-4000-8000-000000000000', { name: 'Niemand', active: true });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'NOT_FOUND']);
    expect((await adminList(admin.client)).find((m) => m.id === id)?.name).toBe('Nieuwe Naam');
  });

  it('takes a deactivated municipality out of the registration form and back in', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const { id } = (await admin.client.post('/api/admin/municipalities', { code: 'GM0349', name: 'Tijdelijk' })).json().municipality;
    const owner = await signedInOwner(t, { municipalityId: t.municipalities[0]?.id });

    const off = await admin.client.put(`/api/admin/municipalities/${id}`, { name: 'Tijdelijk', active: false });
    expect([off.statusCode, off.json().municipality.active]).toEqual([200, false]);
    expect((await publicList()).map((m) => m.id)).not.toContain(id);
    expect((await adminList(admin.client)).find((m) => m.id === id)).toMatchObject({ active: false, name: 'Tijdelijk' });

    const refused = await t.client().post('/api/registrations', registration(t, { municipalityId: id }));
    expect([refused.statusCode, refused.json().fields?.municipalityId?.code]).toEqual([400, 'MUNICIPALITY_INVALID']);
    const notAdded = await owner.client.post('/api/accommodations', {
      companyName: 'Pension Gesloten',
      address: 'Laan 1',
      postcode: '3511 AA',
      city: 'Utrecht',
      beds: 2,
      accommodationType: 'other',
      municipalityId: id,
    });
    expect([notAdded.statusCode, notAdded.json().fields?.municipalityId?.code]).toEqual([400, 'MUNICIPALITY_INVALID']);

    const on = await admin.client.put(`/api/admin/municipalities/${id}`, { name: 'Tijdelijk', active: true });
    expect([on.statusCode, on.json().municipality.active]).toEqual([200, true]);
    expect((await publicList()).map((m) => m.id)).toContain(id);
    expect((await t.client().post('/api/registrations', registration(t, { municipalityId: id }))).statusCode).toBe(201);
  });
});

describe('who may manage municipalities', () => {
  it('refuses every /api/admin route to owners, staff, municipality users and inspectors, and to visitors', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const { id } = (await admin.client.post('/api/admin/municipalities', { code: 'GM0350', name: 'Beschermd' })).json().municipality;
    const owner = await signedInOwner(t);
    const staff = await staffUserOf(t, owner.input.email);
    const staffClient = t.client();
    expect((await staffClient.post('/api/sessions', staff)).json().status).toBe('signed-in');
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;

    const calls = (client: TestClient) => [
      () => client.get('/api/admin/municipalities'),
      () => client.post('/api/admin/municipalities', { code: 'GM0351', name: 'Ingebroken' }),
      () => client.put(`/api/admin/municipalities/${id}`, { name: 'Overgenomen', active: false }),
      () => client.put(`/api/admin/municipalities/${doetinchem}`, { name: 'Overgenomen', active: false }),
    ];
    for (const client of [owner.client, staffClient, municipality.client, inspector.client]) {
      for (const call of calls(client)) {
        const response = await call();
        expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
      }
    }
    for (const call of calls(t.client())) {
      const response = await call();
      expect([response.statusCode, response.json().code]).toEqual([401, 'NOT_AUTHENTICATED']);
    }

    const list = await adminList(admin.client);
    expect(list.map((m) => m.code)).not.toContain('GM0351');
    expect(list.find((m) => m.id === id)).toMatchObject({ name: 'Beschermd', active: true });
    expect(list.find((m) => m.id === doetinchem)).toMatchObject({ name: 'Doetinchem', active: true });
  });
});
