// "CSV importeren": a register file checked row by row (errors per column, in Dutch), the valid
// rows imported in one go, duplicates (booking reference + arrival) never added twice, and files
// from Dutch and other spreadsheets (`;` or `,`, with or without BOM, Dutch dates and prices).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/app.ts';
import { signedInOwner, staffUserOf } from '../support/factories.ts';

const t = await startTestApp();
const owner = await signedInOwner(t);

const HEADER = [
  'aankomst',
  'vertrek',
  'kamer',
  'personen',
  'reisdoel',
  'werkgever',
  'boekingsnummer',
  'prijs',
  'voorletters',
  'achternaam',
  'woonplaats',
  'postcode',
  'huisnummer',
  'land',
  'geboortedatum',
  'nationaliteit',
  'documentsoort',
  'documentnummer',
  'medereizigers',
];

type Row = Partial<Record<(typeof HEADER)[number], string>>;

function row(overrides: Row = {}): Row {
  return {
    aankomst: '2026-07-01',
    vertrek: '2026-07-03',
    personen: '1',
    reisdoel: 'toerist',
    boekingsnummer: `IMP-${randomBytes(4).toString('hex')}`,
    voorletters: 'J.',
    achternaam: 'Jansen',
    woonplaats: 'Utrecht',
    land: 'NL',
    geboortedatum: '1980-04-02',
    nationaliteit: 'NL',
    documentsoort: 'identiteitskaart',
    ...overrides,
  };
}

function csv(rows: Row[], separator = ';', header = HEADER): string {
  return [header.join(separator), ...rows.map((r) => header.map((c) => r[c] ?? '').join(separator))].join('\r\n');
}

const preview = (text: string, client = owner.client) => client.post('/api/register/imports/preview', { csv: text });
const importFile = (text: string, client = owner.client) => client.post('/api/register/imports', { csv: text });

async function staysNamed(surname: string) {
  return (await owner.client.get(`/api/register/stays?q=${encodeURIComponent(surname.toLowerCase())}`)).json().stays as Record<string, unknown>[];
}

describe('the preview', () => {
  it('shows every row as valid or with its errors per column, and writes nothing', async () => {
    const file = csv([
      row({ achternaam: 'Voorbeeld' }),
      row({ achternaam: 'Omgekeerd', aankomst: '2026-07-05', vertrek: '2026-07-04' }),
      row({ achternaam: 'Zonderland', land: 'Atlantis', documentsoort: 'bibliotheekpas' }),
    ]);
    const response = await preview(file);
    expect(response.statusCode).toBe(200);
    const { rows, counts } = response.json();
    expect(rows.map((r: { line: number; status: string }) => [r.line, r.status])).toEqual([
      [2, 'valid'],
      [3, 'invalid'],
      [4, 'invalid'],
    ]);
    expect(rows[1].errors.vertrek).toEqual({ code: 'DEPARTURE_BEFORE_ARRIVAL', message: 'De vertrekdatum moet na de aankomstdatum liggen.' });
    expect(rows[1].summary).toMatchObject({ name: 'J. Omgekeerd', arrival: '2026-07-05', departure: '2026-07-04' });
    expect(Object.keys(rows[2].errors).sort()).toEqual(['documentsoort', 'land']);
    expect(counts).toMatchObject({ total: 3, valid: 1, invalid: 2, duplicate: 0 });
    expect(await staysNamed('Voorbeeld')).toEqual([]);
  });

  it("checks rows against the register too: the unit's name, its capacity and who is already in it", async () => {
    await owner.client.post('/api/register/units', { name: 'Tuinkamer', kind: 'room', capacity: 2 });
    const file = csv([
      row({ achternaam: 'Kamerloos', kamer: 'Zolderkamer' }),
      row({ achternaam: 'Tuinman', kamer: 'tuinkamer', aankomst: '2026-09-01', vertrek: '2026-09-04' }),
      row({ achternaam: 'Dubbelboeker', kamer: 'Tuinkamer', aankomst: '2026-09-02', vertrek: '2026-09-03' }),
    ]);
    const { rows } = (await preview(file)).json();
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['invalid', 'valid', 'invalid']);
    expect(rows[0].errors.kamer.code).toBe('UNIT_INVALID');
    expect(rows[2].errors.kamer.code).toBe('UNIT_OCCUPIED');
  });
});

describe('importing', () => {
  it('imports only the valid rows, records it, and adds nothing when the same file comes again', async () => {
    const surname = `Importman${randomBytes(2).toString('hex')}`;
    const file = csv([
      row({ achternaam: surname, voorletters: 'A.' }),
      row({ achternaam: surname, voorletters: 'B.', aankomst: '2026-07-09', vertrek: '2026-07-08' }),
      row({ achternaam: surname, voorletters: 'C.', aankomst: '2026-07-02', vertrek: '2026-07-06' }),
    ]);
    const first = await importFile(file);
    expect(first.statusCode).toBe(200);
    expect(first.json().counts).toMatchObject({ imported: 2, invalid: 1, duplicate: 0 });
    expect(first.json().rows.map((r: { status: string }) => r.status)).toEqual(['imported', 'invalid', 'imported']);
    const stored = await staysNamed(surname);
    expect(stored).toHaveLength(2);
    expect(stored.every((s) => s.source === 'import' && s.status === 'registered')).toBe(true);
    const log = (await owner.client.get('/api/audit-events?action=register.stays_imported')).json().events;
    expect(log[0].details).toEqual({ rows: 3, imported: 2, duplicate: 0, invalid: 1 });

    const again = await preview(file);
    expect(again.json().rows.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'invalid', 'duplicate']);
    const second = await importFile(file);
    expect(second.json().counts).toMatchObject({ imported: 0, duplicate: 2, invalid: 1 });
    expect(await staysNamed(surname)).toHaveLength(2);
  });

  it('reads a comma-separated file with a BOM, Dutch dates and prices, country names and co-travellers', async () => {
    const surname = `Kommaman${randomBytes(2).toString('hex')}`;
    const file = `\uFEFF${csv(
      [
        row({
          achternaam: surname,
          aankomst: '01-08-2026',
          vertrek: '4-8-2026',
          personen: '',
          prijs: '"1.234,50"',
          land: 'Duitsland',
          nationaliteit: 'Germany',
          geboortedatum: '12-03-1984',
          documentsoort: 'Paspoort',
          documentnummer: 'C01X00T47',
          reisdoel: 'internationale werknemer',
          werkgever: 'Bouwbedrijf Ijzer',
          medereizigers: 'A. Schneider 1986-11-30 | J.P. van der Berg',
        }),
      ],
      ',',
    )}\r\n`;
    const response = await importFile(file);
    expect(response.json().counts).toMatchObject({ imported: 1, invalid: 0 });
    const [stay] = await staysNamed(surname);
    expect(stay).toMatchObject({
      arrival: '2026-08-01',
      departure: '2026-08-04',
      persons: 3,
      purpose: 'international_worker',
      employerName: 'Bouwbedrijf Ijzer',
      lodgingPriceCents: 123450,
      guest: { country: 'DE', nationality: 'DE', dateOfBirth: '1984-03-12', documentType: 'passport' },
      coTravellers: [
        { initials: 'A.', surname: 'Schneider', dateOfBirth: '1986-11-30' },
        { initials: 'J.P.', surname: 'van der Berg', dateOfBirth: null },
      ],
    });
  });

  it('reads a semicolon file as Dutch Excel writes it, with a price in euros and cents', async () => {
    const surname = `Puntkomma${randomBytes(2).toString('hex')}`;
    const response = await importFile(csv([row({ achternaam: surname, prijs: '89,50' })]));
    expect(response.json().counts).toMatchObject({ imported: 1 });
    expect((await staysNamed(surname))[0]).toMatchObject({ lodgingPriceCents: 8950 });
  });

  it('lets staff import too', async () => {
    const staff = t.client();
    await staff.post('/api/sessions', await staffUserOf(t, owner.input.email));
    const surname = `Medewerker${randomBytes(2).toString('hex')}`;
    expect((await importFile(csv([row({ achternaam: surname })]), staff)).json().counts.imported).toBe(1);
  });
});

describe('files that are not a register', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   \r\n  '],
    ['binary', `${Buffer.from(randomBytes(256)).toString('latin1')}\u0000`],
    ['unbalanced quotes', `${HEADER.join(';')}\r\n"2026-07-01;2026-07-03\r\n`],
    ['a list of something else', 'naam;adres\r\nHotel;Markt 1\r\n'],
  ])('refuses a file that is %s as CSV_INVALID', async (_name, text) => {
    const response = await preview(text);
    expect([response.statusCode, response.json().code]).toEqual([400, 'CSV_INVALID']);
  });

  it('names the columns a file lacks', async () => {
    const response = await preview('aankomst;vertrek;achternaam\r\n2026-07-01;2026-07-02;Jansen\r\n');
    // The date of birth is no required column: a municipality may not ask it (decision 0017).
    expect(Object.keys(response.json().fields).sort()).toEqual(['voorletters', 'woonplaats']);
  });

  it('refuses more than 10 000 rows in one file', async () => {
    const line = HEADER.map((c) => row()[c] ?? '').join(';');
    const text = [HEADER.join(';'), ...Array.from({ length: 10_001 }, () => line)].join('\n');
    const response = await preview(text);
    expect([response.statusCode, response.json().code, response.json().fields.csv.code]).toEqual([400, 'CSV_INVALID', 'TOO_MANY']);
  });
});

describe('the template', () => {
  it('is a CSV download with every column of the import', async () => {
    const response = await owner.client.get('/api/register/import-template.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment/);
    expect(
      response.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split(';'),
    ).toEqual(HEADER);
  });
});
