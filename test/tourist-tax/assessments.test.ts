// Aangifte, then aanslag, through HTTP: the deadline setting of at least a month with "Te laat"
// from the day after; yearly returns for a new municipality; aanslagen recorded one by one and
// imported (JSON and CSV, all or none); the owner sees them beside the return with the last day
// for bezwaar; after a definitive aanslag a lower amount is a request for ambtshalve
// vermindering with its reason, not a negative correctie-aangifte; and every tenant sees only
// its own.
//
// Worked examples follow the by-laws' "Wijze van heffing: de belasting wordt geheven bij wege van
// aanslag" with a voorlopige aanslag during the year (AWR art. 13) and the definitive one after
// the return, as in Nieuwkoop's Verordening op de heffing en invordering van verblijfsbelasting
// 2025 (CVDR731685) and Zandvoort's Verordening toeristenbelasting 2015 (CVDR347336), both
// yearly returns.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/server/db/schema.ts';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-03-20T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const zevenaar = t.municipalities.find((m) => m.code === 'GM0299')?.id;
let municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Pension De Graafschap' });
const neighbour = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Hotel Buur' });
const elsewhere = await signedInOwner(t, { municipalityId: zevenaar, companyName: 'Hotel Elders' });
let otherMunicipality = await signedInOperatorAccount(t, 'municipality', 'GM0299');
const accommodationOf = async (client: typeof owner.client) => (await client.get('/api/accommodation')).json().accommodation.id as string;
const ownId = await accommodationOf(owner.client);
const neighbourId = await accommodationOf(neighbour.client);
const elsewhereId = await accommodationOf(elsewhere.client);

const moveTo = (at: string) => t.clock.advance(new Date(at).getTime() - t.clock.now().getTime());
async function signInAgain() {
  municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
  otherMunicipality = await signedInOperatorAccount(t, 'municipality', 'GM0299');
  for (const who of [owner, neighbour]) {
    const client = t.client();
    expect((await client.post('/api/sessions', { email: who.input.email, password: who.input.password })).statusCode).toBe(200);
    who.client = client;
  }
}

const assessment = (overrides: Record<string, unknown>) => ({
  accommodationId: ownId,
  period: '2026',
  kind: 'voorlopig',
  number: 'A-1',
  amountCents: 10_000,
  datedOn: '2026-03-24',
  ...overrides,
});

describe('the return period and its deadline', () => {
  it('is a year for a municipality that chose nothing, due 31 days after the year', async () => {
    expect((await municipality.client.get('/api/municipality/tax/settings')).json().settings).toEqual({ period: 'year', deadlineDays: 31 });
  });

  it('cannot be set below one calendar month after the period (AWR art. 10)', async () => {
    // 30 days after 31 December ends on 30 January: a day short of the month to 31 January.
    const short = await municipality.client.put('/api/municipality/tax/settings', { period: 'year', deadlineDays: 30 });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.deadlineDays.code).toBe('DEADLINE_INVALID');
    expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'year', deadlineDays: 31 })).statusCode).toBe(200);
    expect((await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2026-01-01', perPersonNightCents: 250 })).statusCode).toBe(201);
    expect((await owner.client.post('/api/register/stays', aStay({ arrival: '2026-01-10', departure: '2026-01-14', persons: 2 }))).statusCode).toBe(201);
  });
});

describe('aanslagen recorded by the municipality', () => {
  it('records a voorlopige aanslag during the year; the owner sees it with the last day for bezwaar', async () => {
    const recorded = await municipality.client.post('/api/municipality/tax/assessments', assessment({}));
    expect(recorded.statusCode).toBe(201);
    // Dagtekening Tuesday 24 March 2026 + 6 weeks = Tuesday 5 May, Bevrijdingsdag (Atw art. 3): Wednesday 6 May.
    expect(recorded.json().assessment).toMatchObject({
      number: 'A-1',
      kind: 'voorlopig',
      amountCents: 10_000,
      objectionDeadline: '2026-05-06',
      source: 'portal',
    });
    const own = (await owner.client.get('/api/tax/returns/2026/assessments')).json();
    expect(own.definitive).toBe(false);
    expect(own.assessments.map((a: { number: string; objectionDeadline: string }) => [a.number, a.objectionDeadline])).toEqual([['A-1', '2026-05-06']]);
  });

  it('refuses a number the municipality already has, and another municipality’s accommodation (404)', async () => {
    const again = await municipality.client.post('/api/municipality/tax/assessments', assessment({ accommodationId: neighbourId }));
    expect(again.statusCode).toBe(400);
    expect(again.json().fields.number.code).toBe('ASSESSMENT_NUMBER_TAKEN');
    const foreign = await municipality.client.post('/api/municipality/tax/assessments', assessment({ accommodationId: elsewhereId, number: 'A-9' }));
    expect(foreign.statusCode).toBe(404);
    const wrong = await municipality.client.post(
      '/api/municipality/tax/assessments',
      assessment({ number: 'A-8', kind: 'navordering', amountCents: -5, datedOn: '2026-02-30' }),
    );
    expect(wrong.json().fields).toMatchObject({
      kind: { code: 'ASSESSMENT_KIND_INVALID' },
      amountCents: { code: 'AMOUNT_INVALID' },
      datedOn: { code: 'DATE_INVALID' },
    });
  });

  it('imports a batch from the tax system all or none, naming the wrong line and column of a CSV', async () => {
    const bad = [
      'aanslagnummer;accommodatie_id;periode;soort;bedrag;dagtekening',
      `B-1;${neighbourId};2026;voorlopig;80,00;2026-03-24`,
      `B-2;${elsewhereId};2026;voorlopig;twaalf;2026-03-24`,
    ].join('\r\n');
    const refused = await municipality.client.post('/api/municipality/tax/assessments/import-csv', { csv: bad });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().fields)).toEqual(['lines.3.bedrag']);
    const foreign = bad.replace('twaalf', '1.250,50');
    const second = await municipality.client.post('/api/municipality/tax/assessments/import-csv', { csv: foreign });
    expect(second.json().fields).toEqual({ 'lines.3.accommodatie_id': expect.objectContaining({ code: 'ACCOMMODATION_INVALID' }) });
    // A decimal comma in a comma-separated file gives line 2 a cell too many: named by its line.
    const commas = ['aanslagnummer,accommodatie_id,periode,soort,bedrag,dagtekening', `B-1,${neighbourId},2026,voorlopig,80,50,2026-03-24`].join('\r\n');
    const split = await municipality.client.post('/api/municipality/tax/assessments/import-csv', { csv: commas });
    expect(split.json().fields).toEqual({ 'lines.2': expect.objectContaining({ code: 'CSV_INVALID' }) });
    const good = await municipality.client.post('/api/municipality/tax/assessments/import-csv', { csv: bad.split('\r\n').slice(0, 2).join('\r\n') });
    expect(good.statusCode).toBe(201);
    expect(good.json().assessments).toMatchObject([{ number: 'B-1', amountCents: 8_000, source: 'import' }]);
    const json = await municipality.client.post('/api/municipality/tax/assessments/import', {
      assessments: [assessment({ number: 'C-1' }), assessment({ number: 'B-1' })],
    });
    expect(json.json().fields).toEqual({ 'assessments.1.number': expect.objectContaining({ code: 'ASSESSMENT_NUMBER_TAKEN' }) });
    const list = (await municipality.client.get('/api/municipality/tax/assessments?period=2026')).json();
    expect(list.assessments.map((a: { number: string }) => a.number)).toEqual(['A-1', 'B-1']);
  });

  it('shows each tenant only its own: the neighbour, another municipality, an owner on the municipality’s routes', async () => {
    expect((await neighbour.client.get('/api/tax/returns/2026/assessments')).json().assessments.map((a: { number: string }) => a.number)).toEqual(['B-1']);
    expect((await otherMunicipality.client.get('/api/municipality/tax/assessments?period=2026')).json().assessments).toEqual([]);
    expect((await owner.client.get('/api/municipality/tax/assessments?period=2026')).statusCode).toBe(403);
    expect((await owner.client.post('/api/municipality/tax/assessments', assessment({ number: 'X-1' }))).statusCode).toBe(403);
  });
});

describe('after the return, the definitive aanslag', () => {
  it('makes the year overdue only from the day after the deadline ("Te laat")', async () => {
    moveTo('2027-01-31T12:00:00Z');
    await signInAgain();
    expect((await owner.client.get('/api/tax/returns/2026')).json()).toMatchObject({ deadline: '2027-01-31', status: 'due' });
    moveTo('2027-02-01T12:00:00Z');
    await signInAgain();
    expect((await owner.client.get('/api/tax/returns/2026')).json().status).toBe('overdue');
  });

  it('refuses a request for vermindering while no definitive aanslag is in', async () => {
    expect((await owner.client.post('/api/tax/returns/2026', {})).statusCode).toBe(201);
    const early = await owner.client.post('/api/tax/returns/2026/reduction-requests', { reductionCents: 500, reason: 'Te veel' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('TAX_NO_DEFINITIVE_ASSESSMENT');
  });

  it('turns a lower correction into a request for ambtshalve vermindering with its reason; a higher one stays a correctie-aangifte', async () => {
    // 2 persons × 4 nights × € 2,50 = € 20,00 declared; the definitive aanslag follows the return.
    const definitive = await municipality.client.post(
      '/api/municipality/tax/assessments',
      assessment({ number: 'D-1', kind: 'definitief', amountCents: 2_000, datedOn: '2027-02-15' }),
    );
    // Monday 15 February 2027 + 6 weeks = Monday 29 March 2027, Easter Monday: Tuesday 30 March.
    expect(definitive.json().assessment.objectionDeadline).toBe('2027-03-30');
    const lower = await owner.client.post('/api/tax/returns/2026', { correctionCents: -500, correctionReason: 'Een gast was inwoner' });
    expect(lower.statusCode).toBe(409);
    expect(lower.json().code).toBe('TAX_ASSESSMENT_DEFINITIVE');
    const noReason = await owner.client.post('/api/tax/returns/2026/reduction-requests', { reductionCents: 500, reason: '  ' });
    expect(noReason.json().fields.reason.code).toBe('REQUIRED');
    const tooMuch = await owner.client.post('/api/tax/returns/2026/reduction-requests', { reductionCents: 2_001, reason: 'Alles' });
    expect(tooMuch.json().fields.reductionCents.code).toBe('REDUCTION_TOO_HIGH');
    const request = await owner.client.post('/api/tax/returns/2026/reduction-requests', { reductionCents: 500, reason: 'Een gast was inwoner van Doetinchem' });
    expect(request.statusCode).toBe(201);
    expect(request.json().request).toMatchObject({ assessmentNumber: 'D-1', reductionCents: 500 });
    const higher = await owner.client.post('/api/tax/returns/2026', { correctionCents: 300, correctionReason: 'Late registratie' });
    expect(higher.statusCode).toBe(201);
    expect(higher.json().submission).toMatchObject({ kind: 'correction', amountDueCents: 300 });
  });

  it('lets the municipality see the request in its overview, and no one else', async () => {
    const list = (await municipality.client.get('/api/municipality/tax/assessments?period=2026')).json();
    const d1 = list.assessments.find((a: { number: string }) => a.number === 'D-1');
    expect(d1.reductionRequests).toMatchObject([{ reductionCents: 500, reason: 'Een gast was inwoner van Doetinchem' }]);
    expect(
      (await neighbour.client.get('/api/tax/returns/2026/assessments'))
        .json()
        .assessments.flatMap((a: { reductionRequests: unknown[] }) => a.reductionRequests),
    ).toEqual([]);
    const outsider = await neighbour.client.post('/api/tax/returns/2026/reduction-requests', { reductionCents: 100, reason: 'Niet van mij' });
    expect(outsider.json().code).toBe('TAX_NO_DEFINITIVE_ASSESSMENT');
    const audited = await t.deps.db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.accommodationId, ownId));
    expect(audited.filter((e) => e.action.startsWith('tax.')).map((e) => e.action)).toEqual(
      expect.arrayContaining(['tax.assessment_recorded', 'tax.reduction_requested', 'tax.return_submitted']),
    );
  });
});
