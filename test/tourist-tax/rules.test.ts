// "Tarieven": a municipality's rule versions and settings — validated field by field, a version in
// effect never withdrawn, every change in the Logboek — and what stays keep for tax after
// retention has erased their guests.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-06-15T10:00:00Z')) });
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;

describe('tax rules', () => {
  it('starts with yearly returns due 31 days after the period (decision 0011), and no rules', async () => {
    expect((await municipality.client.get('/api/municipality/tax/settings')).json()).toEqual({ settings: { period: 'year', deadlineDays: 31 }, rules: [] });
  });

  it('refuses a rule without any amount, and wrong values, each at its field', async () => {
    const empty = await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2026-07-01' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields.perPersonNightCents.code).toBe('TAX_RULE_EMPTY');
    const wrong = await municipality.client.post('/api/municipality/tax/rules', {
      validFrom: '2026-02-30',
      perPersonNightCents: -1,
      percentageBasisPoints: 10_001,
      starRating: 6,
      accommodationType: 'kasteel',
      exemptUnderAge: 0,
    });
    expect(Object.fromEntries(Object.entries(wrong.json().fields).map(([k, v]) => [k, (v as { code: string }).code]))).toEqual({
      validFrom: 'DATE_INVALID',
      perPersonNightCents: 'AMOUNT_INVALID',
      percentageBasisPoints: 'PERCENTAGE_INVALID',
      starRating: 'STARS_INVALID',
      accommodationType: 'ACCOMMODATION_TYPE_INVALID',
      exemptUnderAge: 'AGE_INVALID',
    });
    expect((await municipality.client.get('/api/municipality/tax/settings')).json().rules).toEqual([]);
  });

  it('keeps versions by date, refuses two versions starting the same day, and withdraws only planned ones', async () => {
    const current = (await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2026-01-01', perPersonNightCents: 250 })).json().rule;
    const planned = (await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2027-01-01', perPersonNightCents: 275 })).json().rule;
    const twice = await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2027-01-01', perPersonNightCents: 300 });
    expect(twice.json().fields.validFrom.code).toBe('TAX_RULE_DUPLICATE');
    const inEffect = await municipality.client.delete(`/api/municipality/tax/rules/${current.id}`);
    expect([inEffect.statusCode, inEffect.json().code]).toEqual([409, 'TAX_RULE_IN_EFFECT']);
    expect((await municipality.client.delete(`/api/municipality/tax/rules/${planned.id}`)).statusCode).toBe(204);
    expect((await municipality.client.get('/api/municipality/tax/settings')).json().rules.map((r: { validFrom: string }) => r.validFrom)).toEqual([
      '2026-01-01',
    ]);
  });

  it('changes the return period and deadline, and refuses others', async () => {
    expect((await municipality.client.put('/api/municipality/tax/settings', { period: 'month', deadlineDays: 31 })).json()).toEqual({
      settings: { period: 'month', deadlineDays: 31 },
    });
    const wrong = await municipality.client.put('/api/municipality/tax/settings', { period: 'week', deadlineDays: 0 });
    expect(wrong.json().fields).toMatchObject({ period: { code: 'PERIOD_INVALID' }, deadlineDays: { code: 'DEADLINE_INVALID' } });
  });

  it('writes every change to the Logboek', async () => {
    const actions = (await municipality.client.get('/api/audit-events')).json().events.map((e: { action: string }) => e.action);
    for (const action of ['tax.rule_added', 'tax.rule_withdrawn', 'tax.settings_changed']) expect(actions).toContain(action);
  });

  it('is not for owners, staff or inspectors', async () => {
    const owner = await signedInOwner(t, { municipalityId: doetinchem });
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    for (const client of [owner.client, inspector.client]) {
      expect((await client.post('/api/municipality/tax/rules', { validFrom: '2026-07-01', perPersonNightCents: 1 })).statusCode).toBe(403);
    }
  });
});

describe('what a stay keeps for tax', () => {
  it('knows the ages and residence of its guests after retention erased them', async () => {
    const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Hotel Bewaartermijn' });
    const settings = (await municipality.client.get('/api/municipality/settings')).json();
    expect(
      (
        await municipality.client.put('/api/municipality/settings', {
          ...settings,
          retentionMonths: 12,
          contactEmail: '',
          contactPhone: '',
          contactText: '',
          themeColor: '',
        })
      ).statusCode,
    ).toBe(200);
    await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2026-05-01', perPersonNightCents: 100, exemptUnderAge: 13 });
    await owner.client.post(
      '/api/register/stays',
      aStay({ arrival: '2026-06-01', departure: '2026-06-03', persons: 2, coTravellers: [{ initials: 'K.', surname: 'Kind', dateOfBirth: '2019-01-01' }] }),
    );
    await owner.client.post(
      '/api/register/stays',
      aStay({ arrival: '2026-06-05', departure: '2026-06-06', guest: { surname: 'Inwoner', residence: 'Doetinchem', postcode: '7004 HD', houseNumber: 21 } }),
    );
    await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 });
    const before = (await owner.client.get('/api/tax/returns/2026-Q2')).json().totals;
    expect(before).toMatchObject({
      personNights: 5,
      exempt: { resident: 1, under_age: 2, international_worker: 0 },
      taxablePersonNights: 2,
      computedCents: 200,
    });

    t.clock.advance(400 * 86_400_000);
    await t.deps.daily.runDue();
    const client = t.client();
    await client.post('/api/sessions', { email: owner.input.email, password: owner.input.password });
    const erased = await t.deps.database.withConnection((c) => c.query('SELECT count(*)::int AS n FROM stays WHERE guest IS NULL AND erased_at IS NOT NULL'));
    expect(Number(erased.rows[0]?.n)).toBeGreaterThanOrEqual(2);
    expect((await client.get('/api/tax/returns/2026-Q2')).json().totals).toEqual(before);
  });
});
