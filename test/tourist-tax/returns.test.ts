// The tourist tax return from the register, through HTTP: a municipality sets its rates, an owner
// sees the quarter computed line per stay, submits it (locked, numbered, PDF, email), a later
// change to a stay proposes a correctie-aangifte, and the municipality sees, exports and totals
// the returns of its accommodations and of no one else's.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { mailTo, signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-01-05T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const zevenaar = t.municipalities.find((m) => m.code === 'GM0299')?.id;
let municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
let owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Hotel Slingeland' });
const elsewhere = await signedInOwner(t, { municipalityId: zevenaar, companyName: 'Hotel Elders' });
// Registered in the quarter, and never submits its return.
await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Pension Laat' });

const rule = (overrides: Record<string, unknown>) => ({ exemptResidents: true, exemptInternationalWorkers: false, ...overrides });
expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 })).statusCode).toBe(200);
expect(
  (await municipality.client.post('/api/municipality/tax/rules', rule({ validFrom: '2026-01-01', perPersonNightCents: 250, exemptUnderAge: 13 }))).statusCode,
).toBe(201);
expect(
  (
    await municipality.client.post(
      '/api/municipality/tax/rules',
      rule({ accommodationType: 'hotel', validFrom: '2026-02-01', perPersonNightCents: 300, percentageBasisPoints: 500, exemptUnderAge: 13 }),
    )
  ).statusCode,
).toBe(201);

const register = async (stay: Record<string, unknown>) => {
  const response = await owner.client.post('/api/register/stays', aStay(stay));
  expect(response.statusCode).toBe(201);
  return response.json().stay as { id: string; number: number; version: number };
};
const family = await register({
  arrival: '2026-01-10',
  departure: '2026-01-13',
  persons: 2,
  lodgingPriceCents: 30_000,
  coTravellers: [{ initials: 'K.', surname: 'Jansen', dateOfBirth: '2020-05-01' }],
});
await register({
  arrival: '2026-01-20',
  departure: '2026-01-22',
  guest: { surname: 'Doetinchemmer', residence: 'Doetinchem', postcode: '7001 AB', houseNumber: 3 },
});
const crossing = await register({ arrival: '2026-03-30', departure: '2026-04-02', lodgingPriceCents: 30_000, guest: { surname: 'Grensganger' } });
await (await signedInOwner(t, { municipalityId: zevenaar })).client.post('/api/register/stays', aStay({ arrival: '2026-01-10', departure: '2026-01-12' }));

const moveTo = (at: string) => t.clock.advance(new Date(at).getTime() - t.clock.now().getTime());

async function signInAgain() {
  // Sessions end after 12 hours; the clock moved on by months.
  municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
  const client = t.client();
  expect((await client.post('/api/sessions', { email: owner.input.email, password: owner.input.password })).statusCode).toBe(200);
  owner = { ...owner, client };
}

describe('an owner’s return before the quarter has ended', () => {
  it('shows the quarter as running and refuses to submit it', async () => {
    moveTo('2026-03-31T10:00:00Z');
    await signInAgain();
    const list = (await owner.client.get('/api/tax/returns?year=2026')).json();
    expect(list.settings).toEqual({ period: 'quarter', deadlineDays: 31 });
    expect(list.periods.map((p: { period: string; status: string }) => [p.period, p.status])).toEqual([['2026-Q1', 'open']]);
    const early = await owner.client.post('/api/tax/returns/2026-Q1', {});
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('TAX_PERIOD_NOT_ENDED');
  });
});

describe('the quarterly return', () => {
  it('is computed from the register, line per stay, each night by the rule valid that night', async () => {
    moveTo('2026-04-05T10:00:00Z');
    await signInAgain();
    const view = (await owner.client.get('/api/tax/returns/2026-Q1')).json();
    expect(view.status).toBe('due');
    expect(view.deadline).toBe('2026-05-01');
    expect(view.totals).toEqual({
      stays: 3,
      nights: 3 + 2 + 2,
      personNights: 6 + 2 + 2,
      exempt: { resident: 2, under_age: 3, international_worker: 0, care_stay: 0, coa: 0, youth_group: 0, forensen: 0 },
      taxablePersonNights: 3 + 2,
      // The crossing stay's €300 over 3 nights: 2 of them in the quarter.
      revenueCents: 30_000 + 20_000,
      // Without 21 % VAT (decision 0010): €300 / 1.21 = €247.93 and €200 / 1.21 = €165.29.
      baseCents: 24_793 + 16_529,
      personsWithoutAge: 0,
      perPersonCents: 3 * 250 + 2 * 300,
      // January's rule for the family (the child under 13 exempt), February's hotel rule after.
      perPersonRates: [
        { rateCents: 250, personNights: 3, amountCents: 750 },
        { rateCents: 300, personNights: 2, amountCents: 600 },
      ],
      // 5 % of the crossing stay's €200 in the quarter without VAT: 5 % of €165.29 = €8.26.
      percentageCents: 826,
      forfaitCents: 0,
      forfaits: [],
      forfaitPersonNights: 0,
      computedCents: 750 + 600 + 826,
      staysWithoutPrice: 0,
    });
    const line = view.lines.find((l: { stayId: string }) => l.stayId === crossing.id);
    expect(line).toMatchObject({
      from: '2026-03-30',
      to: '2026-04-01',
      nights: 2,
      revenueCents: 20_000,
      baseCents: 16_529,
      vatBasisPoints: [2_100],
      amountCents: 600 + 826,
    });
    expect(view.lines.reduce((sum: number, l: { amountCents: number }) => sum + l.amountCents, 0)).toBe(view.totals.computedCents);
  });

  it('refuses a platform deduction without its reference, and one above the tax', async () => {
    const noReference = await owner.client.post('/api/tax/returns/2026-Q1', { platformDeductionCents: 100 });
    expect(noReference.json().fields.platformReference.code).toBe('PLATFORM_REFERENCE_REQUIRED');
    const tooHigh = await owner.client.post('/api/tax/returns/2026-Q1', { platformDeductionCents: 999_999, platformReference: 'AIRBNB-1' });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().fields.platformDeductionCents.code).toBe('PLATFORM_DEDUCTION_TOO_HIGH');
    expect((await owner.client.get('/api/tax/returns/2026-Q1')).json().submissions).toEqual([]);
  });

  it('is submitted with a correction and a platform deduction: locked, numbered, mailed', async () => {
    const response = await owner.client.post('/api/tax/returns/2026-Q1', {
      correctionCents: 250,
      correctionReason: 'Gast zonder geboortedatum was volwassen',
      platformDeductionCents: 500,
      platformReference: 'AIRBNB-2026-Q1',
    });
    expect(response.statusCode).toBe(201);
    const submission = response.json().submission;
    expect(submission).toMatchObject({ kind: 'return', amountDueCents: 2_176 + 250 - 500, previousTotalCents: null });
    expect(submission.number).toMatch(/^TB-GM0222-\d{6}$/);
    const [mail] = await mailTo(t, owner.input.email).then((mails) => mails.filter((m) => m.subject.includes('toeristenbelasting')));
    expect(mail?.subject).toBe(`Bevestiging aangifte toeristenbelasting 1e kwartaal 2026 (${submission.number})`);
    expect(mail?.text).toMatch(/Het aangegeven bedrag is €\s19,26\./);
    const list = (await owner.client.get('/api/tax/returns?year=2026')).json();
    expect(list.periods.find((p: { period: string }) => p.period === '2026-Q1')).toMatchObject({
      status: 'submitted',
      declaredCents: 1_926,
      returnNumber: submission.number,
      correctionProposed: false,
    });
  });

  it('has a PDF copy for the owner and the municipality, and for nobody else', async () => {
    const [submission] = (await owner.client.get('/api/tax/returns/2026-Q1')).json().submissions;
    const pdf = await owner.client.get(`/api/tax/return-documents/${submission.id}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await municipality.client.get(`/api/tax/return-documents/${submission.id}.pdf`)).statusCode).toBe(200);
    expect((await elsewhere.client.get(`/api/tax/return-documents/${submission.id}.pdf`)).statusCode).toBeGreaterThanOrEqual(401);
    const otherMunicipality = await signedInOperatorAccount(t, 'municipality', 'GM0299');
    expect((await otherMunicipality.client.get(`/api/tax/return-documents/${submission.id}.pdf`)).statusCode).toBe(404);
  });

  it('cannot be changed in the database', async () => {
    await expect(t.deps.database.withConnection((c) => c.query('UPDATE tax_returns SET total_cents = 0'))).rejects.toThrow(/cannot be changed/);
  });

  it('proposes a correctie-aangifte when a stay of the quarter changes afterwards, and takes it', async () => {
    t.clock.advance(60_000);
    const correction = await owner.client.put(`/api/register/stays/${family.id}`, {
      stay: aStay({
        arrival: '2026-01-10',
        departure: '2026-01-13',
        persons: 3,
        lodgingPriceCents: 30_000,
        coTravellers: [{ initials: 'K.', surname: 'Jansen', dateOfBirth: '2020-05-01' }],
      }),
      reason: 'Derde gast vergeten',
    });
    expect(correction.statusCode).toBe(200);
    const view = (await owner.client.get('/api/tax/returns/2026-Q1')).json();
    expect(view.correctionProposed).toBe(true);
    expect(view.proposedCorrectionCents).toBe(3 * 250);
    const submitted = await owner.client.post('/api/tax/returns/2026-Q1', {
      correctionCents: 250,
      correctionReason: 'Gast zonder geboortedatum was volwassen',
      platformDeductionCents: 500,
      platformReference: 'AIRBNB-2026-Q1',
    });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().submission).toMatchObject({ kind: 'correction', amountDueCents: 750, previousTotalCents: 1_926 });
    const again = await owner.client.post('/api/tax/returns/2026-Q1', {
      correctionCents: 250,
      correctionReason: 'Gast zonder geboortedatum was volwassen',
      platformDeductionCents: 500,
      platformReference: 'AIRBNB-2026-Q1',
    });
    expect(again.json().code).toBe('TAX_RETURN_UNCHANGED');
  });
});

describe("the municipality's returns", () => {
  it('lists every accommodation of the period with its status and totals, and none elsewhere', async () => {
    const overview = (await municipality.client.get('/api/municipality/tax/returns?period=2026-Q1')).json();
    const mine = overview.rows.find((r: { companyName: string }) => r.companyName === 'Hotel Slingeland');
    expect(mine).toMatchObject({ status: 'submitted', corrected: true, declared: true, amountDueCents: 2_676 });
    expect(overview.rows.some((r: { companyName: string }) => r.companyName === 'Hotel Elders')).toBe(false);
    expect(overview.totals.declaredCents).toBe(
      overview.rows.filter((r: { declared: boolean }) => r.declared).reduce((s: number, r: { amountDueCents: number }) => s + r.amountDueCents, 0),
    );
  });

  it('marks a return overdue after the deadline', async () => {
    moveTo('2026-05-02T10:00:00Z');
    await signInAgain();
    const overview = (await municipality.client.get('/api/municipality/tax/returns?period=2026-Q1')).json();
    expect(overview.rows.find((r: { companyName: string }) => r.companyName === 'Pension Laat')?.status).toBe('overdue');
  });

  it('exports the period as XLSX whose totals match the overview', async () => {
    const overview = (await municipality.client.get('/api/municipality/tax/returns?period=2026-Q1')).json();
    const response = await municipality.client.get('/api/municipality/tax/returns.xlsx?period=2026-Q1');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
    const column = header.indexOf('te_betalen') + 1;
    const last = sheet?.rowCount ?? 0;
    expect(sheet?.getRow(last).getCell(1).value).toBe('totaal');
    expect(Math.round(Number(sheet?.getRow(last).getCell(column).value) * 100)).toBe(overview.totals.declaredCents + overview.totals.computedOpenCents);
  });

  it('exports the period as CSV with a decimal comma', async () => {
    const response = await municipality.client.get('/api/municipality/tax/returns.csv?period=2026-Q1');
    const [header, ...rows] = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header?.split(';')).toContain('te_betalen');
    const slingeland = rows.find((r) => r.includes('Hotel Slingeland'))?.split(';');
    expect(slingeland?.[header?.split(';').indexOf('te_betalen') ?? -1]).toBe('26,76');
  });

  it('refuses a period of another kind than its own', async () => {
    const response = await municipality.client.get('/api/municipality/tax/returns?period=2026-03');
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.period.code).toBe('PERIOD_INVALID');
  });
});
