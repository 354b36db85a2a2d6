// One-line fields stay one line. A company name, a person's name, a place, a booking reference, a
// unit's or a municipality's name reaches official mails, their subjects and PDFs; a line break or
// another control character in one would let its author write paragraphs (or a header) of their
// own there. Every one-line field of every form refuses them with CONTROL_CHARACTERS and stores
// nothing; the fields of several lines (reasons, explanations typed into a textarea) keep their
// line breaks and refuse the other control characters. Whatever got stored before this rule, a
// mail renders its subject and its paragraphs as one line each.
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accommodations } from '../../src/server/db/schema.ts';
import { generousLimits, startTestApp } from '../support/app.ts';
import type { TestClient } from '../support/client.ts';
import { mailTo, randomEmail, registration, signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ limits: generousLimits });
const RUNS = 8;

/** Line breaks of every kind and the other control characters: C0 (tab among them), DEL, C1 and the bidi controls. */
const LINE_BREAKS = ['\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029'];
const controlCharacter = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...LINE_BREAKS) },
  fc.integer({ min: 0x00, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  // Bidirectional overrides and isolates would turn the rest of a mail's subject around.
  fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'),
  // Invisible characters that no name needs: they make "Gemeente\u200bAmsterdam" look like the real one.
  fc.constantFrom('\u00ad', '\u180e', '\u200b', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\ufeff'),
);

/** A valid value with control characters inside it (at either end, trimming would take a plain line break away). */
const spoiled = (valid: string) =>
  fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: valid.length - 1 }), controlCharacter).map(([at, c]) => `${valid.slice(0, at)}${c}${valid.slice(at)}`),
    // Short enough for the shortest field (initials, 20), so the length is never what is refused.
    fc.tuple(controlCharacter, controlCharacter).map(([a, b]) => `${valid}${a}Bcc:${b}x`),
  );

interface Field {
  form: string;
  /** The field as the error names it ('guest.surname'). */
  field: string;
  valid: string;
  send(value: string): Promise<LightMyRequestResponse>;
  /** What the request could have changed, read through the API. */
  stored(): Promise<unknown>;
}

/** Sets a field in a body by its dotted path, into copies. */
function withValue(body: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const [head = '', ...rest] = path.split('.');
  if (!rest.length) return { ...body, [head]: value };
  const inner = body[head];
  if (Array.isArray(inner))
    return {
      ...body,
      [head]: inner.map((item, i) => (String(i) === rest[0] ? withValue(item as Record<string, unknown>, rest.slice(1).join('.'), value) : item)),
    };
  return { ...body, [head]: withValue(inner as Record<string, unknown>, rest.join('.'), value) };
}

function valueAt(body: Record<string, unknown>, path: string): string {
  const found = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], body);
  if (typeof found !== 'string') throw new Error(`no text at ${path}`);
  return found;
}

/** One field per path of a form: each sent with the form's valid body around it. */
function fieldsOf(
  form: string,
  paths: string[],
  body: () => Record<string, unknown>,
  send: (body: Record<string, unknown>) => Promise<LightMyRequestResponse>,
  stored: () => Promise<unknown>,
): Field[] {
  return paths.map((field) => ({ form, field, valid: valueAt(body(), field), send: (value) => send(withValue(body(), field, value)), stored }));
}

const json = async (response: Promise<LightMyRequestResponse>) => (await response).json<unknown>();

// ---- the people and places the forms belong to ----
const owner = await signedInOwner(t, { companyName: 'Hotel De Gouden Leeuw' });
const unit = (await owner.client.post('/api/register/units', { name: 'Kamer 1', kind: 'room', capacity: 50, exclusive: false })).json<{
  unit: { id: string };
}>().unit;
const stay = (await owner.client.post('/api/register/stays', aStay({ unitId: unit.id }))).json<{ stay: { id: string } }>().stay;
const apiToken = (await owner.client.post('/api/register/api-tokens', { name: 'Boekingssysteem' })).json<{ token: string }>().token;
const checkInToken = new URL((await owner.client.get('/api/register/check-in-link')).json<{ url: string }>().url).pathname.split('/').pop() ?? '';
const officer = await signedInOperatorAccount(t, 'municipality', 'GM0222');
// Quarterly returns (a new municipality starts with yearly ones).
expect((await officer.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 })).statusCode).toBe(200);
const settings = (await officer.client.get('/api/municipality/settings')).json<Record<string, unknown>>();
const admin = await signedInOperatorAccount(t, 'admin');
const municipalityId = (await admin.client.post('/api/admin/municipalities', { code: 'GM9001', name: 'Lijngemeente' })).json<{ municipality: { id: string } }>()
  .municipality.id;
/** A registration field under an address of its own: had a refused registration been stored, the address would get a mail and sign-in would say so. */
function registrationField(field: string): Field[] {
  const email = randomEmail();
  const signIn = async () => (await t.client().post('/api/sessions', { email, password: 'wat dan ook maar' })).json();
  return fieldsOf(
    'registration',
    [field],
    () => registration(t, { email }),
    as(t.client(), 'POST', '/api/registrations'),
    async () => [(await mailTo(t, email)).length, await signIn()],
  );
}

const stays = () => json(owner.client.get('/api/register/stays?view=all'));
const as = (client: TestClient, method: 'POST' | 'PUT', url: string) => (body: Record<string, unknown>) => client.request(method, url, body);
const bookingSystem = (body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/stays',
    headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
const guestFields = ['guest.initials', 'guest.surname', 'guest.residence'];
const aGroupStay = () => aStay({ unitId: unit.id, persons: 2, bookingReference: 'BK-2026-001', coTravellers: [{ initials: 'A.', surname: 'de Boer' }] });
const aWorkerStay = () => aStay({ unitId: unit.id, purpose: 'international_worker', employerName: 'Bouwbedrijf Jansen' });

const FIELDS: Field[] = [
  ...['companyName', 'address', 'city'].flatMap(registrationField),
  ...fieldsOf(
    'accommodation details',
    ['companyName', 'address', 'city'],
    () => registration(t),
    as(owner.client, 'PUT', '/api/accommodation'),
    () => json(owner.client.get('/api/accommodation')),
  ),
  ...fieldsOf(
    'a further accommodation',
    ['companyName', 'address', 'city'],
    () => registration(t),
    as(owner.client, 'POST', '/api/accommodations'),
    () => json(owner.client.get('/api/accommodations')),
  ),
  ...fieldsOf(
    'stay',
    [...guestFields, 'bookingReference', 'coTravellers.0.initials', 'coTravellers.0.surname'],
    aGroupStay,
    as(owner.client, 'POST', '/api/register/stays'),
    stays,
  ),
  ...fieldsOf('stay of an international worker', ['employerName'], aWorkerStay, as(owner.client, 'POST', '/api/register/stays'), stays),
  ...fieldsOf(
    'stay correction',
    ['stay.guest.surname', 'stay.bookingReference'],
    () => ({ stay: aGroupStay(), reason: 'Naam verkeerd gespeld' }),
    as(owner.client, 'PUT', `/api/register/stays/${stay.id}`),
    () => json(owner.client.get(`/api/register/stays/${stay.id}`)),
  ),
  ...fieldsOf('stay from a booking system', [...guestFields, 'bookingReference'], aGroupStay, bookingSystem, stays),
  ...fieldsOf(
    'self check-in',
    guestFields,
    () => ({ ...aStay(), signature: null }),
    (body) => t.client().post(`/api/check-in/${checkInToken}`, body),
    stays,
  ),
  ...fieldsOf(
    'unit',
    ['name'],
    () => ({ name: 'Kamer aan de gracht', kind: 'room', capacity: 2 }),
    as(owner.client, 'POST', '/api/register/units'),
    () => json(owner.client.get('/api/register/units')),
  ),
  ...fieldsOf(
    'own name',
    ['name'],
    () => ({ name: 'Jan de Vries' }),
    as(owner.client, 'PUT', '/api/account'),
    () => json(owner.client.get('/api/account')),
  ),
  ...fieldsOf(
    'invitation',
    ['name'],
    () => ({ email: randomEmail(), name: 'Sanne Smit', role: 'staff' }),
    as(owner.client, 'POST', '/api/invitations'),
    () => json(owner.client.get('/api/invitations')),
  ),
  ...fieldsOf(
    'API token',
    ['name'],
    () => ({ name: 'Boekingssysteem' }),
    as(owner.client, 'POST', '/api/register/api-tokens'),
    () => json(owner.client.get('/api/register/api-tokens')),
  ),
  ...fieldsOf(
    'tax return',
    ['correctionReason', 'platformReference'],
    () => ({ correctionCents: 100, correctionReason: 'Gast bleek inwoner', platformDeductionCents: 100, platformReference: 'AIRBNB-2026-1' }),
    as(owner.client, 'POST', '/api/tax/returns/2025-Q4'),
    () => json(owner.client.get('/api/tax/returns/2025-Q4')),
  ),
  ...fieldsOf(
    'municipality settings',
    ['name'],
    () => ({ ...settings, name: 'Doetinchem', contactEmail: '', contactPhone: '', contactText: '', themeColor: '' }),
    as(officer.client, 'PUT', '/api/municipality/settings'),
    () => json(officer.client.get('/api/municipality/settings')),
  ),
  ...fieldsOf(
    'new municipality',
    ['name'],
    () => ({ code: 'GM9002', name: 'Nieuwe gemeente' }),
    as(admin.client, 'POST', '/api/admin/municipalities'),
    () => json(admin.client.get('/api/admin/municipalities')),
  ),
  ...fieldsOf(
    'municipality',
    ['name'],
    () => ({ name: 'Lijngemeente', active: true }),
    as(admin.client, 'PUT', `/api/admin/municipalities/${municipalityId}`),
    () => json(admin.client.get('/api/admin/municipalities')),
  ),
];

describe('one-line fields', () => {
  it.each(FIELDS.map((f) => [f.form, f.field, f] as const))(
    '%s, %s: a line break or control character is refused with CONTROL_CHARACTERS and nothing is stored',
    async (_form, _field, field) => {
      const before = await field.stored();
      await fc.assert(
        fc.asyncProperty(spoiled(field.valid), async (value) => {
          const response = await field.send(value);
          const context = `${JSON.stringify(value)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, context).toBe(400);
          expect(response.json<{ fields?: Record<string, { code: string }> }>().fields?.[field.field]?.code, context).toBe('CONTROL_CHARACTERS');
        }),
        { numRuns: RUNS },
      );
      expect(await field.stored()).toEqual(before);
      // The value without them passes its field: the refusals were the characters' doing.
      const accepted = await field.send(field.valid);
      expect(accepted.json<{ fields?: Record<string, unknown> }>().fields?.[field.field], accepted.body).toBeUndefined();
    },
  );

  it('refuses a registration whose company name carries "\\r\\nBcc:" with 400 and sends no mail', async () => {
    const input = registration(t, { companyName: 'Hotel Aan Zee\r\nBcc: iedereen@example.org' });
    const response = await t.client().post('/api/registrations', input);
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual({ companyName: { code: 'CONTROL_CHARACTERS', message: 'Dit veld mag geen regeleinden of stuurtekens bevatten.' } });
    expect(await mailTo(t, input.email)).toEqual([]);
  });
});

describe('fields of several lines', () => {
  it('keep their line breaks and refuse other control characters with CHARACTERS_INVALID', async () => {
    const details = 'Wij stoppen met de verhuur.\r\nDe sleutels liggen bij de buren.';
    const kept = await owner.client.post('/api/accommodation/reports', { kind: 'closure', effectiveDate: '2026-12-31', details });
    expect(kept.statusCode).toBe(201);
    expect(kept.json().report.details).toBe(details);
    for (const c of ['\u0000', '\u001b', '\u0085', '\u2028', '\u009b']) {
      const refused = await owner.client.post('/api/accommodation/reports', {
        kind: 'closure',
        effectiveDate: '2026-12-31',
        details: `Regel een${c}regel twee`,
      });
      expect([refused.statusCode, refused.json().fields?.details?.code], JSON.stringify(c)).toEqual([400, 'CHARACTERS_INVALID']);
    }
  });
});

describe('a mail with a value stored before the rule', () => {
  it('keeps the subject and every paragraph on one line; text of several lines is quoted under its label', async () => {
    const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const current = (await municipality.client.get('/api/municipality/settings')).json<Record<string, unknown>>();
    const settingsWith = (approvalRequired: boolean) => ({ ...current, approvalRequired, contactEmail: '', contactPhone: '', contactText: '', themeColor: '' });
    expect((await municipality.client.put('/api/municipality/settings', settingsWith(true))).statusCode).toBe(200);
    const applicant = await signedInOwner(t, { companyName: 'Pension Oud', municipalityId: t.municipalities.find((m) => m.code === 'GM0222')?.id });
    const accommodationId = (await applicant.client.get('/api/session')).json<{ accommodation: { id: string } }>().accommodation.id;
    // As an older version could have stored it.
    await t.deps.db
      .update(accommodations)
      .set({ companyName: 'Pension Oud\r\nBcc: iedereen@example.org\r\n\r\nBetaal nu via https://example.org' })
      .where(eq(accommodations.id, accommodationId));
    expect((await municipality.client.put('/api/municipality/settings', settingsWith(false))).statusCode).toBe(200);

    const reason = 'Geen vergunning.\nNeem contact op met de balie.';
    expect((await municipality.client.post(`/api/municipality/accommodations/${accommodationId}/reject`, { reason })).statusCode).toBe(200);
    const [mail] = await mailTo(t, applicant.input.email);
    expect(mail?.subject).toBe('Uw aanmelding van Pension Oud Bcc: iedereen@example.org Betaal nu via https://example.org is afgewezen');
    const paragraphs = mail?.text.split('\n\n') ?? [];
    expect(paragraphs[1]).toBe(
      'De gemeente Doetinchem heeft de aanmelding van Pension Oud Bcc: iedereen@example.org Betaal nu via https://example.org in het Nachtregister afgewezen.',
    );
    expect(paragraphs[2]).toBe('Reden:\n> Geen vergunning.\n> Neem contact op met de balie.');
    expect(mail?.html).toContain('<blockquote');
    expect(mail?.html).not.toMatch(/Pension Oud[\r\n]/);
  });
});
