// "CSV importeren" with a row that the file itself repeats: the preview shows it as a duplicate
// of the earlier row (not as one more good row), and the import adds the booking once. A booking
// is its reference and arrival; a row without a reference repeats another only when every cell
// is the same, so two guests who share a name and days stay two stays.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner } from '../support/factories.ts';

const t = await startTestApp();
const owner = await signedInOwner(t);

const HEADER = [
  'aankomst',
  'vertrek',
  'personen',
  'boekingsnummer',
  'voorletters',
  'achternaam',
  'woonplaats',
  'land',
  'geboortedatum',
  'nationaliteit',
  'documentsoort',
];
type Row = Partial<Record<(typeof HEADER)[number], string>>;

const row = (overrides: Row): Row => ({
  aankomst: '2026-07-01',
  vertrek: '2026-07-03',
  personen: '1',
  voorletters: 'J.',
  woonplaats: 'Utrecht',
  land: 'NL',
  geboortedatum: '1980-04-02',
  nationaliteit: 'NL',
  documentsoort: 'identiteitskaart',
  ...overrides,
});
const csv = (rows: Row[]) => [HEADER.join(';'), ...rows.map((r) => HEADER.map((c) => r[c] ?? '').join(';'))].join('\r\n');

const suffix = randomBytes(3).toString('hex');
const booked = `Geboekt${suffix}`;
const walkIn = `Binnenloper${suffix}`;
const reference = `BK-${suffix}`;
const file = csv([
  row({ achternaam: booked, boekingsnummer: reference }), // line 2
  row({ achternaam: walkIn }), // line 3
  row({ achternaam: booked, boekingsnummer: reference, personen: '2' }), // line 4: the same booking again
  row({ achternaam: walkIn }), // line 5: line 3 once more, cell for cell
  row({ achternaam: walkIn, geboortedatum: '1990-01-01' }), // line 6: another guest of the same name
]);

const stays = async (surname: string) =>
  (await owner.client.get(`/api/register/stays?q=${encodeURIComponent(surname.toLowerCase())}`)).json().stays as unknown[];
type Outcome = { line: number; status: string; duplicateOf: number | null };

describe('a row repeated inside the file', () => {
  it('is a duplicate of the earlier row in the preview', async () => {
    const response = await owner.client.post('/api/register/imports/preview', { csv: file });
    expect(response.statusCode).toBe(200);
    const { rows, counts } = response.json();
    expect(rows.map((r: Outcome) => [r.line, r.status, r.duplicateOf])).toEqual([
      [2, 'valid', null],
      [3, 'valid', null],
      [4, 'duplicate', 2],
      [5, 'duplicate', 3],
      [6, 'valid', null],
    ]);
    expect(counts).toEqual({ total: 5, valid: 3, imported: 0, duplicate: 2, repeated: 2, invalid: 0 });
  });

  it('is imported once, as the preview said', async () => {
    const response = await owner.client.post('/api/register/imports', { csv: file });
    expect(response.statusCode).toBe(200);
    const { rows, counts } = response.json();
    expect(rows.map((r: Outcome) => [r.line, r.status, r.duplicateOf])).toEqual([
      [2, 'imported', null],
      [3, 'imported', null],
      [4, 'duplicate', 2],
      [5, 'duplicate', 3],
      [6, 'imported', null],
    ]);
    expect(counts).toMatchObject({ total: 5, imported: 3, duplicate: 2, repeated: 2, invalid: 0 });
    expect(await stays(booked)).toHaveLength(1);
    expect(await stays(walkIn)).toHaveLength(2);
  });

  it('counts as already in the register once the file was imported', async () => {
    const { rows, counts } = (await owner.client.post('/api/register/imports/preview', { csv: file })).json();
    expect(rows.map((r: Outcome) => r.status)).toEqual(['duplicate', 'valid', 'duplicate', 'duplicate', 'valid']);
    // Without a booking reference the register cannot tell a stay seen before: those rows are new again.
    expect(counts).toMatchObject({ duplicate: 3, repeated: 2 });
  });
});
