// The monthly copy of the register is the municipality's choice (decision 0015): off by default,
// because it is a second copy of every guest's data outside the register (AVG art. 5(1)(c), data
// minimisation; the Autoriteit Persoonsgegevens' guidance on the nachtregister asks for no more
// copies than the municipality needs). Turned on, it is mailed and downloadable as before.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { mailTo, signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-10-20T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;
const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: 'Hotel Keuze' });
expect(
  (await owner.client.post('/api/register/stays', aStay({ arrival: '2026-10-10', departure: '2026-10-12', guest: { surname: 'Kopieloos' } }))).statusCode,
).toBe(201);
let municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const contact = `kopie-${Date.now()}@doetinchem.example`;
const settings = (await municipality.client.get('/api/municipality/settings')).json();
const save = (monthlyCopy: boolean | undefined) =>
  municipality.client.put('/api/municipality/settings', { ...settings, monthlyCopy, contactEmail: contact, contactPhone: '', contactText: '', themeColor: '' });

describe('the monthly copy as a setting', () => {
  it('is off by default: no mail on the first of the month and no download', async () => {
    expect(settings.monthlyCopy).toBe(false);
    expect((await save(undefined)).json().monthlyCopy).toBe(false);
    t.clock.advance(11 * 86_400_000 + 21 * 3_600_000); // 1 November 2026, 07:00 UTC
    municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222'); // sessions end after hours
    expect((await t.deps.daily.runDue())['monthly-copy']).toEqual({ announced: 0 });
    expect(await mailTo(t, contact)).toEqual([]);
    const refused = await municipality.client.get('/api/municipality/register-copy.csv?month=2026-10');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('MONTHLY_COPY_OFF');
    expect(refused.body).not.toContain('Kopieloos');
    expect((await municipality.client.get('/api/municipality/register-copy')).json()).toEqual({ enabled: false });
  });

  it('is made once the municipality chooses it, and the choice is in the Logboek', async () => {
    const saved = await save(true);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().monthlyCopy).toBe(true);
    expect((await municipality.client.get('/api/municipality/register-copy')).json()).toEqual({ enabled: true });
    const copy = await municipality.client.get('/api/municipality/register-copy.csv?month=2026-10');
    expect(copy.statusCode).toBe(200);
    expect(copy.body).toContain('Kopieloos');
    const events = (await municipality.client.get('/api/audit-events?action=municipality.settings_changed')).json().events as {
      details: { monthlyCopy?: boolean };
    }[];
    expect(events.map((e) => e.details.monthlyCopy)).toContain(true);
  });

  it('is announced on the next first of the month once chosen', async () => {
    t.clock.advance(30 * 86_400_000); // 1 December 2026
    expect((await t.deps.daily.runDue())['monthly-copy']).toEqual({ announced: 1 });
    expect((await mailTo(t, contact)).map((m) => m.subject)).toEqual(['Kopie van het nachtregister over november 2026']);
  });
});
