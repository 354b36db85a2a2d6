// Reports of an accommodation's start, takeover, move or closure ("Meldingen aan de gemeente"):
// the owner reports, owner and staff read them back, the municipality sees those of its own
// accommodations only and receives a mail at its contact address; every report is audited.
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { mailTo, randomEmail, signedInOperatorAccount, signedInOwner, staffUserOf } from '../support/factories.ts';

const t = await startTestApp();
const byCode = (code: string) => t.municipalities.find((m) => m.code === code)?.id;

const contactEmail = randomEmail();
const officer = await signedInOperatorAccount(t, 'municipality', 'GM0222');
const settings = (await officer.client.get('/api/municipality/settings')).json();
await officer.client.put('/api/municipality/settings', { ...settings, contactEmail, contactPhone: '', contactText: '', themeColor: '' });
const owner = await signedInOwner(t, { municipalityId: byCode('GM0222'), companyName: 'Hotel De Gouden Leeuw' });
const elsewhere = await signedInOwner(t, { municipalityId: byCode('GM0363'), companyName: 'Grachtenhotel Zeemeeuw' });

describe('reporting a change of the accommodation', () => {
  it('stores the report, audits it and mails the municipality', async () => {
    const response = await owner.client.post('/api/accommodation/reports', {
      kind: 'closure',
      effectiveDate: '2026-12-31',
      details: 'Wij stoppen met de verhuur.',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().report).toMatchObject({
      kind: 'closure',
      effectiveDate: '2026-12-31',
      details: 'Wij stoppen met de verhuur.',
      reportedBy: owner.input.email,
      accommodation: { companyName: 'Hotel De Gouden Leeuw' },
    });
    const [mail] = await mailTo(t, contactEmail);
    expect(mail?.subject).toBe('Melding van Hotel De Gouden Leeuw: de beëindiging per 31 december 2026');
    expect(mail?.text).toContain('Wij stoppen met de verhuur.');
    expect(mail?.text).toContain('/app/meldingen');
    const events = (await owner.client.get('/api/audit-events?action=accommodation.reported')).json().events;
    expect(events[0].details).toMatchObject({ kind: 'closure', effectiveDate: '2026-12-31' });
  });

  it('lists the reports for owner and staff, newest first, and lets only the owner report', async () => {
    t.clock.advance(60_000);
    await owner.client.post('/api/accommodation/reports', { kind: 'move', effectiveDate: '2027-01-15', details: 'Nieuw adres: Markt 2' });
    const staff = t.client();
    await staff.post('/api/sessions', await staffUserOf(t, owner.input.email));
    const listed = (await staff.get('/api/accommodation/reports')).json().reports;
    expect(listed.map((r: { kind: string }) => r.kind)).toEqual(['move', 'closure']);
    expect((await staff.post('/api/accommodation/reports', { kind: 'start', effectiveDate: '2027-01-01' })).statusCode).toBe(403);
    expect((await officer.client.post('/api/accommodation/reports', { kind: 'start', effectiveDate: '2027-01-01' })).statusCode).toBe(403);
  });

  it('refuses an unknown kind or date with the field codes', async () => {
    const response = await owner.client.post('/api/accommodation/reports', { kind: 'sale', effectiveDate: '31-12-2026' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toMatchObject({ kind: { code: 'REPORT_KIND_INVALID' }, effectiveDate: { code: 'DATE_INVALID' } });
  });

  it('sends no mail when the municipality has no contact address', async () => {
    const response = await elsewhere.client.post('/api/accommodation/reports', { kind: 'takeover', effectiveDate: '2027-02-01' });
    expect(response.statusCode).toBe(201);
    expect(response.json().report.details).toBe('');
    await t.deps.jobs.drain();
    const outbox = (await t.client().get('/api/dev/outbox')).json().messages as { subject: string }[];
    expect(outbox.some((m) => m.subject.includes('Grachtenhotel Zeemeeuw'))).toBe(false);
  });
});

describe("the municipality's list of reports", () => {
  it("shows the reports of its own accommodations with the accommodation's name, and none of another municipality", async () => {
    const response = await officer.client.get('/api/municipality/reports');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(body.reports.map((r: { kind: string; accommodation: { companyName: string } }) => [r.kind, r.accommodation.companyName])).toEqual([
      ['move', 'Hotel De Gouden Leeuw'],
      ['closure', 'Hotel De Gouden Leeuw'],
    ]);
    expect(response.body).not.toContain('Grachtenhotel');
  });

  it('is for municipality users only', async () => {
    expect((await owner.client.get('/api/municipality/reports')).statusCode).toBe(403);
    const inspector = await signedInOperatorAccount(t, 'inspector', 'GM0222');
    expect((await inspector.client.get('/api/municipality/reports')).statusCode).toBe(403);
  });
});
