// Reminders before a return's deadline and the notice once it is overdue (each once, only to
// owners who have not submitted), and the municipality's monthly statistics of overnight stays.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { mailTo, signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const DAY = 86_400_000;
const t = await startTestApp({ clock: manualClock(new Date('2026-03-20T06:00:00Z')) });
const zevenaar = t.municipalities.find((m) => m.code === 'GM0299')?.id;
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0299');
await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2025-01-01', perPersonNightCents: 200 });
// Quarterly returns, due 31 days after the quarter (new municipalities start with yearly ones).
await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 });
const late = await signedInOwner(t, { municipalityId: zevenaar, companyName: 'Camping De Late Vogel', accommodationType: 'campsite', beds: 100 });
const punctual = await signedInOwner(t, { municipalityId: zevenaar, companyName: 'Hotel Op Tijd', accommodationType: 'hotel', beds: 20 });
t.clock.advance(31 * DAY); // 20 April
// Registered after the first quarter ended: no return of it is asked.
const newcomer = await signedInOwner(t, { municipalityId: zevenaar, companyName: 'Pension Nieuwkomer', accommodationType: 'bed_and_breakfast', beds: 4 });
const signIn = async (owner: { input: { email: string; password: string } }) => {
  const client = t.client();
  expect((await client.post('/api/sessions', { email: owner.input.email, password: owner.input.password })).statusCode).toBe(200);
  return client;
};
expect((await (await signIn(punctual)).post('/api/tax/returns/2026-Q1', {})).statusCode).toBe(201);

const taxMails = async (email: string) =>
  (await mailTo(t, email)).filter((m) => m.subject.includes('toeristenbelasting') && !m.subject.startsWith('Bevestiging'));

describe('reminders', () => {
  it('sends nothing while the deadline is more than a week away', async () => {
    expect((await t.deps.daily.runDue())['tax-reminders']).toEqual({ reminders: 0, overdue: 0 });
  });

  it('reminds an owner who has not submitted a week before the deadline, once', async () => {
    t.clock.advance(4 * DAY); // 24 April; the deadline is 1 May
    expect((await t.deps.daily.runDue())['tax-reminders']).toEqual({ reminders: 1, overdue: 0 });
    const [reminder] = await taxMails(late.input.email);
    expect(reminder?.subject).toBe('Herinnering: aangifte toeristenbelasting 1e kwartaal 2026 vóór 1 mei 2026');
    expect(reminder?.text).toContain('/app/aangifte/2026-Q1');
    expect(await taxMails(punctual.input.email)).toEqual([]);
    expect(await taxMails(newcomer.input.email)).toEqual([]);
    t.clock.advance(DAY);
    expect((await t.deps.daily.runDue())['tax-reminders']).toEqual({ reminders: 0, overdue: 0 });
    expect(await taxMails(late.input.email)).toHaveLength(1);
  });

  it('tells the owner once the return is overdue, and marks it so', async () => {
    t.clock.advance(7 * DAY); // 2 May, the day after the deadline
    expect((await t.deps.daily.runDue())['tax-reminders']).toEqual({ reminders: 0, overdue: 1 });
    const subjects = (await taxMails(late.input.email)).map((m) => m.subject);
    expect(subjects).toContain('Aangifte toeristenbelasting 1e kwartaal 2026 is te laat');
    const q1 = (await (await signIn(late)).get('/api/tax/returns?year=2026')).json().periods.find((p: { period: string }) => p.period === '2026-Q1');
    expect(q1.status).toBe('overdue');
    expect(await taxMails(newcomer.input.email)).toEqual([]);
  });

  it('asks a newcomer no return of a period before it came, unless it registered stays of that period', async () => {
    const client = await signIn(newcomer);
    const periods = async () => (await client.get('/api/tax/returns?year=2026')).json().periods.map((p: { period: string }) => p.period);
    expect(await periods()).toEqual(['2026-Q2']);
    expect((await client.post('/api/register/stays', aStay({ arrival: '2026-03-01', departure: '2026-03-03' }))).statusCode).toBe(201);
    expect(await periods()).toEqual(['2026-Q2', '2026-Q1']);
  });
});

describe('statistics', () => {
  it('counts person-nights per month and type, the year before, and bed-nights', async () => {
    const client = await signIn(late);
    await client.post('/api/register/stays', aStay({ arrival: '2026-01-30', departure: '2026-02-02', persons: 2 }));
    await client.post('/api/register/stays', aStay({ arrival: '2025-02-10', departure: '2025-02-11', persons: 4 }));
    const cancelled = (await client.post('/api/register/stays', aStay({ arrival: '2026-02-10', departure: '2026-02-12', persons: 9 }))).json().stay;
    await client.post(`/api/register/stays/${cancelled.id}/cancel`, { reason: 'Niet gekomen' });
    const hotel = await signIn(punctual);
    await hotel.post('/api/register/stays', aStay({ arrival: '2026-02-01', departure: '2026-02-04', persons: 1 }));

    const admin = await signedInOperatorAccount(t, 'municipality', 'GM0299');
    const stats = (await admin.client.get('/api/municipality/tax/statistics?year=2026')).json();
    expect(stats.types).toEqual(['hotel', 'bed_and_breakfast', 'campsite']);
    const [january, february, march] = stats.months;
    // All tourists: the person-nights by purpose (decision 0014) are the month's.
    expect(january).toEqual({
      month: '2026-01',
      personNights: 4,
      byType: { hotel: 0, bed_and_breakfast: 0, campsite: 4 },
      byPurpose: { tourist: 4, international_worker: 0, care_stay: 0, coa: 0, youth_group: 0, forensen: 0 },
      previousYearPersonNights: 0,
      bedNights: (100 + 20 + 4) * 31,
    });
    expect(february).toEqual({
      month: '2026-02',
      personNights: 2 + 3,
      byType: { hotel: 3, bed_and_breakfast: 0, campsite: 2 },
      byPurpose: { tourist: 2 + 3, international_worker: 0, care_stay: 0, coa: 0, youth_group: 0, forensen: 0 },
      previousYearPersonNights: 4,
      bedNights: (100 + 20 + 4) * 28,
    });
    // The newcomer's imported stay of 1–3 March.
    expect(march).toMatchObject({ personNights: 2, byType: { bed_and_breakfast: 2 } });
    expect(stats.months).toHaveLength(12);
  });
});
