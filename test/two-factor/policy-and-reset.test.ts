import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { mailTo, signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';
import { oathtool, secretOf } from '../support/totp.ts';

const t = await startTestApp();
const doetinchem = () => t.municipalities.find((m) => m.code === 'GM0222')?.id;
const amsterdam = () => t.municipalities.find((m) => m.code === 'GM0363')?.id;

async function ownerWithTotp(municipalityId = doetinchem()) {
  const owner = await signedInOwner(t, { municipalityId });
  const setup = (await owner.client.post('/api/two-factor/totp/setup')).json();
  const code = oathtool(secretOf(setup.uri), t.clock.now());
  expect((await owner.client.post('/api/two-factor/totp/confirm', { code })).statusCode).toBe(200);
  return owner;
}

describe('who must have 2FA', () => {
  it('always asks municipality users, inspectors and admins to set it up at the first sign-in', async () => {
    for (const role of ['municipality', 'inspector', 'admin'] as const) {
      const account = await signedInOperatorAccount(t, role);
      expect((await account.client.get('/api/two-factor')).json()).toMatchObject({ required: true, reason: 'role', enabled: true });
    }
  });

  it('lets a municipality make 2FA mandatory for its entrepreneurs, and only its own', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const inDoetinchem = await signedInOwner(t, { municipalityId: doetinchem() });
    const inAmsterdam = await signedInOwner(t, { municipalityId: amsterdam() });
    const put = await municipality.client.put('/api/municipality/two-factor-policy', { required: true });
    expect(put.json()).toEqual({ required: true });

    const a = t.client();
    expect((await a.post('/api/sessions', inDoetinchem.input)).json()).toEqual({ status: 'two-factor-setup-required' });
    expect((await a.get('/api/accommodation')).json().code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    const b = t.client();
    expect((await b.post('/api/sessions', inAmsterdam.input)).json().status).toBe('signed-in');

    await municipality.client.put('/api/municipality/two-factor-policy', { required: false });
  });

  it('refuses the municipality policy to anyone but a municipality user', async () => {
    const owner = await signedInOwner(t);
    expect((await owner.client.put('/api/municipality/two-factor-policy', { required: true })).statusCode).toBe(403);
    const inspector = await signedInOperatorAccount(t, 'inspector');
    expect((await inspector.client.put('/api/municipality/two-factor-policy', { required: true })).statusCode).toBe(403);
  });

  it('refuses the company policy to a non-owner', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality');
    const response = await municipality.client.put('/api/accommodation/two-factor-policy', { required: true });
    expect(response.statusCode).toBe(403);
  });
});

describe('resetting 2FA', () => {
  it('lets an owner reset the 2FA of a user of their own company', async () => {
    const owner = await signedInOwner(t);
    const staff = await staffUserOf(t, owner.input.email);
    const staffClient = t.client();
    expect((await staffClient.post('/api/sessions', staff)).json().status).toBe('signed-in');
    const setup = (await staffClient.post('/api/two-factor/totp/setup')).json();
    await staffClient.post('/api/two-factor/totp/confirm', { code: oathtool(secretOf(setup.uri), t.clock.now()) });

    const list = (await owner.client.get('/api/users')).json().users as { id: string; email: string; role: string; twoFactorEnabled: boolean }[];
    const target = list.find((u) => u.email === staff.email);
    expect(target).toMatchObject({ role: 'staff', twoFactorEnabled: true });
    expect((await owner.client.post(`/api/users/${target?.id}/two-factor/reset`)).statusCode).toBe(204);
    expect((await staffClient.get('/api/session')).statusCode).toBe(401);
    // 2FA stays on: the password alone leads to the set-up again, never into the application.
    expect((await t.client().post('/api/sessions', staff)).json().status).toBe('two-factor-setup-required');
    // Staff cannot reset anyone, the owner included.
    const ownerId = (await owner.client.get('/api/session')).json().user.id;
    const colleague = await staffUserOf(t, owner.input.email);
    const again = t.client();
    expect((await again.post('/api/sessions', colleague)).json().status).toBe('signed-in');
    expect((await again.post(`/api/users/${ownerId}/two-factor/reset`)).statusCode).toBe(403);
  });

  it('lets a municipality user reset the 2FA of an entrepreneur in the municipality', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const owner = await ownerWithTotp(doetinchem());
    const list = (await municipality.client.get(`/api/users?q=${encodeURIComponent(owner.input.email)}`)).json().users as {
      id: string;
      email: string;
      twoFactorEnabled: boolean;
    }[];
    const target = list.find((u) => u.email === owner.input.email);
    expect(target?.twoFactorEnabled).toBe(true);

    expect((await municipality.client.post(`/api/users/${target?.id}/two-factor/reset`)).statusCode).toBe(204);
    // The user's sessions ended, they got an email, and they set 2FA up again at the next sign-in
    // (it stays on, mandatory or not), after a code mailed to them.
    expect((await owner.client.get('/api/session')).statusCode).toBe(401);
    const mails = await mailTo(t, owner.input.email);
    expect(mails[0]?.subject).toBe('Uw tweefactorauthenticatie is gereset');
    const again = t.client();
    expect((await again.post('/api/sessions', owner.input)).json().status).toBe('two-factor-setup-required');
    expect((await mailTo(t, owner.input.email))[0]?.subject).toBe('Code om tweefactorauthenticatie opnieuw in te stellen');
  });

  it('refuses a municipality user an entrepreneur of another municipality (404)', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const admin = await signedInOperatorAccount(t, 'admin');
    const elsewhere = await ownerWithTotp(amsterdam());
    const all = (await admin.client.get(`/api/users?q=${encodeURIComponent(elsewhere.input.email)}`)).json().users as { id: string; email: string }[];
    const target = all.find((u) => u.email === elsewhere.input.email);
    expect(target).toBeDefined();
    // Searched for: the list is paged, so a first page without them would prove nothing.
    expect((await municipality.client.get(`/api/users?q=${encodeURIComponent(elsewhere.input.email)}`)).json()).toMatchObject({ users: [], total: 0 });
    expect((await municipality.client.post(`/api/users/${target?.id}/two-factor/reset`)).statusCode).toBe(404);
    expect((await elsewhere.client.get('/api/two-factor')).json().enabled).toBe(true);
  });

  it('lets an admin reset anyone, but nobody their own 2FA this way', async () => {
    const admin = await signedInOperatorAccount(t, 'admin');
    const other = await signedInOperatorAccount(t, 'inspector');
    const users = (await admin.client.get(`/api/users?q=${encodeURIComponent(other.email)}`)).json().users as { id: string; email: string }[];
    const target = users.find((u) => u.email === other.email);
    expect((await admin.client.post(`/api/users/${target?.id}/two-factor/reset`)).statusCode).toBe(204);
    // The inspector must set 2FA up again at the next sign-in.
    const login = await t.client().post('/api/sessions', { email: other.email, password: 'paarden eten graag hooi bij de molen' });
    expect(login.json()).toEqual({ status: 'two-factor-setup-required' });

    const self = (await admin.client.get('/api/session')).json().user.id;
    expect((await admin.client.post(`/api/users/${self}/two-factor/reset`)).statusCode).toBe(404);
  });

  it('refuses owners other companies and inspectors everything', async () => {
    const owner = await signedInOwner(t);
    const other = await ownerWithTotp();
    const admin = await signedInOperatorAccount(t, 'admin');
    const target = ((await admin.client.get(`/api/users?q=${encodeURIComponent(other.input.email)}`)).json().users as { id: string; email: string }[]).find(
      (u) => u.email === other.input.email,
    );
    expect((await owner.client.get('/api/users')).json().users).toEqual([]);
    expect((await owner.client.post(`/api/users/${target?.id}/two-factor/reset`)).statusCode).toBe(404);
    const inspector = await signedInOperatorAccount(t, 'inspector');
    expect((await inspector.client.get('/api/users')).statusCode).toBe(403);
    expect((await inspector.client.post(`/api/users/${target?.id}/two-factor/reset`)).statusCode).toBe(403);
  });
});
