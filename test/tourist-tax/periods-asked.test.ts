// A period that asks no return of an accommodation — it ended before the accommodation came to
// Nachtregister, and no stay of it was registered — cannot be opened or submitted through its
// address either (it was listed nowhere, yet a return for it could be submitted and then vanished
// from the overview). Once a stay of the period is registered (an imported history), it asks one.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-12-07T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'year', deadlineDays: 31 })).statusCode).toBe(200);
expect(
  (await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2025-01-01', perPersonNightCents: 175, exemptInternationalWorkers: false }))
    .statusCode,
).toBe(201);
const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'B&B De Zonnebloem' });
const submission = { correctionCents: 0, correctionReason: null, platformDeductionCents: 0, platformReference: null };

describe('a year before the accommodation came to Nachtregister', () => {
  it('is not listed, and its return can be neither opened nor submitted', async () => {
    expect((await owner.client.get('/api/tax/returns?year=2025')).json().periods).toEqual([]);
    const view = await owner.client.get('/api/tax/returns/2025');
    expect(view.statusCode).toBe(404);
    expect(view.json().code).toBe('NOT_FOUND');
    const submit = await owner.client.post('/api/tax/returns/2025', submission);
    expect(submit.statusCode).toBe(404);
    expect(submit.json().code).toBe('NOT_FOUND');
  });

  it('asks a return once a stay of that year is registered, and lists it once submitted', async () => {
    expect((await owner.client.post('/api/register/stays', aStay({ arrival: '2025-06-01', departure: '2025-06-03' }))).statusCode).toBe(201);
    expect((await owner.client.get('/api/tax/returns?year=2025')).json().periods.map((p: { period: string }) => p.period)).toEqual(['2025']);
    expect((await owner.client.get('/api/tax/returns/2025')).statusCode).toBe(200);
    const submitted = await owner.client.post('/api/tax/returns/2025', submission);
    expect(submitted.statusCode).toBe(201);
    const [period] = (await owner.client.get('/api/tax/returns?year=2025')).json().periods;
    expect(period).toMatchObject({ period: '2025', status: 'submitted', returnNumber: submitted.json().submission.number });
  });
});
