// The base of a percentage is the lodging price without VAT, every rate has a source, and persons
// without a known age get no children's exemption — through HTTP, the database and the PDF
// (decision 0010). The worked examples follow real by-laws, cited where they are used.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MunicipalityTaxOverview, TaxLine, TaxReturnView, TaxRule } from '../../src/shared/schemas/tourist-tax.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { seedDemoTaxRules } from '../../src/server/modules/tourist-tax/rules/demo-rules.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

// Every period looked at has ended.
const t = await startTestApp({ clock: manualClock(new Date('2026-04-10T10:00:00Z')) });
const idOf = (code: string) => t.municipalities.find((m) => m.code === code)?.id;

// The demo's rates, as `npm start` seeds them: Amsterdam's cite its by-laws.
await seedDemoTaxRules(t.deps.db, t.clock.now());
const amsterdam = await signedInOperatorAccount(t, 'municipality', 'GM0363');
expect((await amsterdam.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 })).statusCode).toBe(200);

const hotel = await signedInOwner(t, { municipalityId: idOf('GM0363'), companyName: 'Hotel Aan de Amstel', accommodationType: 'hotel' });
const campsite = await signedInOwner(t, { municipalityId: idOf('GM0363'), companyName: 'Camping Zeeburg', accommodationType: 'campsite' });

async function addUnit(owner: typeof campsite, name: string, kind: string): Promise<string> {
  const response = await owner.client.post('/api/register/units', { name, kind, capacity: 4 });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ unit: { id: string } }>().unit.id;
}

async function register(owner: typeof hotel, stay: Record<string, unknown>): Promise<string> {
  const response = await owner.client.post('/api/register/stays', aStay(stay));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ stay: { id: string } }>().stay.id;
}

const pitch = await addUnit(campsite, 'Plaats 12', 'pitch');
const chalet = await addUnit(campsite, 'Chalet 3', 'chalet');
// Four nights across New Year, two in each quarter, €800 incl. VAT: €200 a night.
const acrossNewYear = {
  arrival: '2025-12-30',
  departure: '2026-01-03',
  persons: 2,
  coTravellers: [{ initials: 'A.', surname: 'Jansen', dateOfBirth: '1982-03-01' }],
};
const hotelStay = await register(hotel, { ...acrossNewYear, lodgingPriceCents: 80_000 });
// €436 incl. 9 % VAT on the pitch: €100 a night without VAT, in 2025 and in 2026 alike.
const pitchStay = await register(campsite, { ...acrossNewYear, unitId: pitch, lodgingPriceCents: 43_600 });
const chaletStay = await register(campsite, { ...acrossNewYear, unitId: chalet, lodgingPriceCents: 43_600 });

const view = async (owner: typeof hotel, period: string) => {
  const response = await owner.client.get(`/api/tax/returns/${period}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<TaxReturnView>();
};
const lineOf = (v: TaxReturnView, stayId: string): TaxLine => {
  const line = v.lines.find((l) => l.stayId === stayId);
  if (!line) throw new Error(`no line for ${stayId}`);
  return line;
};

function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'return-')), 'return.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \u00a0]+/g, ' ');
}

describe('the base of a percentage: the lodging price without the VAT of each night', () => {
  // Amsterdam, Verordening Toeristenbelasting 2024 (CVDR703815): 12.5 % of the overnight price
  // excluding VAT. Logies pay 9 % VAT until 31 December 2025 and 21 % from 1 January 2026
  // (Wet OB 1968 tabel I, Belastingplan 2025).
  it('removes 9 % VAT from the nights of 2025 and 21 % from those of 2026', async () => {
    const q4 = lineOf(await view(hotel, '2025-Q4'), hotelStay);
    // €400 / 1.09 = €366.97; 12.5 % of it = €45.87.
    expect(q4).toMatchObject({ revenueCents: 40_000, baseCents: 36_697, vatBasisPoints: [900], percentageCents: 4_587 });
    const q1 = lineOf(await view(hotel, '2026-Q1'), hotelStay);
    // €400 / 1.21 = €330.58; 12.5 % of it = €41.32.
    expect(q1).toMatchObject({ revenueCents: 40_000, baseCents: 33_058, vatBasisPoints: [2_100], percentageCents: 4_132 });
    // Taxed on the price as typed it would have been 2 × €50.00.
    expect(q4.percentageCents + q1.percentageCents).toBe(8_719);
  });

  it('takes a year across both rates once: the parts of the quarters add up to the year', async () => {
    const year2025 = lineOf(await view(hotel, '2025-Q4'), hotelStay);
    const year2026 = lineOf(await view(hotel, '2026-Q1'), hotelStay);
    // The whole stay: €366.97 + €330.58 = €697.55, cumulatively rounded like the price.
    expect((year2025.baseCents ?? 0) + (year2026.baseCents ?? 0)).toBe(69_755);
    expect((year2025.revenueCents ?? 0) + (year2026.revenueCents ?? 0)).toBe(80_000);
  });

  it('keeps a bare camping pitch at 9 % in 2026, while a chalet on the same campsite goes to 21 %', async () => {
    const q1 = await view(campsite, '2026-Q1');
    // €218 / 1.09 = €200.00 → 12.5 % = €25.00.
    expect(lineOf(q1, pitchStay)).toMatchObject({ revenueCents: 21_800, baseCents: 20_000, vatBasisPoints: [900], percentageCents: 2_500 });
    // €218 / 1.21 = €180.17 → 12.5 % of €180.165… = €22.52.
    expect(lineOf(q1, chaletStay)).toMatchObject({ revenueCents: 21_800, baseCents: 18_017, vatBasisPoints: [2_100], percentageCents: 2_252 });
    expect(q1.totals).toMatchObject({ revenueCents: 43_600, baseCents: 38_017, percentageCents: 4_752, computedCents: 4_752 });
    const q4 = await view(campsite, '2025-Q4');
    expect(lineOf(q4, pitchStay)).toMatchObject({ baseCents: 20_000, percentageCents: 2_500 });
    expect(lineOf(q4, chaletStay)).toMatchObject({ baseCents: 20_000, percentageCents: 2_500 });
  });

  it("gives the municipality's totals (summed in the database) the owners' own figures", async () => {
    for (const period of ['2025-Q4', '2026-Q1']) {
      const overview = (await amsterdam.client.get(`/api/municipality/tax/returns?period=${period}`)).json<MunicipalityTaxOverview>();
      for (const [owner, name] of [
        [hotel, 'Hotel Aan de Amstel'],
        [campsite, 'Camping Zeeburg'],
      ] as const) {
        const row = overview.rows.find((r) => r.companyName === name);
        const own = await view(owner, period);
        expect({ period, name, amount: row?.amountDueCents, revenue: row?.revenueCents }).toEqual({
          period,
          name,
          amount: own.totals.computedCents,
          revenue: own.totals.revenueCents,
        });
      }
      expect(overview.totals.computedOpenCents).toBe(overview.rows.reduce((s, r) => s + r.amountDueCents, 0));
    }
  });

  it('shows the base in the submitted return and its PDF, with the rate and its source', async () => {
    const response = await hotel.client.post('/api/tax/returns/2026-Q1', {});
    expect(response.statusCode, response.body).toBe(201);
    const submission = response.json<{ submission: { id: string; totals: { baseCents?: number } } }>().submission;
    expect(submission.totals.baseCents).toBe(33_058);
    const pdf = await hotel.client.get(`/api/tax/return-documents/${submission.id}.pdf`);
    expect(pdf.statusCode).toBe(200);
    // Lines of the rates' list wrap: read the text as one line.
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(text).toMatch(/Logiesomzet € 400,00/);
    expect(text).toMatch(/Grondslag: logiesomzet zonder btw € 330,58/);
    expect(text).toMatch(/Percentage van de logiesprijs € 41,32/);
    expect(text).toContain('12,5 % van de logiesprijs zonder btw');
    expect(text).toContain('Bron: Verordening Toeristenbelasting 2024 (Amsterdam)');
    expect(text).toContain('https://lokaleregelgeving.overheid.nl/CVDR703815');
  });
});

describe('every rate has a source', () => {
  it('is cited by every demo rate, or the rate says it is an example', async () => {
    for (const code of ['GM0363', 'GM0222']) {
      const officer = code === 'GM0363' ? amsterdam : await signedInOperatorAccount(t, 'municipality', code);
      const { rules } = (await officer.client.get('/api/municipality/tax/settings')).json<{ rules: TaxRule[] }>();
      expect(rules.length).toBeGreaterThan(0);
      for (const rule of rules) {
        const cited = rule.sourceUrl?.startsWith('https://lokaleregelgeving.overheid.nl/CVDR') === true && (rule.sourceCitation ?? '').includes('Verordening');
        const example = (rule.sourceCitation ?? '').startsWith('Voorbeeld');
        expect(cited || example, `${code} ${rule.validFrom}`).toBe(true);
      }
    }
  });

  it("is shown with the owner's rates", async () => {
    const { rules } = await view(hotel, '2026-Q1');
    expect(rules.map((r) => [r.percentageBasisPoints, r.sourceUrl])).toEqual([[1_250, 'https://lokaleregelgeving.overheid.nl/CVDR703815']]);
  });

  it('is kept with a new rule, refused when its address is no https address, and optional through the API', async () => {
    const doetinchem = await signedInOperatorAccount(t, 'municipality', 'GM0222');
    const base = { validFrom: '2027-01-01', perPersonNightCents: 150, exemptResidents: true };
    const wrongAddress = await doetinchem.client.post('/api/municipality/tax/rules', {
      ...base,
      sourceCitation: 'Verordening toeristenbelasting 2027',
      sourceUrl: 'lokaleregelgeving.overheid.nl/CVDR1',
    });
    expect(wrongAddress.statusCode).toBe(400);
    expect(wrongAddress.json().fields.sourceUrl.code).toBe('SOURCE_URL_INVALID');
    const tooLong = await doetinchem.client.post('/api/municipality/tax/rules', { ...base, sourceCitation: 'x'.repeat(301) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().fields.sourceCitation).toBeDefined();
    const cited = await doetinchem.client.post('/api/municipality/tax/rules', {
      ...base,
      sourceCitation: ' Verordening toeristenbelasting 2027, artikel 5 ',
      sourceUrl: 'https://lokaleregelgeving.overheid.nl/CVDR999999',
    });
    expect(cited.statusCode, cited.body).toBe(201);
    expect(cited.json().rule).toMatchObject({
      sourceCitation: 'Verordening toeristenbelasting 2027, artikel 5',
      sourceUrl: 'https://lokaleregelgeving.overheid.nl/CVDR999999',
    });
    // A script of the municipality may still add one without: it then shows "Geen bron opgegeven".
    const bare = await doetinchem.client.post('/api/municipality/tax/rules', { ...base, validFrom: '2027-02-01' });
    expect(bare.statusCode, bare.body).toBe(201);
    expect(bare.json().rule).toMatchObject({ sourceCitation: null, sourceUrl: null });
  });
});

describe('persons without a known age', () => {
  // The exemption as Noordenveld's Verordening toeristenbelasting 2019 has it: children up to and
  // including 12 (younger than 13) pay no per-person amount. The amount (€1.25) is an example.
  const noordenveldLike = {
    validFrom: '2026-01-01',
    perPersonNightCents: 125,
    exemptUnderAge: 13,
    exemptResidents: true,
    sourceCitation: 'Voorbeeld: vrijstelling tot en met 12 jaar zoals in de Verordening toeristenbelasting 2019 van Noordenveld',
  };

  it('are named in the return instead of being taxed silently, and the PDF says so', async () => {
    const zevenaar = await signedInOperatorAccount(t, 'municipality', 'GM0299');
    expect((await zevenaar.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 })).statusCode).toBe(200);
    expect((await zevenaar.client.post('/api/municipality/tax/rules', noordenveldLike)).statusCode).toBe(201);
    const owner = await signedInOwner(t, { municipalityId: idOf('GM0299'), companyName: 'Pension De Liemers' });
    // Four persons: the guest, a child of 8 with a date of birth, two without one.
    const family = await register(owner, {
      arrival: '2026-02-10',
      departure: '2026-02-12',
      persons: 4,
      coTravellers: [
        { initials: 'K.', surname: 'Kind', dateOfBirth: '2017-06-01' },
        { initials: 'O.', surname: 'Onbekend', dateOfBirth: null },
      ],
    });
    const alone = await register(owner, { arrival: '2026-02-20', departure: '2026-02-21', persons: 1 });
    const q1 = await view(owner, '2026-Q1');
    // Three persons pay €1.25 for two nights; the child of 8 is exempt.
    expect(lineOf(q1, family)).toMatchObject({
      persons: 4,
      personsWithoutAge: 2,
      exempt: { resident: 0, under_age: 2, international_worker: 0 },
      perPersonCents: 3 * 2 * 125,
    });
    expect(lineOf(q1, alone).personsWithoutAge).toBe(0);
    expect(q1.totals.personsWithoutAge).toBe(2);
    const submitted = await owner.client.post('/api/tax/returns/2026-Q1', {});
    expect(submitted.statusCode, submitted.body).toBe(201);
    const pdf = await owner.client.get(`/api/tax/return-documents/${submitted.json().submission.id}.pdf`);
    expect(pdfText(pdf.rawPayload)).toContain('2 personen zonder leeftijd: geen vrijstelling toegepast.');
  });

  it("are counted for the stay form only where the day's rate exempts children from a per-person amount", async () => {
    const owner = await signedInOwner(t, { municipalityId: idOf('GM0299') });
    expect((await owner.client.get('/api/tax/child-exemption?on=2026-02-10')).json()).toEqual({ underAge: 13 });
    expect((await owner.client.get('/api/tax/child-exemption?on=2025-12-31')).json()).toEqual({ underAge: null });
    // Amsterdam's percentage has no exemption for children to lose.
    expect((await hotel.client.get('/api/tax/child-exemption?on=2026-02-10')).json()).toEqual({ underAge: null });
    expect((await owner.client.get('/api/tax/child-exemption?on=10-02-2026')).statusCode).toBe(400);
  });
});
