// Retention that a tax audit survives (decision 0015). When retention erases a stay's guests, it
// keeps per person and anonymously what an audit needs (nights, age band, resident, purpose,
// exemption, share of the base), so a return of the erased period computes the same totals, and
// the audit rows go five years after the end of the year of the definitive aanslag (or of the
// stay without one).
//
// Legal sources:
// - Autoriteit Persoonsgegevens, "Nachtregister" guidance (autoriteitpersoonsgegevens.nl): keep
//   guest data no longer than necessary; the register's data itself goes after the APV's term.
// - AWR art. 16(3): navordering within five years after the end of the year in which the tax debt
//   arose; municipalities audit returns up to then, which is why the facts outlive the names.
// - The child exemption: the rule's own age (12 here, as many by-laws that exempt children write
//   it); the audit row keeps the age band, so the exemption can be checked against the rule.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-03-10T09:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
let municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
expect(
  (
    await municipality.client.post('/api/municipality/tax/rules', {
      validFrom: '2026-01-01',
      perPersonNightCents: 250,
      exemptUnderAge: 12,
      percentageBasisPoints: 0,
    })
  ).statusCode,
).toBe(201);

const audited = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Hotel Nagekeken' });
const unaudited = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Pension Zonder Aanslag' });
const accommodationOf = async (owner: typeof audited) => (await owner.client.get('/api/accommodation')).json().accommodation.id as string;
const auditedId = await accommodationOf(audited);

// A family of three (one child of 7) and a resident of Doetinchem, who is exempt by law.
const family = await audited.client.post(
  '/api/register/stays',
  aStay({
    arrival: '2026-03-01',
    departure: '2026-03-05',
    persons: 3,
    lodgingPriceCents: 48_001,
    guest: { surname: 'Controleerbaar', dateOfBirth: '1980-02-02' },
    coTravellers: [
      { initials: 'K.', surname: 'Controleerbaar', dateOfBirth: '2018-06-01', relation: 'child' },
      { initials: 'P.', surname: 'Controleerbaar', dateOfBirth: '1982-07-07', relation: 'partner' },
    ],
  }),
);
expect(family.statusCode).toBe(201);
expect(
  (
    await audited.client.post(
      '/api/register/stays',
      aStay({
        arrival: '2026-03-02',
        departure: '2026-03-04',
        guest: { surname: 'Stadsgenoot', residence: 'Doetinchem', postcode: '7002 CD', houseNumber: 8 },
      }),
    )
  ).statusCode,
).toBe(201);
expect(
  (await unaudited.client.post('/api/register/stays', aStay({ arrival: '2026-03-06', departure: '2026-03-07', guest: { surname: 'Eenmalig' } }))).statusCode,
).toBe(201);

const moveTo = async (at: string) => {
  t.clock.advance(new Date(at).getTime() - t.clock.now().getTime());
  // Sessions end after hours; after moving the clock by years everyone signs in again.
  for (const owner of [audited, unaudited]) {
    expect((await owner.client.post('/api/sessions', { email: owner.input.email, password: owner.input.password })).statusCode).toBe(200);
  }
  municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
};
const facts = async () => (await municipality.client.get('/api/municipality/tax/retained-facts?year=2026')).json().facts as Record<string, unknown>[];

let before: unknown;

describe('retention and the tax audit', () => {
  it('computes the 2026 return while the guests are still there', async () => {
    await moveTo('2027-01-05T10:00:00Z');
    const view = (await audited.client.get('/api/tax/returns/2026')).json();
    expect(view.totals).toMatchObject({ stays: 2, nights: 4 + 2, personNights: 12 + 2, taxablePersonNights: 8 });
    expect(view.totals.exempt).toMatchObject({ resident: 2, under_age: 4 });
    before = { totals: view.totals, lines: view.lines };
    expect(await facts()).toEqual([]);
  });

  it('erases the guests after the retention period and the return of the erased period computes the same totals', async () => {
    await moveTo('2028-03-10T10:00:00Z');
    expect((await t.deps.daily.runDue()).retention).toMatchObject({ erased: 3, municipalities: 1 });
    const stay = (await audited.client.get(`/api/register/stays/${family.json().stay.id}`)).json().stay;
    expect(stay).toMatchObject({ erased: true, guest: null });
    const view = (await audited.client.get('/api/tax/returns/2026')).json();
    expect({ totals: view.totals, lines: view.lines }).toEqual(before);
  });

  it('keeps per person and anonymously what the audit needs', async () => {
    const rows = await facts();
    const ofAudited = rows.filter((r) => r.accommodationId === auditedId);
    expect(
      ofAudited.map(({ stayNumber, person, nights, ageBand, resident, exemptionReason, baseCents }) => ({
        stayNumber,
        person,
        nights,
        ageBand,
        resident,
        exemptionReason,
        baseCents,
      })),
    ).toEqual([
      { stayNumber: 1, person: 1, nights: 4, ageBand: 18, resident: false, exemptionReason: null, baseCents: 16_000 },
      { stayNumber: 1, person: 2, nights: 4, ageBand: 7, resident: false, exemptionReason: 'under_age', baseCents: 16_001 },
      { stayNumber: 1, person: 3, nights: 4, ageBand: 18, resident: false, exemptionReason: null, baseCents: 16_000 },
      // A resident is exempt whatever the age: no age is kept of them (decision 0016).
      { stayNumber: 2, person: 1, nights: 2, ageBand: null, resident: true, exemptionReason: 'resident', baseCents: null },
    ]);
    // The base shares add up to the stay's price; nothing names or dates a person.
    expect(ofAudited.filter((r) => r.stayNumber === 1).reduce((sum, r) => sum + Number(r.baseCents), 0)).toBe(48_001);
    const body = JSON.stringify(rows);
    for (const personal of ['Controleerbaar', 'Stadsgenoot', 'Eenmalig', '1980-02-02', '2018-06-01', 'dateOfBirth', 'surname'])
      expect(body).not.toContain(personal);
    expect(rows).toHaveLength(5);
  });

  it('is not there for owners, nor for another municipality', async () => {
    expect((await audited.client.get('/api/municipality/tax/retained-facts?year=2026')).statusCode).toBe(403);
    const elsewhere = await signedInOperatorAccount(t, 'municipality', 'GM0299');
    expect((await elsewhere.client.get('/api/municipality/tax/retained-facts?year=2026')).json().facts).toEqual([]);
  });

  it('keeps the rows five years after the end of the year of the definitive aanslag, or of the stay without one', async () => {
    await moveTo('2028-05-01T10:00:00Z');
    const recorded = await municipality.client.post('/api/municipality/tax/assessments', {
      accommodationId: auditedId,
      period: '2026',
      kind: 'definitief',
      number: 'D-2026-1',
      amountCents: 2_000,
      datedOn: '2028-04-30',
    });
    expect(recorded.statusCode).toBe(201);
    await moveTo('2031-12-31T10:00:00Z');
    await t.deps.daily.runDue();
    expect(await facts()).toHaveLength(5);
    // 2026 + 5 years ended: the stay without an aanslag goes; the audited ones stay until 2028 + 5.
    await moveTo('2032-01-01T10:00:00Z');
    expect((await t.deps.daily.runDue()).retention).toMatchObject({ auditFactsDeleted: 1 });
    expect((await facts()).every((r) => r.accommodationId === auditedId)).toBe(true);
    await moveTo('2033-12-31T10:00:00Z');
    await t.deps.daily.runDue();
    expect(await facts()).toHaveLength(4);
    await moveTo('2034-01-01T10:00:00Z');
    expect((await t.deps.daily.runDue()).retention).toMatchObject({ auditFactsDeleted: 4 });
    expect(await facts()).toEqual([]);
  });
});
