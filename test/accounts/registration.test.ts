import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { codeFrom, mailTo, randomEmail, registration } from '../support/factories.ts';

const t = await startTestApp();

describe('registration', () => {
  it('registers an accommodation and mails a 48-hex confirmation link in Dutch, text and HTML', async () => {
    const input = registration(t);
    const response = await t.client().post('/api/registrations', input);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ status: 'registered' });

    const [mail] = await mailTo(t, input.email);
    expect(mail?.subject).toBe('Bevestig uw emailadres voor het Nachtregister');
    expect(mail?.text).toMatch(/Ga naar deze pagina: http:\/\/localhost:\d+\/code-invullen\?code=[0-9a-f]{48}/);
    expect(mail?.html).toContain('>deze pagina</a>');
    expect(mail?.html).toContain(codeFrom(mail));
  });

  it('normalises postcode, email and phone', async () => {
    const email = randomEmail();
    const { client } = { client: t.client() };
    const input = registration(t, { email: `  ${email.toUpperCase()} `, postcode: '7001ab', phone: '06 1234 5678', kvkNumber: '' });
    expect((await client.post('/api/registrations', input)).statusCode).toBe(201);
    const [mail] = await mailTo(t, email);
    await client.post('/api/email-confirmations', { code: codeFrom(mail) });
    await client.post('/api/sessions', { email, password: input.password });
    const accommodation = (await client.get('/api/accommodation')).json().accommodation;
    expect(accommodation).toMatchObject({ postcode: '7001 AB', kvkNumber: null, phone: '06 1234 5678' });
  });

  it.each([
    ['companyName', '', 'REQUIRED'],
    ['companyName', 'x'.repeat(201), 'TOO_LONG'],
    ['address', '   ', 'REQUIRED'],
    ['postcode', '', 'REQUIRED'],
    ['postcode', '1234', 'POSTCODE_INVALID'],
    ['postcode', '0123 AB', 'POSTCODE_INVALID'],
    ['postcode', '1234 SS', 'POSTCODE_INVALID'],
    ['postcode', '12345 AB', 'POSTCODE_INVALID'],
    ['city', '', 'REQUIRED'],
    ['kvkNumber', '1234567', 'KVK_INVALID'],
    ['kvkNumber', '123456789', 'KVK_INVALID'],
    ['kvkNumber', '1234567a', 'KVK_INVALID'],
    ['phone', '12345', 'PHONE_INVALID'],
    ['phone', '+31 6 1234', 'PHONE_INVALID'],
    ['beds', 0, 'BEDS_INVALID'],
    ['beds', 100_001, 'BEDS_INVALID'],
    ['beds', 2.5, 'BEDS_INVALID'],
    ['beds', '12', 'BEDS_INVALID'],
    ['accommodationType', 'castle', 'ACCOMMODATION_TYPE_INVALID'],
    ['municipalityId', 'not-a-uuid', 'MUNICIPALITY_INVALID'],
    ['municipalityId', '00000000-0000-4000-8000-000000000000', 'MUNICIPALITY_INVALID'],
    ['email', '', 'REQUIRED'],
    ['email', 'jan@', 'EMAIL_INVALID'],
    ['email', 'jan jansen@example.nl', 'EMAIL_INVALID'],
    ['password', '', 'REQUIRED'],
    ['password', 'kort', 'PASSWORD_TOO_SHORT'],
    ['password', 'x'.repeat(257), 'PASSWORD_TOO_LONG'],
    ['password', 'wachtwoord123', 'PASSWORD_TOO_WEAK'],
    ['password', 'welkom01welkom01', 'PASSWORD_TOO_WEAK'],
    ['password', 'hoteldegoudenleeuw', 'PASSWORD_TOO_WEAK'],
  ])('refuses %s = %j with %s and a Dutch message, writing nothing', async (field, value, code) => {
    const input = registration(t, { [field]: value });
    const response = await t.client().post('/api/registrations', input);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields[field].code).toBe(code);
    expect(body.fields[field].message).toMatch(/^[A-Z].+\.$/);
    expect(await mailTo(t, String(input.email))).toHaveLength(0);
  });

  it('accepts long passwords (128+ characters) and international phone numbers', async () => {
    const password = 'Op een zonnige dinsdag fietste de bakker met zeven broden langs de gracht, terwijl de reiger op de brug stond te wachten op verse vis.';
    expect(password.length).toBeGreaterThan(128);
    const input = registration(t, { password, phone: '+32 470 12 34 56' });
    const response = await t.client().post('/api/registrations', input);
    expect(response.json()).toEqual({ status: 'registered' });
  });

  it('answers an already registered email identically and tells its owner', async () => {
    const first = registration(t);
    const a = await t.client().post('/api/registrations', first);
    const b = await t.client().post('/api/registrations', { ...registration(t), email: first.email });
    expect(b.statusCode).toBe(a.statusCode);
    expect(b.body).toBe(a.body);
    const mails = await mailTo(t, first.email);
    expect(mails.map((m) => m.subject)).toEqual(['Poging om opnieuw te registreren met uw emailadres', 'Bevestig uw emailadres voor het Nachtregister']);
  });

  it('never answers malformed JSON with a 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/registrations',
      headers: { 'content-type': 'application/json' },
      payload: '{"companyName":',
    });
    expect(response.statusCode).toBeLessThan(500);
  });
});
