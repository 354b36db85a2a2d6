// Only what the municipality's APV asks (decision 0017). The Autoriteit Persoonsgegevens lists what
// Wetboek van Strafrecht art. 438 needs of a guest: name, place of residence, type of identity
// document, dates of arrival and departure; date of birth and nationality only where the APV asks.
// A municipality switches both off (citing its APV where it keeps them); then no way of registering
// keeps a date of birth or a foreign nationality, "jonger dan N?" carries the children's exemption,
// and art. 45 still has every foreign guest sign.
import { describe, expect, it } from 'vitest';
import type { TaxReturnView } from '../../src/shared/schemas/tourist-tax.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-06-01T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Pension Minimaal' });
expect(
  (
    await municipality.client.post('/api/municipality/tax/rules', {
      validFrom: '2026-01-01',
      perPersonNightCents: 200,
      exemptUnderAge: 12,
      exemptions: ['under_age'],
      sourceCitation: 'Voorbeeld, geen echte verordening',
    })
  ).statusCode,
).toBe(201);

async function setAsked(fields: { askDateOfBirth: boolean; askNationality: boolean; registerApvCitation: string }) {
  const settings = (await municipality.client.get('/api/municipality/settings')).json();
  const response = await municipality.client.put('/api/municipality/settings', {
    ...settings,
    ...fields,
    contactEmail: '',
    contactPhone: '',
    contactText: '',
    themeColor: '',
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function register(fields: Parameters<typeof aStay>[0]) {
  const response = await owner.client.post('/api/register/stays', aStay({ arrival: '2026-05-04', departure: '2026-05-06', ...fields }));
  expect(response.statusCode, response.body).toBe(201);
  const { id } = response.json().stay as { id: string };
  return (await owner.client.get(`/api/register/stays/${id}`)).json().stay;
}

describe('where the APV asks date of birth and nationality (the default)', () => {
  it('asks them, with the article in the settings the forms read', async () => {
    const saved = await setAsked({ askDateOfBirth: true, askNationality: true, registerApvCitation: 'Algemene plaatselijke verordening 2025, artikel 2:38' });
    expect(saved).toMatchObject({ askDateOfBirth: true, askNationality: true, registerApvCitation: 'Algemene plaatselijke verordening 2025, artikel 2:38' });
    expect((await owner.client.get('/api/register/settings')).json()).toMatchObject({
      askDateOfBirth: true,
      askNationality: true,
      apvCitation: 'Algemene plaatselijke verordening 2025, artikel 2:38',
    });
    const missing = await owner.client.post('/api/register/stays', aStay({ guest: { dateOfBirth: '' } }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toMatchObject({ 'guest.dateOfBirth': { code: 'REQUIRED' } });
    const stay = await register({ guest: { dateOfBirth: '1980-04-02', nationality: 'DE', country: 'DE' } });
    expect(stay.guest).toMatchObject({ dateOfBirth: '1980-04-02', nationality: 'DE' });
  });

  it('names the date of birth in the CSV import’s row errors together with the others', async () => {
    const csv = ['aankomst;vertrek;voorletters;achternaam;woonplaats;land;nationaliteit;documentsoort', '2026-05-10;2026-05-11;;Zonder;;NL;NL;paspoort'].join(
      '\n',
    );
    const preview = (await owner.client.post('/api/register/imports/preview', { csv })).json();
    expect(Object.keys(preview.rows[0].errors).sort()).toEqual(['geboortedatum', 'voorletters', 'woonplaats']);
  });
});

describe('where the APV does not ask them', () => {
  it('is the municipality’s setting, audited', async () => {
    const saved = await setAsked({ askDateOfBirth: false, askNationality: false, registerApvCitation: '' });
    expect(saved).toMatchObject({ askDateOfBirth: false, askNationality: false, registerApvCitation: null });
    const events = (await municipality.client.get('/api/audit-events?action=municipality.settings_changed')).json().events as {
      details: Record<string, unknown>;
    }[];
    expect(events[0]?.details).toMatchObject({ askDateOfBirth: false, askNationality: false });
    expect((await owner.client.get('/api/register/settings')).json()).toMatchObject({ askDateOfBirth: false, askNationality: false, apvCitation: null });
  });

  it('takes a stay without a date of birth', async () => {
    const stay = await register({ guest: { surname: 'Zonderdatum', dateOfBirth: null } });
    expect(stay.guest).toMatchObject({ dateOfBirth: null });
  });

  it('keeps no date of birth a booking system sends, only the age the tax needs; the child stays exempt', async () => {
    const before = (await owner.client.get('/api/tax/returns/2026')).json<TaxReturnView>().totals;
    const stay = await register({
      arrival: '2026-05-20',
      departure: '2026-05-22',
      persons: 2,
      guest: { surname: 'Ouder', dateOfBirth: '1985-07-01' },
      coTravellers: [{ initials: 'K.', surname: 'Ouder', dateOfBirth: '2019-06-01', relation: 'child' }],
    });
    expect(stay.guest.dateOfBirth).toBeNull();
    // Only the answer to the rate's question is kept, not the age (the rate exempts under 12).
    expect(stay.guest.youngerThan).toEqual({ age: 12, younger: false });
    expect(stay.coTravellers[0]).toMatchObject({ dateOfBirth: null, youngerThan: { age: 12, younger: true } });
    const after = (await owner.client.get('/api/tax/returns/2026')).json<TaxReturnView>().totals;
    expect(after.exempt.under_age - before.exempt.under_age).toBe(2);
    expect(after.taxablePersonNights - before.taxablePersonNights).toBe(2);
  });

  it('exempts a person said to be "jonger dan 12", and counts one said not to be as of known age', async () => {
    const before = (await owner.client.get('/api/tax/returns/2026')).json<TaxReturnView>().totals;
    await register({
      arrival: '2026-06-01',
      departure: '2026-06-04',
      persons: 3,
      guest: { surname: 'Vraag', dateOfBirth: null, youngerThan: { age: 12, younger: false } },
      coTravellers: [
        { initials: 'A.', surname: 'Vraag', youngerThan: { age: 12, younger: true }, relation: 'child' },
        { initials: 'B.', surname: 'Vraag', youngerThan: { age: 12, younger: false }, relation: 'partner' },
      ],
    });
    const after = (await owner.client.get('/api/tax/returns/2026')).json<TaxReturnView>().totals;
    expect(after.exempt.under_age - before.exempt.under_age).toBe(3);
    expect(after.taxablePersonNights - before.taxablePersonNights).toBe(6);
    // Everyone answered: nobody is "zonder leeftijd".
    expect((after.personsWithoutAge ?? 0) - (before.personsWithoutAge ?? 0)).toBe(0);
  });

  it('keeps only "another nationality" of a foreign guest, who still signs (art. 45)', async () => {
    const stay = await register({ guest: { surname: 'Gast', nationality: 'DE', country: 'DE' } });
    expect(stay.guest.nationality).toBe('XX');
    expect(stay.signatureStatus).toBe('missing');
    const dutch = await register({ guest: { surname: 'Landgenoot', nationality: 'NL' } });
    expect([dutch.guest.nationality, dutch.signatureStatus]).toEqual(['NL', 'not_required']);
    // The form's own answer, "Andere nationaliteit", is a valid nationality.
    const other = await register({ guest: { surname: 'Anders', nationality: 'XX', country: 'BE' } });
    expect(other.signatureStatus).toBe('missing');
  });

  it('tells the guest’s check-in page, with the age the rate exempts under, and takes a check-in without a date of birth', async () => {
    const link = (await owner.client.get('/api/register/check-in-link')).json<{ url: string }>();
    const token = new URL(link.url).pathname.split('/').pop() ?? '';
    const page = (await t.client().get(`/api/check-in/${token}`)).json();
    expect(page).toMatchObject({ askDateOfBirth: false, askNationality: false, apvCitation: null, childExemptionAge: 12 });
    const guest = aStay({
      arrival: '2026-06-01',
      departure: '2026-06-02',
      guest: { surname: 'Zelfinchecker', dateOfBirth: null, youngerThan: { age: 12, younger: false } },
    });
    const response = await t.client().post(`/api/check-in/${token}`, guest);
    expect(response.statusCode, response.body).toBe(201);
  });

  it('reads a CSV file without the date of birth column', async () => {
    const csv = [
      'aankomst;vertrek;voorletters;achternaam;woonplaats;land;nationaliteit;documentsoort',
      '2026-05-12;2026-05-13;C.;Csvgast;Utrecht;NL;Duitsland;paspoort',
    ].join('\n');
    const response = await owner.client.post('/api/register/imports', { csv });
    expect(response.statusCode, response.body).toBe(200);
    const [stay] = (await owner.client.get('/api/register/stays?q=csvgast')).json().stays as { guest: { nationality: string; dateOfBirth: string | null } }[];
    expect(stay?.guest).toMatchObject({ nationality: 'XX', dateOfBirth: null });
  });
});
