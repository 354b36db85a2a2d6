// The monthly copy of the register: on the first of the month the municipality's contact address
// hears (once) that last month's copy is ready; its users and inspectors download every stay of
// its accommodations with a night in that month, and nothing of other municipalities; each
// download is recorded.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { mailTo, signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-10-20T10:00:00Z')) });
const byCode = (code: string) => t.municipalities.find((m) => m.code === code)?.id;
const ownerA = await signedInOwner(t, { municipalityId: byCode('GM0222'), companyName: 'Hotel Slingeland' });
const ownerB = await signedInOwner(t, { municipalityId: byCode('GM0299'), companyName: 'Hotel Elders' });

const register = async (owner: typeof ownerA, surname: string, arrival: string, departure: string) =>
  (await owner.client.post('/api/register/stays', aStay({ arrival, departure, guest: { surname } }))).json().stay;
await register(ownerA, 'Oktobergast', '2026-10-10', '2026-10-12');
await register(ownerA, 'Grensganger', '2026-10-31', '2026-11-02');
await register(ownerA, 'Novembergast', '2026-11-01', '2026-11-03');
const cancelled = await register(ownerA, 'Afzegger', '2026-10-05', '2026-10-06');
await ownerA.client.post(`/api/register/stays/${cancelled.id}/cancel`, { reason: 'Niet gekomen' });
await register(ownerB, 'Elderswonend', '2026-10-10', '2026-10-12');

t.clock.advance(11 * 86_400_000 + 21 * 3_600_000); // 1 November 2026, 08:00 in Amsterdam (07:00 UTC)
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const contact = `registers-${Date.now()}@doetinchem.example`;
const settings = (await municipality.client.get('/api/municipality/settings')).json();
expect(
  (
    await municipality.client.put('/api/municipality/settings', {
      ...settings,
      monthlyCopy: true,
      contactEmail: contact,
      contactPhone: '',
      contactText: '',
      themeColor: '',
    })
  ).statusCode,
).toBe(200);

describe('the monthly copy of the register', () => {
  it("tells the municipality's contact address on the first of the month, once", async () => {
    expect((await t.deps.daily.runDue())['monthly-copy']).toEqual({ announced: 1 });
    const [mail] = await mailTo(t, contact);
    expect(mail?.subject).toBe('Kopie van het nachtregister over oktober 2026');
    expect(mail?.text).toContain('/app/inzage/maandkopie?maand=2026-10');
    expect(mail?.text).not.toContain('Oktobergast');
    expect((await t.deps.daily.runDue())['monthly-copy']).toBeUndefined();
  });

  it("gives the municipality every stay of its accommodations with a night in the month, and no one else's", async () => {
    const response = await municipality.client.get('/api/municipality/register-copy.csv?month=2026-10');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('nachtregister-maandkopie-2026-10.csv');
    const [header, ...rows] = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(header?.split(';').slice(0, 3)).toEqual(['accommodatie', 'adres', 'nummer']);
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toMatch(/Hotel Slingeland.*Oktobergast/);
    expect(rows.join('\n')).toMatch(/Hotel Slingeland.*Grensganger/);
    for (const absent of ['Novembergast', 'Afzegger', 'Elderswonend', 'Hotel Elders']) expect(response.body).not.toContain(absent);
  });

  it('is there for inspectors too, and for nobody outside the municipality', async () => {
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    expect((await inspector.client.get('/api/municipality/register-copy.csv?month=2026-10')).body).toContain('Oktobergast');
    const elsewhere = await signedInOperatorAccount(t, 'inspector', 'GM0299');
    // GM0299 did not choose the monthly copy (decision 0015), so it gets none, and never another's.
    const theirs = await elsewhere.client.get('/api/municipality/register-copy.csv?month=2026-10');
    expect(theirs.json().code).toBe('MONTHLY_COPY_OFF');
    expect(theirs.body).not.toContain('Oktobergast');
    expect((await ownerA.client.get('/api/municipality/register-copy.csv?month=2026-10')).statusCode).toBe(401);
  });

  it('refuses a month that is not one', async () => {
    const response = await municipality.client.get('/api/municipality/register-copy.csv?month=2026-13');
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.month.code).toBe('DATE_INVALID');
  });

  it('records every download in the Logboek', async () => {
    const events = (await municipality.client.get('/api/audit-events?action=register.inspected')).json().events as {
      details: { kind: string; month: string };
    }[];
    expect(events.filter((e) => e.details.kind === 'monthly_copy').map((e) => e.details.month)).toEqual(['2026-10', '2026-10']);
  });

  it('does not announce the same month again on the next days', async () => {
    t.clock.advance(86_400_000);
    expect((await t.deps.daily.runDue())['monthly-copy']).toEqual({ announced: 0 });
    expect(await mailTo(t, contact)).toHaveLength(1);
  });
});
