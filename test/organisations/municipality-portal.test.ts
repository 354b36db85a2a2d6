// The municipality portal: a municipality user's settings (name, contact details, theme colour and
// logo, approval of new registrations, 2FA for entrepreneurs) and what entrepreneurs see of them;
// the list of accommodations with its filters; approving and rejecting new registrations, with
// the mail to the owner. Only the municipality's own users may do this (admins see everything in
// the list); every other role is refused.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { mailTo, signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';

const t = await startTestApp();
const doetinchem = () => t.municipalities.find((m) => m.code === 'GM0222')?.id;
const amsterdam = () => t.municipalities.find((m) => m.code === 'GM0363')?.id;

/** A real 1x1 PNG image. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
/** A real 1x1 GIF image. */
const GIF_BASE64 = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

let nextCode = 9000;

/** A municipality of this test alone, made by an admin, with a signed-in municipality user. */
async function ownMunicipality(name = 'Testgemeente') {
  const admin = await signedInOperatorAccount(t, 'admin');
  const code = `GM${nextCode++}`;
  const created = await admin.client.post('/api/admin/municipalities', { code, name });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ municipality: { id: string } }>().municipality.id;
  const user = await signedInOperatorAccount(t, 'municipality', code);
  return { id, code, name, client: user.client, admin };
}

const settings = (overrides: Record<string, unknown> = {}) => ({
  name: 'Testgemeente',
  approvalRequired: false,
  twoFactorRequired: false,
  contactEmail: '',
  contactPhone: '',
  contactText: '',
  themeColor: '',
  ...overrides,
});

async function requireApproval(client: TestClient, name = 'Testgemeente') {
  const response = await client.put('/api/municipality/settings', settings({ name, approvalRequired: true }));
  expect(response.statusCode).toBe(200);
}

interface Listed {
  id: string;
  companyName: string;
  status: string;
  beds: number;
  accommodationType: string;
  municipality: { id: string; code: string };
}

async function listed(client: TestClient, query = '') {
  const response = await client.get(`/api/municipality/accommodations${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ accommodations: Listed[]; total: number; page: number; pageSize: number }>();
}

const namesOf = (list: { accommodations: Listed[] }) => list.accommodations.map((a) => a.companyName);

async function sessionOf(client: TestClient) {
  return (await client.get('/api/session')).json<{
    accommodation: { id: string; status: string; rejectionReason: string | null };
    municipality: {
      id: string;
      contactEmail: string | null;
      contactPhone: string | null;
      contactText: string | null;
      themeColor: string | null;
      logoUrl: string | null;
    };
  }>();
}

describe('municipality settings', () => {
  it('shows and changes name, contact details, theme colour, approval and the 2FA policy', async () => {
    const municipality = await ownMunicipality('Oud-Gemeente');
    const before = await municipality.client.get('/api/municipality/settings');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      id: municipality.id,
      code: municipality.code,
      name: 'Oud-Gemeente',
      contactEmail: null,
      contactPhone: null,
      contactText: null,
      themeColor: null,
      logoUrl: null,
      approvalRequired: false,
      twoFactorRequired: false,
    });

    const body = settings({
      name: 'Nieuw-Gemeente',
      contactEmail: 'Toerisme@Gemeente.example.nl',
      contactPhone: '0314 123456',
      contactText: 'Bel ons op werkdagen.',
      themeColor: '#A1B2C3',
      approvalRequired: true,
      twoFactorRequired: true,
    });
    const put = await municipality.client.put('/api/municipality/settings', body);
    expect(put.statusCode).toBe(200);
    const expected = {
      name: 'Nieuw-Gemeente',
      contactEmail: 'toerisme@gemeente.example.nl',
      contactPhone: '0314 123456',
      contactText: 'Bel ons op werkdagen.',
      themeColor: '#a1b2c3',
      approvalRequired: true,
      twoFactorRequired: true,
    };
    expect(put.json()).toMatchObject(expected);
    expect((await municipality.client.get('/api/municipality/settings')).json()).toMatchObject(expected);
    // The new name is what the registration form offers.
    const offered = (await t.client().get('/api/municipalities')).json().municipalities;
    expect(offered).toContainEqual({ id: municipality.id, code: municipality.code, name: 'Nieuw-Gemeente' });

    // Emptied fields are gone again.
    const cleared = await municipality.client.put('/api/municipality/settings', settings({ name: 'Nieuw-Gemeente' }));
    expect(cleared.json()).toMatchObject({
      contactEmail: null,
      contactPhone: null,
      contactText: null,
      themeColor: null,
      approvalRequired: false,
      twoFactorRequired: false,
    });
  });

  it('refuses an invalid colour, email or phone number with the field’s code and changes nothing', async () => {
    const municipality = await ownMunicipality();
    const valid = settings({ contactEmail: 'info@example.nl', contactPhone: '0314 123456', themeColor: '#112233' });
    expect((await municipality.client.put('/api/municipality/settings', valid)).statusCode).toBe(200);

    const invalid: [string, unknown, string][] = [
      ['themeColor', 'red', 'COLOR_INVALID'],
      ['themeColor', '#12345', 'COLOR_INVALID'],
      ['contactEmail', 'geen-adres', 'EMAIL_INVALID'],
      ['contactPhone', 'bel me maar', 'PHONE_INVALID'],
      ['approvalRequired', 'ja', 'INVALID_TYPE'],
      ['name', '', 'REQUIRED'],
    ];
    for (const [field, value, code] of invalid) {
      const response = await municipality.client.put('/api/municipality/settings', { ...valid, approvalRequired: true, [field]: value });
      expect([response.statusCode, response.json().code, response.json().fields?.[field]?.code]).toEqual([400, 'VALIDATION_FAILED', code]);
    }
    const all = await municipality.client.put('/api/municipality/settings', { ...valid, themeColor: 'red', contactEmail: 'x', contactPhone: 'y' });
    expect(all.statusCode).toBe(400);
    expect(all.json().fields).toMatchObject({
      themeColor: { code: 'COLOR_INVALID' },
      contactEmail: { code: 'EMAIL_INVALID' },
      contactPhone: { code: 'PHONE_INVALID' },
    });
    expect((await municipality.client.get('/api/municipality/settings')).json()).toMatchObject({
      name: 'Testgemeente',
      contactEmail: 'info@example.nl',
      contactPhone: '0314 123456',
      themeColor: '#112233',
      approvalRequired: false,
    });
  });

  it('shows the contact details and theme to the entrepreneurs of the municipality only', async () => {
    const municipality = await ownMunicipality();
    const owner = await signedInOwner(t, { municipalityId: municipality.id });
    const staff = await staffUserOf(t, owner.input.email);
    const elsewhere = await signedInOwner(t, { municipalityId: doetinchem() });
    await municipality.client.put(
      '/api/municipality/settings',
      settings({ contactEmail: 'balie@example.nl', contactPhone: '0314 123456', contactText: 'Open tot 17 uur', themeColor: '#004488' }),
    );
    const seen = (await sessionOf(owner.client)).municipality;
    expect(seen).toMatchObject({
      id: municipality.id,
      contactEmail: 'balie@example.nl',
      contactPhone: '0314 123456',
      contactText: 'Open tot 17 uur',
      themeColor: '#004488',
    });
    const staffClient = t.client();
    await staffClient.post('/api/sessions', staff);
    expect((await sessionOf(staffClient)).municipality.themeColor).toBe('#004488');
    expect((await sessionOf(elsewhere.client)).municipality).toMatchObject({ contactEmail: null, themeColor: null });
  });

  it('makes 2FA mandatory for the entrepreneurs of the municipality when asked', async () => {
    const municipality = await ownMunicipality();
    const owner = await signedInOwner(t, { municipalityId: municipality.id });
    await municipality.client.put('/api/municipality/settings', settings({ twoFactorRequired: true }));
    expect((await t.client().post('/api/sessions', owner.input)).json()).toEqual({ status: 'two-factor-setup-required' });
    await municipality.client.put('/api/municipality/settings', settings({ twoFactorRequired: false }));
    expect((await t.client().post('/api/sessions', owner.input)).json().status).toBe('signed-in');
  });

  it('refuses the settings to owners, staff, inspectors and admins', async () => {
    const municipality = await ownMunicipality();
    const owner = await signedInOwner(t, { municipalityId: municipality.id });
    const staff = await staffUserOf(t, owner.input.email);
    const staffClient = t.client();
    expect((await staffClient.post('/api/sessions', staff)).json().status).toBe('signed-in');
    const inspector = await signedInOperatorAccount(t, 'inspector', municipality.code);
    const logo = { dataUrl: `data:image/png;base64,${PNG_BASE64}` };
    for (const client of [owner.client, staffClient, inspector.client, municipality.admin.client]) {
      for (const response of [
        await client.get('/api/municipality/settings'),
        await client.put('/api/municipality/settings', settings({ name: 'Overgenomen', themeColor: '#ff0000' })),
        await client.put('/api/municipality/logo', logo),
        await client.delete('/api/municipality/logo'),
      ]) {
        expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
      }
    }
    expect((await t.client().get('/api/municipality/settings')).statusCode).toBe(401);
    expect((await municipality.client.get('/api/municipality/settings')).json()).toMatchObject({ name: 'Testgemeente', themeColor: null, logoUrl: null });
  });
});

describe('the municipality logo', () => {
  it('stores a PNG, serves it publicly with the same bytes, and removes it', async () => {
    const municipality = await ownMunicipality();
    const owner = await signedInOwner(t, { municipalityId: municipality.id });
    const put = await municipality.client.put('/api/municipality/logo', { dataUrl: `data:image/png;base64,${PNG_BASE64}` });
    expect(put.statusCode).toBe(200);
    const logoUrl = put.json<{ logoUrl: string | null }>().logoUrl;
    expect(logoUrl).toMatch(new RegExp(`^/api/municipalities/${municipality.id}/logo`));
    expect((await municipality.client.get('/api/municipality/settings')).json().logoUrl).toBe(logoUrl);
    expect((await sessionOf(owner.client)).municipality.logoUrl).toBe(logoUrl);

    const image = await t.client().get(logoUrl ?? '');
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(Buffer.from(PNG_BASE64, 'base64'))).toBe(true);

    const removed = await municipality.client.delete('/api/municipality/logo');
    expect([removed.statusCode, removed.json().logoUrl]).toEqual([200, null]);
    expect((await t.client().get(logoUrl ?? '')).statusCode).toBe(404);
    expect((await sessionOf(owner.client)).municipality.logoUrl).toBeNull();
  });

  it('refuses a GIF, text dressed up as a PNG, and an image over 200 kB, keeping the logo it had', async () => {
    const municipality = await ownMunicipality();
    const first = await municipality.client.put('/api/municipality/logo', { dataUrl: `data:image/png;base64,${PNG_BASE64}` });
    const logoUrl = first.json<{ logoUrl: string }>().logoUrl;
    const text = Buffer.from('<svg onload="alert(1)">geen plaatje</svg>').toString('base64');
    const large = Buffer.concat([Buffer.from(PNG_BASE64, 'base64'), Buffer.alloc(201 * 1024)]).toString('base64');
    for (const dataUrl of [
      `data:image/png;base64,${GIF_BASE64}`,
      `data:image/gif;base64,${GIF_BASE64}`,
      `data:image/png;base64,${text}`,
      `data:image/png;base64,${large}`,
      'https://example.nl/logo.png',
    ]) {
      const response = await municipality.client.put('/api/municipality/logo', { dataUrl });
      expect([response.statusCode, response.json().fields?.dataUrl?.code]).toEqual([400, 'LOGO_INVALID']);
    }
    expect((await municipality.client.get('/api/municipality/settings')).json().logoUrl).toBe(logoUrl);
    const image = await t.client().get(logoUrl);
    expect(image.rawPayload.equals(Buffer.from(PNG_BASE64, 'base64'))).toBe(true);
  });
});

describe('approving new registrations', () => {
  it('keeps a new accommodation pending until the municipality approves it, and mails the owner', async () => {
    const municipality = await ownMunicipality('Goedkeurgemeente');
    await requireApproval(municipality.client, 'Goedkeurgemeente');
    const owner = await signedInOwner(t, { municipalityId: municipality.id, companyName: 'Hotel Wachtkamer' });
    const { accommodation } = await sessionOf(owner.client);
    expect(accommodation.status).toBe('pending');
    expect((await listed(municipality.client, '?status=pending')).accommodations.map((a) => a.id)).toEqual([accommodation.id]);

    const detail = await municipality.client.get(`/api/municipality/accommodations/${accommodation.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().accommodation).toMatchObject({ companyName: 'Hotel Wachtkamer', status: 'pending' });
    expect(detail.json().users.map((u: { email: string }) => u.email)).toEqual([owner.input.email]);

    const approved = await municipality.client.post(`/api/municipality/accommodations/${accommodation.id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().accommodation).toMatchObject({ id: accommodation.id, status: 'approved', rejectionReason: null });
    expect((await sessionOf(owner.client)).accommodation.status).toBe('approved');
    expect((await listed(municipality.client, '?status=pending')).accommodations).toEqual([]);
    const [mail] = await mailTo(t, owner.input.email);
    expect(mail?.subject).toMatch(/goedgekeurd/);
    expect(mail?.text).toContain('Hotel Wachtkamer');

    const again = await municipality.client.post(`/api/municipality/accommodations/${accommodation.id}/approve`);
    expect([again.statusCode, again.json().code]).toEqual([409, 'ALREADY_DECIDED']);
    const late = await municipality.client.post(`/api/municipality/accommodations/${accommodation.id}/reject`, { reason: 'Toch niet' });
    expect([late.statusCode, late.json().code]).toEqual([409, 'ALREADY_DECIDED']);
    expect((await sessionOf(owner.client)).accommodation.status).toBe('approved');
    expect(await mailTo(t, owner.input.email)).toHaveLength(2);
  });

  it('rejects only with a reason, which the owner sees in the app and in the mail', async () => {
    const municipality = await ownMunicipality();
    await requireApproval(municipality.client);
    const owner = await signedInOwner(t, { municipalityId: municipality.id, companyName: 'Pension Afwijzing' });
    const { id } = (await sessionOf(owner.client)).accommodation;

    for (const body of [{}, { reason: '' }, { reason: '   ' }]) {
      const response = await municipality.client.post(`/api/municipality/accommodations/${id}/reject`, body);
      expect([response.statusCode, response.json().fields?.reason?.code]).toEqual([400, 'REASON_REQUIRED']);
    }
    expect((await sessionOf(owner.client)).accommodation.status).toBe('pending');

    const reason = 'Er is geen vergunning voor logies op dit adres.';
    const rejected = await municipality.client.post(`/api/municipality/accommodations/${id}/reject`, { reason });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().accommodation).toMatchObject({ status: 'rejected', rejectionReason: reason });
    expect((await sessionOf(owner.client)).accommodation).toMatchObject({ status: 'rejected', rejectionReason: reason });
    const [mail] = await mailTo(t, owner.input.email);
    expect(mail?.subject).toMatch(/afgewezen/);
    expect(mail?.text).toContain(reason);
    expect((await listed(municipality.client, '?status=rejected')).accommodations.map((a) => a.id)).toEqual([id]);
  });

  it('answers 404 to a municipality user of another municipality, and leaves the registration pending', async () => {
    const municipality = await ownMunicipality();
    await requireApproval(municipality.client);
    const owner = await signedInOwner(t, { municipalityId: municipality.id, companyName: 'Hotel Buiten Bereik' });
    const { id } = (await sessionOf(owner.client)).accommodation;
    const other = await signedInOperatorAccount(t, 'municipality', 'GM0222');

    for (const response of [
      await other.client.get(`/api/municipality/accommodations/${id}`),
      await other.client.post(`/api/municipality/accommodations/${id}/approve`),
      await other.client.post(`/api/municipality/accommodations/${id}/reject`, { reason: 'Niet van ons' }),
    ]) {
      expect([response.statusCode, response.json().code]).toEqual([404, 'NOT_FOUND']);
    }
    expect(namesOf(await listed(other.client, '?q=Buiten%20Bereik'))).toEqual([]);
    expect((await sessionOf(owner.client)).accommodation.status).toBe('pending');
    expect(await mailTo(t, owner.input.email)).toHaveLength(1);
  });

  it('lets an admin decide a registration in any municipality', async () => {
    const municipality = await ownMunicipality();
    await requireApproval(municipality.client);
    const owner = await signedInOwner(t, { municipalityId: municipality.id });
    const { id } = (await sessionOf(owner.client)).accommodation;
    const approved = await municipality.admin.client.post(`/api/municipality/accommodations/${id}/approve`);
    expect([approved.statusCode, approved.json().accommodation.status]).toEqual([200, 'approved']);
    expect((await sessionOf(owner.client)).accommodation.status).toBe('approved');
  });

  it('refuses the accommodation pages to owners, staff and inspectors', async () => {
    const municipality = await ownMunicipality();
    await requireApproval(municipality.client);
    const owner = await signedInOwner(t, { municipalityId: municipality.id });
    const { id } = (await sessionOf(owner.client)).accommodation;
    const staff = await staffUserOf(t, owner.input.email);
    const staffClient = t.client();
    expect((await staffClient.post('/api/sessions', staff)).json().status).toBe('signed-in');
    const inspector = await signedInOperatorAccount(t, 'inspector', municipality.code);
    for (const client of [owner.client, staffClient, inspector.client]) {
      for (const response of [
        await client.get('/api/municipality/accommodations'),
        await client.get(`/api/municipality/accommodations/${id}`),
        await client.post(`/api/municipality/accommodations/${id}/approve`),
        await client.post(`/api/municipality/accommodations/${id}/reject`, { reason: 'Zelf afgewezen' }),
      ]) {
        expect([response.statusCode, response.json().code]).toEqual([403, 'FORBIDDEN']);
      }
    }
    expect((await t.client().get('/api/municipality/accommodations')).statusCode).toBe(401);
    expect((await sessionOf(owner.client)).accommodation.status).toBe('pending');
  });
});

describe('the list of accommodations', () => {
  it('searches by text and filters by type, status and number of beds', async () => {
    const municipality = await ownMunicipality();
    const camping = await signedInOwner(t, {
      municipalityId: municipality.id,
      companyName: 'Camping Het Zonnetje',
      city: 'Lievelde',
      postcode: '7137 HA',
      beds: 120,
      accommodationType: 'campsite',
    });
    await signedInOwner(t, {
      municipalityId: municipality.id,
      companyName: 'B&B De Linde',
      city: 'Groenlo',
      postcode: '7141 AB',
      beds: 4,
      accommodationType: 'bed_and_breakfast',
    });
    await signedInOwner(t, {
      municipalityId: municipality.id,
      companyName: 'Hotel Stadzicht',
      city: 'Groenlo',
      postcode: '7141 CD',
      beds: 40,
      accommodationType: 'hotel',
    });
    await requireApproval(municipality.client);
    await signedInOwner(t, {
      municipalityId: municipality.id,
      companyName: 'Hostel Nieuwkomer',
      city: 'Lichtenvoorde',
      postcode: '7131 AA',
      beds: 40,
      accommodationType: 'hostel',
    });

    const all = await listed(municipality.client);
    expect(namesOf(all)).toEqual(['B&B De Linde', 'Camping Het Zonnetje', 'Hostel Nieuwkomer', 'Hotel Stadzicht']);
    expect(all).toMatchObject({ total: 4, page: 1, pageSize: 50 });
    expect(all.accommodations.find((a) => a.companyName === 'Camping Het Zonnetje')).toMatchObject({
      id: (await sessionOf(camping.client)).accommodation.id,
      beds: 120,
      accommodationType: 'campsite',
      status: 'approved',
      municipality: { id: municipality.id, code: municipality.code },
    });

    expect(namesOf(await listed(municipality.client, '?q=zonnetje'))).toEqual(['Camping Het Zonnetje']);
    expect(namesOf(await listed(municipality.client, '?q=groenlo'))).toEqual(['B&B De Linde', 'Hotel Stadzicht']);
    expect(namesOf(await listed(municipality.client, '?q=7141%20CD'))).toEqual(['Hotel Stadzicht']);
    expect(await listed(municipality.client, '?q=%25')).toMatchObject({ accommodations: [], total: 0 });
    expect(namesOf(await listed(municipality.client, '?type=hotel'))).toEqual(['Hotel Stadzicht']);
    expect(namesOf(await listed(municipality.client, '?status=pending'))).toEqual(['Hostel Nieuwkomer']);
    expect(namesOf(await listed(municipality.client, '?status=approved&type=hostel'))).toEqual([]);
    expect(namesOf(await listed(municipality.client, '?minBeds=40'))).toEqual(['Camping Het Zonnetje', 'Hostel Nieuwkomer', 'Hotel Stadzicht']);
    expect(namesOf(await listed(municipality.client, '?maxBeds=40'))).toEqual(['B&B De Linde', 'Hostel Nieuwkomer', 'Hotel Stadzicht']);
    const between = await listed(municipality.client, '?minBeds=5&maxBeds=100&q=groenlo');
    expect([namesOf(between), between.total]).toEqual([['Hotel Stadzicht'], 1]);

    for (const [query, field] of [
      ['?type=kasteel', 'type'],
      ['?minBeds=veel', 'minBeds'],
      ['?maxBeds=-1', 'maxBeds'],
      ['?page=0', 'page'],
    ] as const) {
      const response = await municipality.client.get(`/api/municipality/accommodations${query}`);
      expect([response.statusCode, Object.keys(response.json().fields ?? {})]).toEqual([400, [field]]);
    }
  });

  it('pages through more than 50 accommodations', async () => {
    const municipality = await ownMunicipality();
    const owner = await signedInOwner(t, { municipalityId: municipality.id, companyName: 'Logies 00' });
    for (let i = 1; i <= 50; i++) {
      const added = await owner.client.post('/api/accommodations', {
        companyName: `Logies ${String(i).padStart(2, '0')}`,
        address: `Kerkstraat ${i}`,
        postcode: '7001 AB',
        city: 'Doetinchem',
        beds: 2,
        accommodationType: 'holiday_home',
        municipalityId: municipality.id,
      });
      expect(added.statusCode).toBe(201);
    }
    const first = await listed(municipality.client);
    const second = await listed(municipality.client, '?page=2');
    const beyond = await listed(municipality.client, '?page=3');
    expect([first.total, first.page, first.pageSize, first.accommodations.length]).toEqual([51, 1, 50, 50]);
    expect([second.total, second.page, second.pageSize, namesOf(second)]).toEqual([51, 2, 50, ['Logies 50']]);
    expect([beyond.total, beyond.accommodations]).toEqual([51, []]);
    const ids = new Set([...first.accommodations, ...second.accommodations].map((a) => a.id));
    expect(ids.size).toBe(51);
    expect(namesOf(first)[0]).toBe('Logies 00');
  });

  it('shows an admin the accommodations of every municipality, and a municipality user only its own', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const marker = `Kasteel ${randomBytes(4).toString('hex')}`;
    await signedInOwner(t, { municipalityId: doetinchem(), companyName: `${marker} Oost` });
    await signedInOwner(t, { municipalityId: amsterdam(), companyName: `${marker} West` });
    const query = `?q=${encodeURIComponent(marker)}`;
    const everywhere = await listed(admin.client, query);
    expect(namesOf(everywhere)).toEqual([`${marker} Oost`, `${marker} West`]);
    expect(everywhere.accommodations.map((a) => a.municipality.code)).toEqual(['GM0222', 'GM0363']);
    const inDoetinchem = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    expect(namesOf(await listed(inDoetinchem.client, query))).toEqual([`${marker} Oost`]);
    const westId = everywhere.accommodations[1]?.id;
    expect((await admin.client.get(`/api/municipality/accommodations/${westId}`)).statusCode).toBe(200);
    expect((await inDoetinchem.client.get(`/api/municipality/accommodations/${westId}`)).statusCode).toBe(404);
  });
});
