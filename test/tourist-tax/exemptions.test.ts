// Exemptions from the by-laws' own list (decision 0014): residents by law, and the exemptions a
// rule chooses (children by age, zorgverblijf, COA, organised youth groups, forensen,
// international workers); a rate of its own for a purpose. Worked examples from real by-laws,
// a property that every person-night is counted once and never exempt and taxed at once, and the
// reasons through HTTP: the rule, the stay, the return, the export, the statistics.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAY_PURPOSES, type StayPurpose } from '../../src/shared/schemas/register.ts';
import { RULE_EXEMPTIONS, TAX_EXEMPTIONS, type TaxReturnView, type TaxRule } from '../../src/shared/schemas/tourist-tax.ts';
import { computeTax } from '../../src/server/modules/tourist-tax/computation/compute-tax.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { addDays } from '../../src/shared/register/dates.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';
import { taxRule as rule, taxStay as stay } from '../support/tax.ts';

const hotel = { accommodationType: 'hotel', starRating: null };
const march = { from: '2026-03-01', to: '2026-04-01' };

describe('worked examples from by-laws', () => {
  it('Dronten: no tax for a stay in a toegelaten zorginstelling nor for a person liable to forensenbelasting', () => {
    // Dronten, Verordening toeristenbelasting 2015 (CVDR347204), art. 4 onder 1 (verblijf in een
    // toegelaten instelling, Wet toelating zorginstellingen) and onder 2 (forensenbelasting verschuldigd).
    const rules = [rule({ validFrom: '2015-01-01', perPersonNightCents: 110, exemptions: ['care_stay', 'forensen'] })];
    const care = stay({ arrival: '2026-03-02', departure: '2026-03-09', persons: 1, purpose: 'care_stay' });
    const forens = stay({ arrival: '2026-03-02', departure: '2026-03-06', persons: 2, purpose: 'forensen' });
    const tourist = stay({ arrival: '2026-03-02', departure: '2026-03-04', persons: 2 });
    const { lines, totals } = computeTax({ period: march, accommodation: hotel, rules, stays: [care, forens, tourist] });
    expect(lines.map((l) => l.amountCents)).toEqual([0, 0, 2 * 2 * 110]);
    expect(totals.exempt).toMatchObject({ care_stay: 7, forensen: 8, resident: 0 });
    expect(totals.taxablePersonNights).toBe(4);
  });

  it('Dinkelland: COA and organised youth groups under 18 exempt; a by-law without them taxes them', () => {
    // Dinkelland, Verordening toeristenbelasting 2010, art. 4 (vrijstellingen): verblijf onder
    // verantwoordelijkheid van het Centraal Orgaan opvang asielzoekers (onder 2), and persons under 18
    // in georganiseerd verband met een sociale, culturele, educatieve of wetenschappelijke doelstelling (onder 3).
    const dinkelland = [rule({ validFrom: '2010-01-01', perPersonNightCents: 105, exemptions: ['coa', 'youth_group'] })];
    const coa = stay({ arrival: '2026-03-10', departure: '2026-03-20', persons: 3, purpose: 'coa' });
    const scouts = stay({ arrival: '2026-03-13', departure: '2026-03-15', persons: 24, purpose: 'youth_group' });
    const exempted = computeTax({ period: march, accommodation: hotel, rules: dinkelland, stays: [coa, scouts] });
    expect(exempted.totals).toMatchObject({ computedCents: 0, taxablePersonNights: 0, exempt: { coa: 30, youth_group: 48 } });
    // Elsewhere (a rule without these exemptions) the same stays are ordinary taxable stays.
    const elsewhere = computeTax({
      period: march,
      accommodation: hotel,
      rules: [rule({ validFrom: '2010-01-01', perPersonNightCents: 105 })],
      stays: [coa, scouts],
    });
    expect(elsewhere.totals).toMatchObject({ computedCents: (30 + 48) * 105, taxablePersonNights: 78, exempt: { coa: 0, youth_group: 0 } });
  });

  it('a rate of their own for international workers replaces the per-person amount and the percentage', () => {
    // Peel en Maas taxed verblijven van arbeidsmigranten at a rate of their own until 2023 (the
    // council's motion for the 2024 rates ended the differentiation: € 1,30 p.p.p.n. for all). The
    // € 1,30 is the 2024 general rate; the workers' € 1,00 is illustrative, not taken from the text.
    const rules = [rule({ validFrom: '2023-01-01', perPersonNightCents: 130, percentageBasisPoints: 500, purposeRates: { international_worker: 100 } })];
    const worker = stay({ arrival: '2026-03-01', departure: '2026-03-11', persons: 4, purpose: 'international_worker', lodgingPriceCents: 80_000 });
    const tourist = stay({ arrival: '2026-03-01', departure: '2026-03-03', persons: 2, lodgingPriceCents: 24_200 });
    const { lines, totals } = computeTax({ period: march, accommodation: hotel, rules, stays: [worker, tourist] });
    expect(lines[0]).toMatchObject({ perPersonCents: 40 * 100, percentageCents: 0, taxablePersonNights: 40 });
    // The tourist: 4 × € 1,30 and 5 % of € 200 (€ 242 with 21 % VAT).
    expect(lines[1]).toMatchObject({ perPersonCents: 4 * 130, percentageCents: 1_000 });
    expect(totals.perPersonRates).toEqual([
      { rateCents: 100, personNights: 40, amountCents: 4_000 },
      { rateCents: 130, personNights: 4, amountCents: 520 },
    ]);
  });

  it('residents are exempt by law (Gemeentewet art. 224), whatever the rule and without one', () => {
    const resident = stay({ arrival: '2026-03-01', departure: '2026-03-04', persons: 2, residents: 2, lodgingPriceCents: 30_000 });
    const withRule = computeTax({
      period: march,
      accommodation: hotel,
      rules: [rule({ validFrom: '2026-01-01', perPersonNightCents: 250, percentageBasisPoints: 700 })],
      stays: [resident],
    });
    const withoutRule = computeTax({ period: march, accommodation: hotel, rules: [], stays: [resident] });
    for (const { totals } of [withRule, withoutRule]) expect(totals).toMatchObject({ computedCents: 0, taxablePersonNights: 0, exempt: { resident: 6 } });
  });

  it('a child in an exempt group counts once, for the group’s reason', () => {
    // Dinkelland 2010 as above, with the children's exemption under 12 as well.
    const rules = [rule({ validFrom: '2010-01-01', perPersonNightCents: 105, exemptUnderAge: 12, exemptions: ['under_age', 'youth_group'] })];
    const scouts = stay({ arrival: '2026-03-13', departure: '2026-03-15', persons: 10, purpose: 'youth_group', under: { 12: 6 } });
    expect(computeTax({ period: march, accommodation: hotel, rules, stays: [scouts] }).totals.exempt).toMatchObject({ youth_group: 20, under_age: 0 });
  });
});

describe('every person-night once', () => {
  const ruleArb = fc
    .record({
      validOffset: fc.integer({ min: -40, max: 40 }),
      perPerson: fc.option(fc.integer({ min: 1, max: 500 })),
      percentage: fc.option(fc.integer({ min: 1, max: 1_500 })),
      age: fc.option(fc.constantFrom(4, 12, 18)),
      exemptions: fc.subarray([...RULE_EXEMPTIONS]),
      workerRate: fc.option(fc.integer({ min: 0, max: 400 })),
    })
    .map((g) => {
      const purposeRates = g.workerRate === null ? {} : { international_worker: g.workerRate };
      const exemptions = g.exemptions.filter((e) => !(e in purposeRates));
      return rule({
        validFrom: addDays('2026-03-01', g.validOffset),
        perPersonNightCents: g.perPerson ?? (g.percentage === null ? 100 : null),
        percentageBasisPoints: g.percentage,
        exemptUnderAge: g.age,
        exemptions,
        purposeRates,
      });
    });
  const stayArb = fc
    .record({
      arrivalOffset: fc.integer({ min: -10, max: 40 }),
      nights: fc.integer({ min: 1, max: 20 }),
      persons: fc.integer({ min: 1, max: 8 }),
      young: fc.integer({ min: 0, max: 8 }),
      purpose: fc.constantFrom<StayPurpose>(...STAY_PURPOSES),
      residents: fc.integer({ min: 0, max: 8 }),
      price: fc.option(fc.integer({ min: 0, max: 500_000 })),
    })
    .map((g) => {
      const arrival = addDays('2026-03-01', g.arrivalOffset);
      const residents = Math.min(g.residents, g.persons);
      const young = Math.min(g.young, g.persons - residents);
      return stay({
        arrival,
        departure: addDays(arrival, g.nights),
        persons: g.persons,
        purpose: g.purpose,
        residents,
        under: { 4: young, 12: young, 18: young },
        lodgingPriceCents: g.price,
      });
    });

  it('is exempt for one reason or taxed, and an exempt stay pays nothing', () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 0, maxLength: 3 }), fc.array(stayArb, { minLength: 1, maxLength: 6 }), (rules, stays) => {
        const { lines, totals } = computeTax({ period: march, accommodation: hotel, rules, stays });
        for (const line of lines) {
          const exempt = TAX_EXEMPTIONS.reduce((sum, reason) => sum + line.exempt[reason], 0);
          expect(exempt + line.taxablePersonNights + (line.forfaitPersonNights ?? 0)).toBe(line.personNights);
          // Nothing exempt is charged: a line exempt for whole-stay reasons only pays nothing (the
          // children's exemption leaves the percentage of the price, decision 0010).
          if (line.taxablePersonNights === 0 && line.exempt.under_age === 0) expect(line.amountCents).toBe(0);
          const source = stays.find((s) => s.stayId === line.stayId);
          // Each resident person-night is exempt as such, none of the others (decision 0016).
          if (source) expect(line.exempt.resident).toBe(source.residents * line.nights);
          // One purpose per stay: never two purposes on one line (residents and children beside it).
          expect(TAX_EXEMPTIONS.filter((r) => r !== 'under_age' && r !== 'resident' && line.exempt[r] > 0).length).toBeLessThanOrEqual(1);
        }
        expect((totals.perPersonRates ?? []).reduce((sum, r) => sum + r.personNights, 0)).toBeLessThanOrEqual(totals.taxablePersonNights);
      }),
      { numRuns: 400 },
    );
  });
});

describe('through HTTP', async () => {
  const t = await startTestApp({ clock: manualClock(new Date('2026-04-10T10:00:00Z')) });
  const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
  const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
  const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Groepsaccommodatie De Slinge', accommodationType: 'hotel' });
  const accommodationId = (await owner.client.get('/api/accommodation')).json().accommodation.id as string;
  await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 });

  it('refuses a purpose both exempt and taxed at its own rate, and a children’s exemption without an age', async () => {
    const both = await municipality.client.post('/api/municipality/tax/rules', {
      validFrom: '2026-01-01',
      perPersonNightCents: 150,
      exemptions: ['international_worker'],
      purposeRates: { international_worker: 100 },
    });
    expect(both.statusCode).toBe(400);
    expect(JSON.stringify(both.json())).toContain('PURPOSE_RATE_EXEMPT');
    const noAge = await municipality.client.post('/api/municipality/tax/rules', {
      validFrom: '2026-01-01',
      perPersonNightCents: 150,
      exemptions: ['under_age'],
    });
    expect(noAge.statusCode).toBe(400);
    expect(JSON.stringify(noAge.json())).toContain('AGE_REQUIRED');
  });

  it('keeps the rule’s exemptions and rates; the old residents switch no longer taxes residents', async () => {
    const response = await municipality.client.post('/api/municipality/tax/rules', {
      accommodationType: 'hotel',
      validFrom: '2026-01-01',
      perPersonNightCents: 150,
      exemptUnderAge: 12,
      exemptions: ['under_age', 'coa', 'youth_group'],
      purposeRates: { international_worker: 95 },
      // A client from before decision 0014: ignored, residents are exempt by law.
      exemptResidents: false,
    });
    expect(response.statusCode, response.body).toBe(201);
    const settings = (await municipality.client.get('/api/municipality/tax/settings')).json();
    const stored = (settings.rules as TaxRule[]).find((r) => r.accommodationType === 'hotel');
    expect(stored).toMatchObject({ exemptions: ['under_age', 'coa', 'youth_group'], purposeRates: { international_worker: 95 } });
    expect(stored).not.toHaveProperty('exemptResidents');
  });

  it('still exempts international workers for a client that sends the switch from before the list', async () => {
    const response = await municipality.client.post('/api/municipality/tax/rules', {
      accommodationType: 'campsite',
      validFrom: '2026-01-01',
      perPersonNightCents: 120,
      exemptUnderAge: 12,
      exemptInternationalWorkers: true,
    });
    expect(response.statusCode, response.body).toBe(201);
    const settings = (await municipality.client.get('/api/municipality/tax/settings')).json();
    const stored = (settings.rules as TaxRule[]).find((r) => r.accommodationType === 'campsite');
    expect(stored?.exemptions).toEqual(['under_age', 'international_worker']);
    expect(stored).not.toHaveProperty('exemptInternationalWorkers');
  });

  it('shows each reason in the return, the export and the statistics', async () => {
    const add = async (fields: Record<string, unknown>) => {
      const r = await owner.client.post('/api/register/stays', aStay(fields));
      expect(r.statusCode, r.body).toBe(201);
    };
    await add({ arrival: '2026-02-02', departure: '2026-02-05', persons: 1, purpose: 'coa' });
    await add({
      arrival: '2026-02-10',
      departure: '2026-02-12',
      persons: 3,
      purpose: 'youth_group',
      coTravellers: [
        { initials: 'A.', surname: 'Jong', dateOfBirth: '2012-01-01' },
        { initials: 'B.', surname: 'Jong', dateOfBirth: '2013-01-01' },
      ],
    });
    await add({ arrival: '2026-02-15', departure: '2026-02-19', persons: 2, purpose: 'international_worker', employerName: 'Bouwbedrijf Achterhoek' });
    await add({ arrival: '2026-03-01', departure: '2026-03-03', persons: 1, purpose: 'care_stay' });
    await add({
      arrival: '2026-03-05',
      departure: '2026-03-06',
      persons: 1,
      guest: { residence: 'Doetinchem', country: 'NL', postcode: '7001 AB', houseNumber: 12 },
    });

    const view = (await owner.client.get('/api/tax/returns/2026-Q1')).json<TaxReturnView>();
    // COA and youth groups exempt; zorgverblijf not under this rule; workers at their own rate.
    expect(view.totals.exempt).toMatchObject({ coa: 3, youth_group: 6, care_stay: 0, international_worker: 0, resident: 1 });
    expect(view.totals.perPersonRates).toEqual([
      { rateCents: 95, personNights: 8, amountCents: 760 },
      { rateCents: 150, personNights: 2, amountCents: 300 },
    ]);
    expect(view.totals.computedCents).toBe(1_060);

    const csv = await municipality.client.get('/api/municipality/tax/returns.csv?period=2026-Q1');
    expect(csv.statusCode).toBe(200);
    const [header, ...rows] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const columns = (header ?? '').split(';');
    expect(columns.slice(-4)).toEqual(['vrijgesteld_zorgverblijf', 'vrijgesteld_coa', 'vrijgesteld_jeugdgroepen', 'vrijgesteld_forensen']);
    const ours = rows.map((r) => r.split(';')).find((cells) => cells.includes(accommodationId));
    expect(ours?.slice(-4)).toEqual(['0', '3', '6', '0']);

    const stats = (await municipality.client.get('/api/municipality/tax/statistics?year=2026')).json();
    const february = stats.months.find((m: { month: string }) => m.month === '2026-02');
    expect(february.byPurpose).toMatchObject({ coa: 3, youth_group: 6, international_worker: 8, care_stay: 0, forensen: 0 });
    expect(stats.months.find((m: { month: string }) => m.month === '2026-03').byPurpose).toMatchObject({ care_stay: 2, tourist: 1 });
  });

  it('takes the new purposes from the CSV import and the booking-system API, documented in OpenAPI', async () => {
    const header = 'aankomst;vertrek;personen;reisdoel;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort';
    const line = (purpose: string, surname: string) => `2026-05-04;2026-05-06;1;${purpose};J.;${surname};Utrecht;NL;1980-04-02;NL;identiteitskaart`;
    const imported = await owner.client.post('/api/register/imports', {
      csv: [header, line('Zorgverblijf', 'Zorgvrager'), line('jeugdgroep', 'Jeugdleider'), line('forens', 'Forens')].join('\r\n'),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().counts).toMatchObject({ imported: 3, invalid: 0 });
    const purposeOf = async (surname: string) => (await owner.client.get(`/api/register/stays?q=${surname.toLowerCase()}`)).json().stays[0]?.purpose;
    expect([await purposeOf('Zorgvrager'), await purposeOf('Jeugdleider'), await purposeOf('Forens')]).toEqual(['care_stay', 'youth_group', 'forensen']);

    const token = (await owner.client.post('/api/register/api-tokens', { name: 'Boekingssysteem' })).json().token as string;
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/stays',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(aStay({ arrival: '2026-05-10', departure: '2026-05-12', purpose: 'coa', bookingReference: 'COA-1' })),
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const docs = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).body;
    for (const purpose of STAY_PURPOSES) expect(docs).toContain(`"${purpose}"`);
    expect(docs).toContain('forensenbelasting');
  });

  it('lets the owner state an exempt purpose, never the guest at self check-in', async () => {
    const link = (await owner.client.get('/api/register/check-in-link')).json<{ url: string }>();
    const token = new URL(link.url).pathname.split('/').pop() ?? '';
    const response = await t.client().post(`/api/check-in/${token}`, aStay({ arrival: '2026-04-12', departure: '2026-04-13', purpose: 'coa' }));
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('PURPOSE_INVALID');
  });

  it('tells the stay form of the children’s exemption only where the rule chose it', async () => {
    const june = await municipality.client.post('/api/municipality/tax/rules', {
      accommodationType: 'hotel',
      validFrom: '2026-06-01',
      perPersonNightCents: 150,
      exemptUnderAge: 12,
      exemptions: ['coa'],
    });
    expect(june.statusCode, june.body).toBe(201);
    expect((await owner.client.get('/api/tax/child-exemption?on=2026-05-01')).json()).toEqual({ underAge: 12 });
    expect((await owner.client.get('/api/tax/child-exemption?on=2026-06-02')).json()).toEqual({ underAge: null });
  });
});
