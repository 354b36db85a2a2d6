// Reminders before a return's deadline and the notice once it is overdue (each once, only to
// owners who have not submitted), and the municipality's monthly statistics of overnight stays.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { mailTo, signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const DAY = 86_400_000;
const t = await startTestApp({ clock: manualClock(new Date('2026-04-20T06:00:00Z')) });
const zevenaar = t.municipalities.find((m) => m.code === 'GM0299')?.id;
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0299');
await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2025-01-01', perPersonNightCents: 200 });
const late = await signedInOwner(t, { municipalityId: zevenaar, companyName: 'Camping De Late Vogel', accommodationType: 'campsite', beds: 100 });
const punctual = await signedInOwner(t, { municipalityId: zevenaar, companyName: 'Hotel Op Tijd', accommodationType: 'hotel', beds: 20 });
expect((await punctual.client.post('/api/tax/returns/2026-Q1', {})).statusCode).toBe(201);

const taxMails = async (email: string) => (await mailTo(t, email)).filter((m) => m.subject.includes('toeristenbelasting') && !m.subject.startsWith('Bevestiging'));

describe('reminders', () => {
  it('sends nothing while the deadline is more than a week away', async () => {
    expect((await t.deps.daily.runDue())['tax-reminders']).toEqual({ reminders: 0, overdue: 0 });
  });

  it('reminds an owner who has not submitted a week before the deadline, once', async () => {
    t.clock.advance(4 * DAY); // 24 April; the deadline is 30 April
    expect((await t.deps.daily.runDue())['tax-reminders']).toEqual({ reminders: 1, overdue: 0 });
    const [reminder] = await taxMails(late.input.email);
    expect(reminder?.subject).toBe('Herinnering: aangifte toeristenbelasting 1e kwartaal 2026 vóór 30 april 2026');
    expect(reminder?.text).toContain('/app/aangifte/2026-Q1');
    expect(await taxMails(punctual.input.email)).toEqual([]);
    t.clock.advance(DAY);
    expect((await t.deps.daily.runDue())['tax-reminders']).toEqual({ reminders: 0, overdue: 0 });
    expect(await taxMails(late.input.email)).toHaveLength(1);
  });

  it('tells the owner once the return is overdue, and marks it so', async () => {
    t.clock.advance(6 * DAY); // 1 May
    expect((await t.deps.daily.runDue())['tax-reminders']).toEqual({ reminders: 0, overdue: 1 });
    const subjects = (await taxMails(late.input.email)).map((m) => m.subject);
    expect(subjects).toContain('Aangifte toeristenbelasting 1e kwartaal 2026 is te laat');
    const client = t.client();
    await client.post('/api/sessions', { email: late.input.email, password: late.input.password });
    const q1 = (await client.get('/api/tax/returns?year=2026')).json().periods.find((p: { period: string }) => p.period === '2026-Q1');
    expect(q1.status).toBe('overdue');
  });
});

describe('statistics', () => {
  it('counts person-nights per month and type, the year before, and bed-nights', async () => {
    const client = t.client();
    await client.post('/api/sessions', { email: late.input.email, password: late.input.password });
    await client.post('/api/register/stays', aStay({ arrival: '2026-01-30', departure: '2026-02-02', persons: 2 }));
    await client.post('/api/register/stays', aStay({ arrival: '2025-02-10', departure: '2025-02-11', persons: 4 }));
    const cancelled = (await client.post('/api/register/stays', aStay({ arrival: '2026-02-10', departure: '2026-02-12', persons: 9 }))).json().stay;
    await client.post(`/api/register/stays/${cancelled.id}/cancel`, { reason: 'Niet gekomen' });
    const hotel = t.client();
    await hotel.post('/api/sessions', { email: punctual.input.email, password: punctual.input.password });
    await hotel.post('/api/register/stays', aStay({ arrival: '2026-02-01', departure: '2026-02-04', persons: 1 }));

    const admin = await signedInOperatorAccount(t, 'municipality', 'GM0299');
    const stats = (await admin.client.get('/api/municipality/tax/statistics?year=2026')).json();
    expect(stats.types).toEqual(['hotel', 'campsite']);
    const [january, february, march] = stats.months;
    expect(january).toEqual({ month: '2026-01', personNights: 4, byType: { hotel: 0, campsite: 4 }, previousYearPersonNights: 0, bedNights: 120 * 31 });
    expect(february).toEqual({ month: '2026-02', personNights: 2 + 3, byType: { hotel: 3, campsite: 2 }, previousYearPersonNights: 4, bedNights: 120 * 28 });
    expect(march.personNights).toBe(0);
    expect(stats.months).toHaveLength(12);
  });
});
