// "CSV exporteren": the stays with a night in a date range, in the import's format (so an export
// imports again, as duplicates in the same register and as the same stays in another one), with
// text that a spreadsheet would run as a formula made harmless, and read page by page.
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner, staffUserOf } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp();
const owner = await signedInOwner(t);

const exportOf = (from: string, to: string, client = owner.client) => client.get(`/api/register/export.csv?from=${from}&to=${to}`);

function rowsOf(body: string): Record<string, string>[] {
  return parse(body, { bom: true, delimiter: ';', columns: true });
}

async function register(stay: Parameters<typeof aStay>[0]) {
  const response = await owner.client.post('/api/register/stays', aStay({ bookingReference: `EXP-${randomBytes(4).toString('hex')}`, ...stay }));
  expect(response.statusCode).toBe(201);
  return response.json().stay as { id: string; bookingReference: string };
}

describe('the export', () => {
  it('holds the stays with a night in the range, cancelled ones aside, as a CSV download', async () => {
    await register({ arrival: '2025-06-28', departure: '2025-07-01', guest: { surname: 'Vertrokken' } });
    await register({ arrival: '2025-06-30', departure: '2025-07-02', guest: { surname: 'Overnachter' } });
    await register({ arrival: '2025-07-01', departure: '2025-07-03', guest: { surname: 'Aankomer' } });
    await register({ arrival: '2025-07-04', departure: '2025-07-06', guest: { surname: 'Later' } });
    const cancelled = await register({ arrival: '2025-07-01', departure: '2025-07-02', guest: { surname: 'Geannuleerd' } });
    await owner.client.post(`/api/register/stays/${cancelled.id}/cancel`, { reason: 'Niet gekomen' });

    const response = await exportOf('2025-07-01', '2025-07-03');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="nachtregister-2025-07-01-2025-07-03.csv"');
    expect(response.body.startsWith('\uFEFFaankomst;vertrek;kamer;')).toBe(true);
    expect(
      rowsOf(response.body)
        .map((r) => r.achternaam)
        .sort(),
    ).toEqual(['Aankomer', 'Overnachter']);

    const log = (await owner.client.get('/api/audit-events?action=register.exported')).json().events;
    expect(log[0].details).toEqual({ from: '2025-07-01', to: '2025-07-03' });
  });

  it('refuses a range that ends before it starts', async () => {
    const response = await exportOf('2025-07-03', '2025-07-01');
    expect([response.statusCode, response.json().fields.to.code]).toEqual([400, 'DATE_INVALID']);
  });

  it('makes text that a spreadsheet would run as a formula harmless', async () => {
    await register({
      arrival: '2025-08-01',
      departure: '2025-08-02',
      employerName: '@SUM(A1:A9)',
      purpose: 'international_worker',
      guest: { surname: '=HYPERLINK("http://evil.example";"klik")', residence: '+31 Den Haag; Centrum' },
      coTravellers: [{ initials: 'A.', surname: '-Min' }],
      persons: 2,
    });
    const body = (await exportOf('2025-08-01', '2025-08-01')).body;
    const [row] = rowsOf(body);
    expect(row).toMatchObject({
      achternaam: `'=HYPERLINK("http://evil.example";"klik")`,
      woonplaats: "'+31 Den Haag; Centrum",
      werkgever: "'@SUM(A1:A9)",
    });
    // No cell of the file starts with a formula character, quoted or not.
    const cells = body.split(/\r\n/).flatMap((line) => line.split(';'));
    expect(cells.filter((cell) => /^"?[=+\-@]/.test(cell))).toEqual([]);
  });

  it('is the import format: the same register finds only duplicates, another register gets the same stays', async () => {
    await owner.client.post('/api/register/units', { name: 'Chalet 3', kind: 'chalet', capacity: 4 });
    await register({
      arrival: '2025-09-01',
      departure: '2025-09-05',
      lodgingPriceCents: 8950,
      guest: { surname: '=Formule', country: 'DE', nationality: 'DE', documentType: 'passport' },
      coTravellers: [{ initials: 'B.', surname: 'Bakker', dateOfBirth: '1990-01-02' }],
      persons: 2,
    });
    const units = (await owner.client.get('/api/register/units')).json().units as { id: string; name: string }[];
    await register({
      arrival: '2025-09-02',
      departure: '2025-09-03',
      unitId: units.find((u) => u.name === 'Chalet 3')?.id,
      purpose: 'international_worker',
      employerName: 'Kassenbouw B.V.',
    });
    const exported = (await exportOf('2025-09-01', '2025-09-04')).body;

    const again = (await owner.client.post('/api/register/imports/preview', { csv: exported })).json();
    expect(again.counts).toMatchObject({ total: 2, duplicate: 2, valid: 0, invalid: 0 });

    const other = await signedInOwner(t, { companyName: 'Camping Overkant' });
    await other.client.post('/api/register/units', { name: 'Chalet 3', kind: 'chalet', capacity: 4 });
    expect((await other.client.post('/api/register/imports', { csv: exported })).json().counts).toMatchObject({ imported: 2 });
    const reExported = (await other.client.get('/api/register/export.csv?from=2025-09-01&to=2025-09-04')).body;
    expect(rowsOf(reExported)).toEqual(rowsOf(exported));
  });

  it('reads a large register page by page, every stay exactly once', async () => {
    const header = 'aankomst;vertrek;boekingsnummer;voorletters;achternaam;woonplaats;land;geboortedatum;nationaliteit;documentsoort';
    const lines = Array.from({ length: 1203 }, (_, i) => `2024-03-01;2024-03-03;GROOT-${i};K.;Groot;Zwolle;NL;1970-01-01;NL;paspoort`);
    expect((await owner.client.post('/api/register/imports', { csv: [header, ...lines].join('\n') })).json().counts.imported).toBe(1203);
    const references = rowsOf((await exportOf('2024-03-01', '2024-03-02')).body).map((r) => r.boekingsnummer);
    expect(references).toHaveLength(1203);
    expect(new Set(references).size).toBe(1203);
  });

  it('is there for staff, not for someone without a session', async () => {
    const staff = t.client();
    await staff.post('/api/sessions', await staffUserOf(t, owner.input.email));
    expect((await exportOf('2025-07-01', '2025-07-03', staff)).statusCode).toBe(200);
    expect((await exportOf('2025-07-01', '2025-07-03', t.client())).statusCode).toBe(401);
  });
});
