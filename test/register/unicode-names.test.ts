// Names from every script, stored and given back byte for byte: accents (precomposed and as
// combining characters, which must not be normalised into each other), emoji with joiners,
// Arabic and Hebrew (right to left, also mixed with Latin), Chinese and Japanese. Through the
// session API and the booking-system API for guests and their place of residence, the
// registration for the company name, and in the register CSV, the monthly copy and the tax XLSX.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/server/platform/clock.ts';
import { startTestApp } from '../support/app.ts';
import { signedInOperatorAccount, signedInOwner } from '../support/factories.ts';
import { aStay } from '../support/register.ts';

const t = await startTestApp({ clock: manualClock(new Date('2026-04-10T10:00:00Z')) });
const doetinchem = t.municipalities.find((m) => m.code === 'GM0222')?.id;

/** Surname and place of residence per script; each surname holds a letter, as the register asks. */
const NAMES = [
  { script: 'accents', surname: 'Ångström-Ñúñez Zoë', residence: "'s-Hertogenbosch Ærøskøbing" },
  { script: 'combining characters', surname: 'Zoe\u0308 Mu\u0308ller-Ngo\u0323c', residence: 'Cura\u0327ao' },
  { script: 'emoji', surname: 'Tulp 🌷 👨‍👩‍👧‍👦 🇳🇱', residence: 'Amsterdam 🚲' },
  { script: 'Arabic', surname: 'عبد الله', residence: 'الدار البيضاء' },
  { script: 'Hebrew', surname: 'כהן', residence: 'תל אביב-יפו' },
  { script: 'right to left within Latin', surname: "O'Brien (أوبراين) van Dijk", residence: 'Rotterdam ‏ירושלים‎ Zuid' },
  { script: 'Chinese', surname: '王小明', residence: '北京市' },
  { script: 'Japanese', surname: '山田 たろう カタカナ', residence: '東京都' },
] as const;
const COMPANY = 'Hôtel 🌷 فندق בית 東京ホテル Zoe\u0308';

const bytes = (text: unknown) => Buffer.from(String(text), 'utf8').toString('hex');

const owner = await signedInOwner(t, { municipalityId: doetinchem, companyName: COMPANY });
const token = (await owner.client.post('/api/register/api-tokens', { name: 'Boekingssysteem' })).json<{ token: string }>().token;
const municipality = await signedInOperatorAccount(t, 'municipality', 'GM0222');
await municipality.client.put('/api/municipality/tax/settings', { period: 'quarter', deadlineDays: 31 });
// The monthly copy is the municipality's choice (decision 0015).
const settingsNow = (await municipality.client.get('/api/municipality/settings')).json();
expect(
  (
    await municipality.client.put('/api/municipality/settings', {
      ...settingsNow,
      monthlyCopy: true,
      contactEmail: settingsNow.contactEmail ?? '',
      contactPhone: settingsNow.contactPhone ?? '',
      contactText: settingsNow.contactText ?? '',
      themeColor: settingsNow.themeColor ?? '',
    })
  ).statusCode,
).toBe(200);
await municipality.client.post('/api/municipality/tax/rules', { validFrom: '2026-01-01', perPersonNightCents: 250 });

/** One stay per script through the session API, on its own day of March 2026. */
const stays = new Map<string, { id: string }>();
for (const [i, name] of NAMES.entries()) {
  const day = String(i + 1).padStart(2, '0');
  const response = await owner.client.post(
    '/api/register/stays',
    aStay({
      arrival: `2026-03-${day}`,
      departure: `2026-03-${String(i + 2).padStart(2, '0')}`,
      bookingReference: `UNI-${i}`,
      guest: { surname: name.surname, residence: name.residence },
      persons: 2,
      coTravellers: [{ initials: 'A.', surname: name.surname }],
    }),
  );
  expect(response.statusCode, response.body).toBe(201);
  stays.set(name.script, response.json().stay);
}

function cellsOf(body: string): string[] {
  return (parse(body, { bom: true, delimiter: ';', relax_column_count: true }) as string[][]).flat();
}

describe('names in every script', () => {
  it.each(NAMES.map((n) => [n.script, n] as const))('%s: the stay gives back guest, co-traveller and residence byte for byte', async (script, name) => {
    const stay = (await owner.client.get(`/api/register/stays/${stays.get(script)?.id}`)).json().stay;
    expect(bytes(stay.guest.surname)).toBe(bytes(name.surname));
    expect(bytes(stay.guest.residence)).toBe(bytes(name.residence));
    expect(bytes(stay.coTravellers[0].surname)).toBe(bytes(name.surname));
  });

  it.each(NAMES.map((n) => [n.script, n] as const))('%s: the booking-system API stores and gives back the names byte for byte', async (_script, name) => {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/stays',
      headers,
      payload: JSON.stringify(
        aStay({
          arrival: '2026-05-01',
          departure: '2026-05-02',
          bookingReference: `API-${bytes(name.surname).slice(0, 20)}`,
          guest: { surname: name.surname, residence: name.residence },
        }),
      ),
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/stays/${posted.json().stay.id}`, headers: { authorization: headers.authorization } });
    expect(bytes(read.json().stay.guest.surname)).toBe(bytes(name.surname));
    expect(bytes(read.json().stay.guest.residence)).toBe(bytes(name.residence));
  });

  it('keeps the company name of the registration byte for byte', async () => {
    const { accommodation } = (await owner.client.get('/api/accommodation')).json();
    expect(bytes(accommodation.companyName)).toBe(bytes(COMPANY));
  });

  it('writes every name byte for byte into the register CSV (UTF-8 with byte order mark)', async () => {
    const response = await owner.client.get('/api/register/export.csv?from=2026-03-01&to=2026-03-31');
    expect(response.rawPayload.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const cells = cellsOf(response.rawPayload.toString('utf8')).map(bytes);
    for (const name of NAMES) {
      expect(cells, name.script).toContain(bytes(name.surname));
      expect(cells, name.script).toContain(bytes(name.residence));
    }
  });

  it("writes company and guest names byte for byte into the municipality's monthly copy", async () => {
    const cells = cellsOf((await municipality.client.get('/api/municipality/register-copy.csv?month=2026-03')).rawPayload.toString('utf8')).map(bytes);
    expect(cells).toContain(bytes(COMPANY));
    for (const name of NAMES) expect(cells, name.script).toContain(bytes(name.surname));
  });

  it('writes the company name byte for byte into the tourist-tax XLSX and CSV', async () => {
    const xlsx = await municipality.client.get('/api/municipality/tax/returns.xlsx?period=2026-Q1');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void values.push(bytes(cell.value)))));
    expect(values).toContain(bytes(COMPANY));
    const csv = await municipality.client.get('/api/municipality/tax/returns.csv?period=2026-Q1');
    expect(cellsOf(csv.rawPayload.toString('utf8')).map(bytes)).toContain(bytes(COMPANY));
  });
});
